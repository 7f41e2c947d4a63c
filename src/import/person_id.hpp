#pragma once
// Ids for new representatives, made from their names as SPEC.md says: "Åsa Öberg" is asa-oberg,
// and the next Åsa Öberg asa-oberg-2.
//
// The name in lower case with its letters' marks taken off (å, ä → a; ö, ø → o; é, è → e; ü → u;
// ç → c; ñ → n; ł → l; š → s; and so on through Latin-1 and Latin Extended-A, and combining
// marks dropped), the letters that are two in ASCII spelled so (æ → ae, œ → oe, ß → ss,
// þ → th, ĳ → ij); spaces → '-'; every other character that is not in [a-z0-9_-] dropped
// (apostrophes, dots, letters of other scripts); runs of '-' as one; '-' and '_' trimmed from
// both ends. What is left matches the id pattern [a-z0-9][a-z0-9_-]*, or is empty.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace repjourney {

// The id a name gives by the rule above; empty when nothing is left (a name of symbols only,
// or in another script).
std::string id_from_name(std::string_view name);

// Hands out ids no one has: a name's id, or with -2, -3, ... appended when it is taken.
class PersonIds {
public:
    // Marks id as taken. Take every id of the data and every id the sheet gives before making
    // any, so that a made id never collides with one a later row brings.
    void take(std::string_view id);
    bool is_taken(std::string_view id) const;

    // A new id for name, taken from now on; nothing when the name gives none (id_from_name).
    std::optional<std::string> make(std::string_view name);

private:
    std::unordered_set<std::string> taken_;
    // The suffix to try next for a base id already handed out: 300 people with one name cost
    // 300 tries, not 300²/2.
    std::unordered_map<std::string, int> next_suffix_;
};

}  // namespace repjourney

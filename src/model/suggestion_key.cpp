#include "model/suggestion_key.hpp"

#include <algorithm>

namespace repjourney {

namespace {
bool is_key_part(std::string_view text) {
    return !text.empty() && std::none_of(text.begin(), text.end(), [](char c) {
        return c == ':' || c == '/' || c == '@' || static_cast<unsigned char>(c) <= ' ';
    });
}

bool is_key_date(std::string_view text) { return Date::parse(text).has_value(); }

// "KIND:", the start of every key with more than its kind's word.
std::string prefix(SuggestionKind kind) { return std::string{to_string(kind)} + ':'; }
}  // namespace

std::optional<SuggestionKind> suggestion_key_kind(std::string_view key) {
    const auto colon = key.find(':');
    const auto kind = suggestion_kind_from(key.substr(0, colon));
    if (!kind) return std::nullopt;
    const bool bare = colon == std::string_view::npos;
    // Empty when bare, which every kind but farewell and quiet rejects below.
    const std::string_view rest = bare ? std::string_view{} : key.substr(colon + 1);
    const auto at = rest.find('@');
    const std::string_view head = rest.substr(0, at);

    bool well_formed = false;
    switch (*kind) {
        case SuggestionKind::farewell:
        case SuggestionKind::quiet: well_formed = bare; break;
        case SuggestionKind::anniversary: {
            // Only the canonical text can equal a suggestion's key.
            const auto duration = Duration::parse(rest);
            well_formed = duration && duration->text() == rest;
            break;
        }
        case SuggestionKind::goal: well_formed = is_key_part(rest); break;
        case SuggestionKind::milestone: {
            const auto slash = head.find('/');
            well_formed = slash != std::string_view::npos && is_key_part(head.substr(0, slash)) &&
                          is_key_part(head.substr(slash + 1)) &&
                          (at == std::string_view::npos || is_key_date(rest.substr(at + 1)));
            break;
        }
        case SuggestionKind::term:
            well_formed = at != std::string_view::npos && is_key_part(head) && is_key_date(rest.substr(at + 1));
            break;
    }
    return well_formed ? kind : std::nullopt;
}

std::string anniversary_key(Duration length) { return prefix(SuggestionKind::anniversary) + length.text(); }

std::string milestone_key(std::string_view role, std::string_view milestone) {
    std::string key = prefix(SuggestionKind::milestone);
    key.append(role).append("/").append(milestone);
    return key;
}

std::string milestone_key(std::string_view role, std::string_view milestone, Date done) {
    return milestone_key(role, milestone) + '@' + done.iso();
}

std::string goal_key(std::string_view goal) { return prefix(SuggestionKind::goal).append(goal); }

std::string term_key(std::string_view role, Date end) {
    return prefix(SuggestionKind::term).append(role) + '@' + end.iso();
}

std::string farewell_key() { return std::string{to_string(SuggestionKind::farewell)}; }

std::string quiet_key() { return std::string{to_string(SuggestionKind::quiet)}; }

}  // namespace repjourney

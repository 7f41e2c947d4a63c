#pragma once
// The keys that name recognition suggestions, as `for:` in recognition events gives them.

#include <optional>
#include <string>
#include <string_view>

#include "model/model.hpp"

namespace repjourney {

// The kind of a well-formed suggestion key, else nothing: farewell; quiet; anniversary:D with D a
// duration in its canonical text (1y, not 12m, so that it can match); goal:ID; milestone:ROLE/ID,
// optionally @YYYY-MM-DD; term:ROLE@YYYY-MM-DD. Ids are not checked against the data, only that
// they are non-empty and free of the separators ':', '/', '@' and spaces. For `record recognition --for`
// and the `for:` of recognition events in the data.
std::optional<SuggestionKind> suggestion_key_kind(std::string_view key);

// The key of each suggestion (SPEC "Recognition suggestions"): what the engine names it and what a
// recognition event's `for:` gives to answer it. Each is well-formed for suggestion_key_kind when its
// ids are, as the loader makes sure.
std::string anniversary_key(Duration length);                                  // anniversary:5y
std::string milestone_key(std::string_view role, std::string_view milestone);  // milestone:ROLE/MILESTONE
// A repeating milestone's completion on done: milestone:ROLE/MILESTONE@YYYY-MM-DD.
std::string milestone_key(std::string_view role, std::string_view milestone, Date done);
std::string goal_key(std::string_view goal);            // goal:GOAL
std::string term_key(std::string_view role, Date end);  // term:ROLE@YYYY-MM-DD
std::string farewell_key();                             // farewell
std::string quiet_key();                                // quiet

}  // namespace repjourney

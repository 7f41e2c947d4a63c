#pragma once
// The keys that name recognition suggestions, as `for:` in recognition events gives them.

#include <optional>
#include <string_view>

#include "model/model.hpp"

namespace repjourney {

// The kind of a well-formed suggestion key, else nothing: farewell; quiet; anniversary:D with D a
// duration in its canonical text (1y, not 12m, so that it can match); goal:ID; milestone:ROLE/ID,
// optionally @YYYY-MM-DD; term:ROLE@YYYY-MM-DD. Ids are not checked against the data, only that
// they are non-empty and free of the separators ':', '/', '@' and spaces. For `record recognition --for`
// and the `for:` of recognition events in the data.
std::optional<SuggestionKind> suggestion_key_kind(std::string_view key);

}  // namespace repjourney

#pragma once
// "Did you mean ...?" for mistyped keys, ids and commands.

#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// The candidate closest to word by edit distance, if it is close enough to be a
// likely typo; else empty.
std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

// " (did you mean 'x'?)" when closest_match finds one, else empty: ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace repjourney

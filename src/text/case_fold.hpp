#pragma once
// Lower case for matching what people type against what the data or a sheet writes.

#include <string>
#include <string_view>

namespace repjourney {

// text in lower case for matching names: ASCII and the Latin-1 letters (À..Þ, so ÅÄÖÉ too).
std::string fold_case(std::string_view text);

// Whether a and b are the same once folded: "borås" and "Borås".
bool equal_folded(std::string_view a, std::string_view b);

}  // namespace repjourney

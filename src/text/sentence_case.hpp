#pragma once
// Titles written as headings ("Arbetsplatsombud", "Welcome call") placed inside a sentence.

#include <string>
#include <string_view>

namespace repjourney {

// title with its first letter in lower case, for use inside a sentence: "uppdraget som arbetsplatsombud".
// Only when the second letter is lower case, so that acronyms and names keep theirs ("AMS", "LO-kurs", "X"),
// and only for the letters fold_case knows (ASCII and À..Þ, so ÅÄÖÉ too); anything else is left as written.
std::string in_sentence(std::string_view title);

}  // namespace repjourney

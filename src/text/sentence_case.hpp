#pragma once
// Titles written as headings ("Arbetsplatsombud", "Welcome call") placed inside a sentence.

#include <string>
#include <string_view>

namespace repjourney {

// title with its first letter in lower case, for use inside a sentence: "uppdraget som arbetsplatsombud".
// Only when the second letter is lower case, so that acronyms and names keep theirs ("AMS", "LO-kurs", "X",
// "A4-mall"); a word of one letter is judged by the next word's first letter ("A small gift" becomes
// "a small gift", but not "I ..."). Only the letters fold_case knows (ASCII and À..Þ, so ÅÄÖÉ too) change.
std::string in_sentence(std::string_view title);

}  // namespace repjourney

#pragma once
// Paragraphs wrapped to a width in terminal columns, for plain-text output that must fit 80 columns.

#include <cstddef>
#include <string>
#include <string_view>

namespace repjourney {

// text (one paragraph, spaces between words) broken at spaces into lines of at most width columns, the first line
// starting with `first` and the others with `rest`; every line ends in '\n' and has no trailing spaces. A number stays
// with the word after it ("15 days", "1 Oct"). A word wider than the room left is cut between characters, so no line
// is ever wider than width (unless the indent itself is).
std::string wrap(std::string_view text, std::size_t width, std::string_view first = "", std::string_view rest = "");

}  // namespace repjourney

#pragma once
// Text from the data made safe to print on one line: newlines, tabs and escape sequences in a name or a note must
// neither break a layout nor reach a terminal or a mail header.

#include <string>
#include <string_view>

namespace repjourney {

// The text with every control character (C0, DEL and the C1 controls U+0080..U+009F, among them the 8-bit CSI)
// shown as a space, and trailing spaces removed.
std::string one_line(std::string_view text);

}  // namespace repjourney

#pragma once
// Text from the data inside Markdown, shown as written.

#include <string>
#include <string_view>

namespace repjourney {

// Markdown's special characters escaped with a backslash, and a start that would begin a list, heading or
// numbered item ("-", "+", "=", "1." or "1)") escaped too.
std::string markdown_escaped(std::string_view text);

}  // namespace repjourney

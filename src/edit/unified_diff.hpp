#pragma once
// The change to a file as `diff -u` prints it, for --dry-run: what would be written, to be read
// by an organiser or applied with patch(1).

#include <string>
#include <string_view>

namespace repjourney {

// "--- a/NAME" and "+++ b/NAME" headers and hunks with three lines of context; empty when the
// texts are the same. A last line without a line break is marked "\ No newline at end of file".
// An old text that is empty is shown against /dev/null (a new file).
std::string unified_diff(std::string_view name, std::string_view old_text, std::string_view new_text);

}  // namespace repjourney

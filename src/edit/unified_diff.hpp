#pragma once
// The change to a file as `diff -u` prints it, for --dry-run: what would be written, to be read
// by an organiser or applied with patch(1).

#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// "--- a/NAME" and "+++ b/NAME" headers and hunks with three lines of context; empty when the
// texts are the same. A last line without a line break is marked "\ No newline at end of file".
// An old text that is empty is shown against /dev/null (a new file).
std::string unified_diff(std::string_view name, std::string_view old_text, std::string_view new_text);

// A change to whole lines of a text: the bytes [old_begin, old_end), which start and end at line
// starts (or the text's end), replaced by new_text.
struct LineSplice {
    std::size_t old_begin = 0;
    std::size_t old_end = 0;
    std::string new_text;
};

// The same diff for old_text changed by splices (in order, not overlapping), in time linear in the
// text: a search for the shortest diff of a large file with changes all over it would not be.
std::string unified_diff_of_splices(std::string_view name, std::string_view old_text,
                                    const std::vector<LineSplice>& splices);

}  // namespace repjourney

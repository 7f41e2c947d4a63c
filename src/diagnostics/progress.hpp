#pragma once
// How far a long load has come: the loader reports each data file it has read, and the command line
// decides what that does by installing a hook (cli/progress_display draws a line on a terminal). With no
// hook a report does nothing, as with timing marks.

#include <cstddef>
#include <functional>

namespace repjourney {

// The files read so far, of all the files; called on the loader's thread, in file order.
using ProgressHook = std::function<void(std::size_t files_read, std::size_t files)>;

// Installs the hook later reports call (empty: none). Returns the hook it replaces.
ProgressHook set_progress_hook(ProgressHook hook);

void report_files_read(std::size_t files_read, std::size_t files);

}  // namespace repjourney

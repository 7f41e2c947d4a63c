#pragma once
// Which files make up the data set.

#include <string>
#include <string_view>
#include <vector>

#include <sys/types.h>

#include "load/cache_file.hpp"
#include "load/text_checks.hpp"

namespace repjourney {

// What a file of this mode (st_mode) is, for messages, when reading it could wait or run forever:
// "a FIFO (named pipe)", "a socket", "a character device" or "a block device"; else empty.
std::string_view special_file_kind(mode_t mode);
// special_file_kind's words (or "a directory" for an empty kind) in either language.
Message special_file_kind_words(std::string_view kind);

// A data file's name on something that is not a file, met in a data directory: skipped.
struct SkippedFile {
    std::string path;
    std::string_view kind;  // special_file_kind
};

struct DataFiles {
    std::vector<std::string> files;
    std::vector<SkippedFile> skipped;
    std::vector<std::string> empty_directories;  // paths given that hold no data file, as given
    // Every directory read, by the path it was read by, stamped (stamp_of) just before it was: while each has that
    // settled stamp still, nothing was added, removed or renamed in it, and the same files would be found.
    std::vector<CacheEntry> directories;
};

// The data files named by paths, in order: a file as given; a directory means every *.yaml /
// *.yml below it, recursively, in sorted path order, skipping hidden entries and following
// directory links without looping. A file named twice is read once. A FIFO, socket or device
// met in a directory is skipped, and named in `skipped` when it has a data file's name.
// Throws Error(exit_no_input) when a path does not exist or is such a special file, and
// Error(exit_data) when there are more than `limit` files (it stops looking there).
DataFiles find_data_files(const std::vector<std::string>& paths, std::size_t limit = max_data_files);

}  // namespace repjourney

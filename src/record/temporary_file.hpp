#pragma once
// The temporary file a replacement is written to before it is renamed over the real one.
// Its name says which process made it, on which host, so that the next writer can remove
// what a killed writer left behind: ".NAME.repjourney-tmp.PID.HOST.XXXXXX".

#include <filesystem>
#include <string>

namespace repjourney {

// A new temporary file beside `file`, opened for writing (mode 0600). Throws Error(exit_cant_create).
struct TemporaryFile {
    std::string path;
    int descriptor = -1;
};
TemporaryFile create_temporary_beside(const std::filesystem::path& file);

// Removes the temporary files beside `file` whose process, on this host, no longer runs;
// returns how many. Others' files, live writers' files and anything not a regular file stay.
int remove_stale_temporaries(const std::filesystem::path& file);

}  // namespace repjourney

#pragma once
// One writer at a time for a data file.

#include <chrono>
#include <filesystem>

namespace repjourney {

// An exclusive lock for writing `file`, held on a hidden lock file beside it
// (".NAME.lock"): the file itself is replaced by rename, so a lock on it would be a
// lock on the old copy. The lock file is never followed through a link, and a new one
// gets the file's group, and mode 0660 when the file is group-writable, so that a team
// sharing a folder can all take it. Waits up to `wait`, then throws Error(exit_temp_fail);
// a lock file that is not a plain file is Error(exit_cant_create).
class FileLock {
public:
    FileLock(const std::filesystem::path& file, std::chrono::milliseconds wait);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace repjourney

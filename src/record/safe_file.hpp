#pragma once
// Writing the events file so that no event is ever lost or half-written:
// one writer at a time, and the new contents appear all at once or not at all.

#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace repjourney {

// An exclusive lock for writing `file`, held on a hidden lock file beside it
// (".NAME.lock"): the file itself is replaced by rename, so a lock on it would
// be a lock on the old copy. Waits up to `wait`, then throws Error(exit_temp_fail).
class FileLock {
public:
    FileLock(const std::filesystem::path& file, std::chrono::milliseconds wait);
    ~FileLock();
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_ = -1;
};

// The file's bytes, or nothing when it does not exist. Throws Error(exit_no_input) when unreadable.
std::optional<std::string> read_if_exists(const std::filesystem::path& file);
// The content_hash of the file's bytes, read a piece at a time, or nothing when it does not exist.
std::optional<std::size_t> content_hash_if_exists(const std::filesystem::path& file);

// Replaces file's contents with text: a temporary file in the same directory,
// fsync, rename over the original, fsync the directory. Keeps an existing file's
// permissions; a new file is readable by its owner only. Throws Error(exit_cant_create).
void replace_file(const std::filesystem::path& file, std::string_view text);
// The same, with the contents in parts written one after the other.
void replace_file(const std::filesystem::path& file, std::initializer_list<std::string_view> parts);

}  // namespace repjourney

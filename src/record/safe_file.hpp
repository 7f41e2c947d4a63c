#pragma once
// Writing a file so that nothing is ever lost or half-written: the new contents appear all
// at once or not at all, and only a regular file is ever replaced (see write_target.hpp).

#include <filesystem>
#include <functional>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "record/file_lock.hpp"
#include "record/write_target.hpp"

namespace repjourney {

// The file's bytes, or nothing when it does not exist. Throws Error(exit_no_input) when it
// cannot be read, and for anything but a regular file (a FIFO would never end).
std::optional<std::string> read_if_exists(const std::filesystem::path& file);
// The content_hash of the file's bytes, read a piece at a time, or nothing when it does not exist.
std::optional<std::size_t> content_hash_if_exists(const std::filesystem::path& file);

// Replaces file's contents with text: a temporary file beside the real one (links are
// followed, so a link survives), fsync, rename over the original, fsync the directory.
// Keeps an existing file's mode, group and (as root) owner; a new file is readable by its
// owner only. The null device and /dev/stdout are written through, never replaced; what
// else is not a regular file is refused. Throws Error(exit_cant_create).
void replace_file(const std::filesystem::path& file, std::string_view text);
// The same, with the contents in parts written one after the other.
void replace_file(const std::filesystem::path& file, std::initializer_list<std::string_view> parts);
// The same, for a target already resolved.
void replace_file(const WriteTarget& target, std::initializer_list<std::string_view> parts);
// The same, with the contents written to a stream by `write` as they are made, so that a large export is
// never held whole. What `write` throws leaves the file as it was.
void replace_file(const std::filesystem::path& file, const std::function<void(std::ostream&)>& write);

}  // namespace repjourney

#pragma once
// A data file's stamp: what the parse cache and completion's memo compare to tell that a file is
// the one they hold something of (see CacheEntry: size, times, inode, and whether it had settled).

#include <optional>
#include <string>

#include <sys/stat.h>

#include "load/cache_file.hpp"

namespace repjourney {

// The stamp of the regular file path whose status is info, taken now.
CacheEntry stamp_of(const std::string& path, const struct stat& info);
// The stamp of a regular file; nothing when it is not one or cannot be told.
std::optional<CacheEntry> stamp_of(const std::string& path);
// The same size, times and inode: a settled stamp alike means the same bytes.
bool same_stamp(const CacheEntry& a, const CacheEntry& b);

}  // namespace repjourney

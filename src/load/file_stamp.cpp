#include "load/file_stamp.hpp"

#include <cstdint>
#include <ctime>

namespace repjourney {

namespace {
std::int64_t nanoseconds(const struct timespec& time) {
    return std::int64_t{time.tv_sec} * 1'000'000'000 + time.tv_nsec;
}
}  // namespace

CacheEntry stamp_of(const std::string& path, const struct stat& info) {
    CacheEntry stamp;
    stamp.path = path;
    stamp.size = static_cast<std::uint64_t>(info.st_size);
    stamp.modified_ns = nanoseconds(info.st_mtim);
    stamp.changed_ns = nanoseconds(info.st_ctim);
    stamp.inode = info.st_ino;
    struct timespec now {};
    ::clock_gettime(CLOCK_REALTIME, &now);
    stamp.settled = stamp.changed_ns < nanoseconds(now) - 2'000'000'000;
    return stamp;
}

std::optional<CacheEntry> stamp_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return stamp_of(path, info);
}

bool same_stamp(const CacheEntry& a, const CacheEntry& b) {
    return a.size == b.size && a.modified_ns == b.modified_ns && a.changed_ns == b.changed_ns && a.inode == b.inode;
}

}  // namespace repjourney

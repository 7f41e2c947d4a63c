#include "load/file_stamp.hpp"

#include <cstdint>
#include <ctime>

#include <fcntl.h>
#include <unistd.h>

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

std::optional<CacheEntry> directory_stamp_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) return std::nullopt;
    return stamp_of(path, info);
}

bool same_stamp(const CacheEntry& a, const CacheEntry& b) {
    return a.size == b.size && a.modified_ns == b.modified_ns && a.changed_ns == b.changed_ns && a.inode == b.inode;
}

FileStamper::~FileStamper() {
    if (descriptor_ >= 0) ::close(descriptor_);
}

std::optional<CacheEntry> FileStamper::stamp(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    if (slash == std::string::npos || slash == 0) return stamp_of(path);  // no directory to walk, or only the root
    const std::string_view directory = std::string_view{path}.substr(0, slash);
    if (directory != directory_ || descriptor_ < 0) {
        if (descriptor_ >= 0) ::close(descriptor_);
        directory_ = directory;
        descriptor_ = ::open(directory_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    }
    if (descriptor_ < 0) return stamp_of(path);  // stat says why not, or finds it after all
    struct stat info {};
    // Symbolic links followed, as stat does.
    if (::fstatat(descriptor_, path.c_str() + slash + 1, &info, 0) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return stamp_of(path, info);
}

}  // namespace repjourney

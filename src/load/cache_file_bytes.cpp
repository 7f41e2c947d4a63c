#include "load/cache_file_bytes.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace repjourney {

namespace {
// Memory is given back a megabyte at a time: a call per page would cost more (each call stops every
// thread of the process to flush its page tables) than the memory is worth.
constexpr std::size_t chunk_bytes = std::size_t{1} << 20;

// Reads up to size bytes at offset; how many it read (fewer at the file's end or on an error).
std::size_t read_at(int fd, char* into, std::size_t size, off_t offset) {
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::pread(fd, into + done, size - done, offset + static_cast<off_t>(done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        done += static_cast<std::size_t>(n);
    }
    return done;
}
}  // namespace

CacheFileBytes::CacheFileBytes(const std::string& path) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd_ < 0) return;
    struct stat info {};
    if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) return;
    mapped_ = static_cast<std::size_t>(info.st_size) + 1;
    void* memory = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        mapped_ = 0;
        return;
    }
    data_ = static_cast<char*>(memory);
    size_ = read_at(fd_, data_, mapped_, 0);
    parts_in_chunk_ = std::make_unique<std::atomic<std::uint32_t>[]>(mapped_ / chunk_bytes + 1);
}

CacheFileBytes::~CacheFileBytes() {
    if (data_) ::munmap(data_, mapped_);
    if (fd_ >= 0) ::close(fd_);
}

void CacheFileBytes::expect(std::string_view part) {
    if (part.empty() || !parts_in_chunk_) return;
    const auto first = static_cast<std::size_t>(part.data() - data_) / chunk_bytes;
    const auto last = static_cast<std::size_t>(part.data() + part.size() - 1 - data_) / chunk_bytes;
    for (std::size_t chunk = first; chunk <= last; ++chunk) ++parts_in_chunk_[chunk];
}

void CacheFileBytes::release(std::string_view part) {
    if (part.empty() || !parts_in_chunk_) return;
    const auto first = static_cast<std::size_t>(part.data() - data_) / chunk_bytes;
    const auto last = static_cast<std::size_t>(part.data() + part.size() - 1 - data_) / chunk_bytes;
    for (std::size_t chunk = first; chunk <= last; ++chunk)
        if (--parts_in_chunk_[chunk] == 0)
            ::madvise(data_ + chunk * chunk_bytes, std::min(chunk_bytes, mapped_ - chunk * chunk_bytes), MADV_DONTNEED);
}

std::optional<std::string> CacheFileBytes::reread(std::string_view part) const {
    std::string bytes(part.size(), '\0');
    const auto offset = static_cast<off_t>(part.data() - data_);
    if (read_at(fd_, bytes.data(), bytes.size(), offset) != bytes.size()) return std::nullopt;
    return bytes;
}

}  // namespace repjourney

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
    // Whole huge pages, which the kernel then aligns: fresh memory costs a page fault a page, and on a
    // virtual machine that may cost more than reading the page (85 MB: 0.32 s in small pages, 0.03 s in
    // huge ones, on our 2-core test machine).
    const std::size_t to_read = static_cast<std::size_t>(info.st_size) + 1;
    mapped_ = (to_read + chunk_bytes - 1) / chunk_bytes * chunk_bytes;
    void* memory = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) {
        mapped_ = 0;
        return;
    }
    advise_huge_pages(memory, mapped_);
    data_ = static_cast<char*>(memory);
    size_ = read_at(fd_, data_, to_read, 0);
    bytes_in_chunk_ = std::make_unique<std::atomic<std::uint32_t>[]>(mapped_ / chunk_bytes + 1);
}

CacheFileBytes::~CacheFileBytes() { forget(); }

void CacheFileBytes::forget() {
    if (data_) ::munmap(data_, mapped_);
    if (fd_ >= 0) ::close(fd_);
    data_ = nullptr;
    size_ = 0;
    mapped_ = 0;
    fd_ = -1;
    bytes_in_chunk_.reset();
}

// Calls use(chunk, bytes) for each chunk part overlaps, with how many of its bytes are on it.
template <typename Use>
void CacheFileBytes::for_each_chunk(std::string_view part, Use&& use) const {
    auto offset = static_cast<std::size_t>(part.data() - data_);
    const std::size_t end = offset + part.size();
    while (offset < end) {
        const std::size_t chunk = offset / chunk_bytes;
        const std::size_t chunk_end = std::min(end, (chunk + 1) * chunk_bytes);
        use(chunk, static_cast<std::uint32_t>(chunk_end - offset));
        offset = chunk_end;
    }
}

void CacheFileBytes::expect(std::string_view part) {
    if (part.empty() || !bytes_in_chunk_) return;
    for_each_chunk(part, [&](std::size_t chunk, std::uint32_t bytes) { bytes_in_chunk_[chunk] += bytes; });
}

void CacheFileBytes::release(std::string_view part) {
    if (part.empty() || !bytes_in_chunk_) return;
    for_each_chunk(part, [&](std::size_t chunk, std::uint32_t bytes) {
        bytes_in_chunk_[chunk] -= bytes;
        if (bytes_in_chunk_[chunk] == 0)
            ::madvise(data_ + chunk * chunk_bytes, std::min(chunk_bytes, mapped_ - chunk * chunk_bytes), MADV_DONTNEED);
    });
}

std::optional<std::string> CacheFileBytes::reread(std::string_view part) const {
    std::string bytes(part.size(), '\0');
    const auto offset = static_cast<off_t>(part.data() - data_);
    if (read_at(fd_, bytes.data(), bytes.size(), offset) != bytes.size()) return std::nullopt;
    return bytes;
}

}  // namespace repjourney

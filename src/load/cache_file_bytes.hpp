#pragma once
// The bytes of the cache file a load reads, in memory of their own (an anonymous mapping): once an
// entry's parse is decoded its pages are given back, and an entry kept for the next cache is read
// again from the file, which stays open. So a warm load never holds the old cache whole beside the
// data it decoded from it.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "load/huge_pages.hpp"

namespace repjourney {

class CacheFileBytes {
public:
    // Memory is given back a chunk at a time, a huge page: a call per page would cost more (each call
    // stops every thread of the process to flush its page tables) than the memory is worth.
    static constexpr std::size_t chunk_bytes = huge_page_bytes;

    CacheFileBytes() = default;
    // The file's bytes; none when it cannot be read or is no regular file. Read to one byte past the
    // size it had when opened, so that a file grown since fails its checksum.
    explicit CacheFileBytes(const std::string& path);
    ~CacheFileBytes();
    CacheFileBytes(const CacheFileBytes&) = delete;
    CacheFileBytes& operator=(const CacheFileBytes&) = delete;

    std::string_view bytes() const { return {data_, size_}; }
    // Part of bytes() that will be used, then released. Memory is given back a chunk at a time,
    // once every byte expected on it has been released.
    void expect(std::string_view part);
    // Done with part (from any thread): a part expected before, or a piece of one (each byte
    // released once). The memory no part still needs reads as zeros from then on.
    void release(std::string_view part);
    // Gives every byte back and closes the file: for bytes that are no cache of this program.
    void forget();
    // What part (of bytes()) held, read again from the file; nothing when that fails.
    std::optional<std::string> reread(std::string_view part) const;

private:
    template <typename Use>
    void for_each_chunk(std::string_view part, Use&& use) const;

    int fd_ = -1;
    char* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t mapped_ = 0;
    std::unique_ptr<std::atomic<std::uint32_t>[]> bytes_in_chunk_;  // expected and not yet released, a chunk each
};

}  // namespace repjourney

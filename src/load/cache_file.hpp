#pragma once
// The parse cache's file: a header naming the format and the program that wrote it, a checksum,
// then one entry per data file. Anything else (truncated, corrupt, of another format or another
// build) reads as no cache at all.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// Bumped whenever the layout of the file or of an encoded parse (cache_codec.cpp) changes.
constexpr std::uint32_t cache_format_version = 2;

// One data file as it was when its parse was stored.
struct CacheEntry {
    std::string path;  // as find_data_files names it
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0;  // modification time, in nanoseconds since the epoch
    std::uint64_t content_hash = 0;
    std::string_view parse;  // encode_parsed_file's bytes
    // For shell completion, which trusts an unchanged stamp without reading the file (as git trusts
    // its index): the file's status change time and inode, and whether that time was at least two
    // seconds old when the stamp was taken. A file written again within the same clock tick keeps its
    // times, so a stamp taken in that tick is no proof of the bytes (git's "racily clean" files).
    std::int64_t changed_ns = 0;
    std::uint64_t inode = 0;
    bool settled = false;
};

// Hands the file's bytes, written by program (its version and build, see ParseCache), to write in
// pieces, in order: a cache of many megabytes is never copied whole.
void write_cache_file(std::string_view program, const std::vector<CacheEntry>& entries,
                      const std::function<void(std::string_view)>& write);
// The same bytes as one string.
std::string cache_file_bytes(std::string_view program, const std::vector<CacheEntry>& entries);

// The entries, their parses viewing into bytes; nothing unless bytes are a whole, intact cache
// file of this format written by program.
std::optional<std::vector<CacheEntry>> read_cache_file_bytes(std::string_view bytes, std::string_view program);

}  // namespace repjourney

#pragma once
// The parse cache's file: a header naming the format and the program that wrote it, one entry per
// data file (in any order), their count and a checksum. Anything else (truncated, corrupt, of
// another format or another build) reads as no cache at all.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// Bumped whenever the layout of the file or of an encoded parse (cache_codec.cpp) changes.
constexpr std::uint32_t cache_format_version = 5;

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

// Takes bytes in order, a piece at a time.
using WriteBytes = std::function<void(std::string_view)>;

// Writes a cache file in pieces, an entry at a time, in any order: a parse can be written as soon as
// it is made and then let go. The file is its header, the entries, then their count and a checksum
// of the entries and the count. An entry is its parse, then its path and stamp and the parse's size:
// a parse can be written as it is encoded, before its size is known.
class CacheFileWriter {
public:
    // write is handed the file's bytes in order; the header (naming the program that writes the
    // file: its version and build, see ParseCache) goes at once.
    CacheFileWriter(std::string_view program, WriteBytes write);
    ~CacheFileWriter();
    CacheFileWriter(const CacheFileWriter&) = delete;
    CacheFileWriter& operator=(const CacheFileWriter&) = delete;
    void add(const CacheEntry& entry);
    // An entry whose parse (not entry.parse) write_parse hands to the writer it is given, in pieces,
    // returning how many bytes that was.
    void add(const CacheEntry& entry, const std::function<std::uint64_t(const WriteBytes&)>& write_parse);
    // The count and the checksum: the file is whole.
    void finish();

private:
    WriteBytes write_;
    std::uint64_t count_ = 0;
    struct Checksum;
    std::unique_ptr<Checksum> checksum_;
};

// The bytes of a cache file of these entries.
std::string cache_file_bytes(std::string_view program, const std::vector<CacheEntry>& entries);

// The entries, their parses viewing into bytes; nothing unless bytes are a whole, intact cache
// file of this format written by program.
std::optional<std::vector<CacheEntry>> read_cache_file_bytes(std::string_view bytes, std::string_view program);

}  // namespace repjourney

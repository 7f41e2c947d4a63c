#pragma once
// The parses of problem-free data files, kept on disk between runs: a file whose size,
// modification time and content hash are those stored is not parsed again. Files with any
// problem are never cached, so their diagnostics always come from a parse; the cross-file
// checks always run. Reading or writing the cache never fails a command: a cache that cannot
// be read is none, one that cannot be written is left out.

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "load/cache_file.hpp"
#include "load/cache_file_bytes.hpp"
#include "load/file_reading.hpp"
#include "load/new_cache_file.hpp"

namespace repjourney {

// Where load_data keeps its caches, one file per set of data paths; empty (the default, so
// tests and library users write nothing) turns caching off. The command line sets it.
void set_parse_cache_directory(std::string directory);
const std::string& parse_cache_directory();

// The file that holds the cache of these data paths in directory, and what names the program
// that writes it there (its version and build): for tests, which look into it.
std::string parse_cache_file(const std::string& directory, const std::vector<std::string>& data_paths);
const std::string& parse_cache_program();

class ParseCache {
public:
    // The cache of these data paths (as given, from the current directory) in directory. With
    // LoadScope::ids, a file whose settled stamp (see CacheEntry) is unchanged is not read, and
    // cached parses come without their events.
    ParseCache(const std::string& directory, const std::vector<std::string>& data_paths,
               LoadScope scope = LoadScope::everything);

    // Room for this load's files: parse() is called once for each, from any thread.
    void expect_files(std::size_t count);
    // The cached parse when the file is unchanged (it is read and hashed), else parse_data_file's;
    // a new parse is stored for save().
    std::optional<ParsedFile> parse(const std::string& path, std::uint32_t file);

    // The same in two steps, for the loader's workers: look_up reads and hashes the file and gives
    // its entry when unchanged, else the file's new parse (nothing when it has problems);
    // decode_unchanged, on the loader's own thread, decodes that entry there, where the model the
    // parse joins is made and freed (cheaper than across threads), while the workers read on.
    struct Lookup {
        std::optional<ParsedFile> parsed;
        const CacheEntry* unchanged = nullptr;
    };
    Lookup look_up(const std::string& path, std::uint32_t file);
    // An entry's parse; the file parsed anew should the entry not decode.
    std::optional<ParsedFile> decode_unchanged(const CacheEntry& entry, std::uint32_t file);
    LoadScope scope() const { return scope_; }
    // The size the file at path (the load's file-th) had when its parse was stored, if the cache holds one:
    // for the room a load makes for its files, without a stat of each of 50,000.
    std::optional<std::uint64_t> stored_size(const std::string& path, std::uint32_t file) const;
    // Writes the cache again, atomically, when this load's parses differ from those it held.
    void save() noexcept;
    // Whether save() wrote the cache anew.
    bool written() const { return written_; }
    // The stamp of every file of the load, in order: a cached file's as stored, another's as taken
    // just before it was read; nothing unless every one was settled (see CacheEntry).
    std::optional<std::vector<CacheEntry>> settled_stamps() const;
    ~ParseCache();
    ParseCache(const ParseCache&) = delete;
    ParseCache& operator=(const ParseCache&) = delete;

private:
    // The stored entry of the file at path (the load's file-th), if the cache holds one.
    const CacheEntry* stored_entry(const std::string& path, std::uint32_t file) const;
    bool unchanged(std::uint32_t file, const CacheEntry& entry);
    std::optional<ParsedFile> parse_anew(const std::string& path, std::uint32_t file, bool had_entry);
    std::optional<ParsedFile> decode(const CacheEntry& entry, std::uint32_t file);
    NewCacheFile* new_file();
    void store(const CacheEntry& entry);
    void store(CacheEntry stamp, const ParsedFile& parsed);

    LoadScope scope_;
    std::string file_;                                    // the cache file's path
    CacheFileBytes bytes_;                                // what it held; the old entries' parses view into it
    std::vector<CacheEntry> old_;                         // sorted by path
    std::vector<std::optional<CacheEntry>> kept_;         // old entries still good, by file index
    std::vector<std::optional<CacheEntry>> read_stamps_;  // of the other files, taken before they were read
    bool written_ = false;
    std::atomic<bool> changed_ = false;
    std::mutex new_file_mutex_;
    std::unique_ptr<NewCacheFile> new_file_;  // made with the first parse stored; guarded by the mutex
    bool new_file_failed_ = false;            // guarded by the mutex
};

}  // namespace repjourney

#pragma once
// Writing a file into the cache directory ($XDG_CACHE_HOME/repjourney): made 0600 by mkstemp, in a
// directory made 0700, and renamed over the old file only when whole, so that a reader sees the old
// file or the new, never half of one.

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "load/cache_file.hpp"

namespace repjourney {

// Whether path belongs to this user and no one else may write it: a cache another user could have
// written (an XDG_CACHE_HOME on shared ground) is not trusted, since it says what the data holds.
bool ours_alone(const std::string& path);

// Removes the new files of runs that were killed (or lost power) before they could commit or remove
// them: mkstemp's names for a *.cache file, unchanged for an hour (no run takes that long to write one).
void remove_abandoned_files(const std::filesystem::path& directory);

// A new cache file (see CacheFileWriter) of program, written through a file of its own in the same
// directory and renamed over the old by commit(). Removed unless committed.
class NewCacheFile {
public:
    // Nothing when the file cannot be made (a read-only home) or the directory is not ours alone.
    static std::unique_ptr<NewCacheFile> open(const std::string& path, std::string_view program);
    NewCacheFile(const NewCacheFile&) = delete;
    NewCacheFile& operator=(const NewCacheFile&) = delete;
    ~NewCacheFile();

    void add(const CacheEntry& entry) { writer_.add(entry); }
    void add(const CacheEntry& entry, const std::function<std::uint64_t(const WriteBytes&)>& write_parse) {
        writer_.add(entry, write_parse);
    }
    void commit();

private:
    NewCacheFile(std::string path, std::string temporary, std::FILE* out, std::string_view program);

    std::string path_;
    std::string temporary_;
    std::FILE* out_;
    bool written_ = true;
    bool committed_ = false;
    CacheFileWriter writer_;
};

}  // namespace repjourney

#include "load/parse_cache.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <fmt/format.h>

#include "load/cache_codec.hpp"
#include "load/text_checks.hpp"

namespace repjourney {

namespace {
std::string cache_directory;

std::int64_t nanoseconds(const struct timespec& time) {
    return std::int64_t{time.tv_sec} * 1'000'000'000 + time.tv_nsec;
}
}  // namespace

// The version and the build of this program: another build may read data differently, so its
// cache is not this one's.
const std::string& parse_cache_program() {
    static const std::string identity = [] {
        std::string id = REPJOURNEY_VERSION;
        struct stat info {};
        if (::stat("/proc/self/exe", &info) == 0)
            id += fmt::format(" {} {}.{}", info.st_size, info.st_mtim.tv_sec, info.st_mtim.tv_nsec);
        return id;
    }();
    return identity;
}

namespace {

// A regular file's path, size, times and inode.
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

bool same_stamp(const CacheEntry& a, const CacheEntry& b) {
    return a.size == b.size && a.modified_ns == b.modified_ns && a.changed_ns == b.changed_ns && a.inode == b.inode;
}

std::optional<CacheEntry> stamp_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return stamp_of(path, info);
}

// A regular file's stamp and bytes, read with one open; nothing when it cannot be read. The bytes
// are those of the stamp's size, or one more when the file grew since (so that no hash matches).
std::optional<std::pair<CacheEntry, std::string>> read_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    std::optional<std::pair<CacheEntry, std::string>> read;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        read.emplace(stamp_of(path, info), std::string(static_cast<std::size_t>(info.st_size) + 1, '\0'));
        std::string& bytes = read->second;
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            done += static_cast<std::size_t>(n);
        }
        bytes.resize(done);
    }
    ::close(fd);
    return read;
}

// The cache's directory and file belong to this user and no one else may write them: a cache another user
// could have written (an XDG_CACHE_HOME on shared ground) is not trusted, since it says what the data holds.
bool ours_alone(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && info.st_uid == ::geteuid() && (info.st_mode & 022) == 0;
}

// Through a file of its own in the same directory, renamed over the old: a reader sees the old
// cache or the new, never half of one. Made 0600 (mkstemp) in a directory made 0700.
void write_atomically(const std::string& path, const std::vector<CacheEntry>& entries) {
    const std::filesystem::path directory = std::filesystem::path{path}.parent_path();
    ::mkdir(directory.parent_path().c_str(), 0700);  // $XDG_CACHE_HOME may not exist yet
    ::mkdir(directory.c_str(), 0700);
    if (!ours_alone(directory.string())) return;
    std::string temporary = path + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return;
    std::FILE* out = ::fdopen(fd, "wb");
    if (!out) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return;
    }
    bool written = true;
    write_cache_file(parse_cache_program(), entries, [&](std::string_view piece) {
        written = written && std::fwrite(piece.data(), 1, piece.size(), out) == piece.size();
    });
    if (std::fclose(out) != 0) written = false;
    if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) ::unlink(temporary.c_str());
}

}  // namespace

// One cache per set of data paths as given from one directory: the files' names in it are the
// ones find_data_files gives for them.
std::string parse_cache_file(const std::string& directory, const std::vector<std::string>& data_paths) {
    std::error_code error;
    std::string key = std::filesystem::current_path(error).string();
    for (const std::string& path : data_paths) key += '\0' + path;
    return fmt::format("{}/{:016x}.cache", directory, XXH3_64bits(key.data(), key.size()));
}

void set_parse_cache_directory(std::string directory) { cache_directory = std::move(directory); }

const std::string& parse_cache_directory() { return cache_directory; }

ParseCache::ParseCache(const std::string& directory, const std::vector<std::string>& data_paths, LoadScope scope)
    : scope_(scope), file_(parse_cache_file(directory, data_paths)) {
    if (!ours_alone(directory) || !ours_alone(file_)) return;
    if (auto read = read_file(file_)) bytes_ = std::move(read->second);  // cut short: fails its checksum
    if (auto entries = read_cache_file_bytes(bytes_, parse_cache_program())) old_ = std::move(*entries);
    const auto by_path = [](const CacheEntry& a, const CacheEntry& b) { return a.path < b.path; };
    if (!std::is_sorted(old_.begin(), old_.end(), by_path)) std::sort(old_.begin(), old_.end(), by_path);
}

void ParseCache::expect_files(std::size_t count) {
    new_.resize(count);
    encoded_.resize(count);
}

std::optional<ParsedFile> ParseCache::parse(const std::string& path, std::uint32_t file) {
    // Most often the files are those of the last load, in the same places.
    auto old = file < old_.size() && old_[file].path == path ? old_.begin() + file : old_.end();
    if (old == old_.end())
        old = std::lower_bound(old_.begin(), old_.end(), path,
                               [](const CacheEntry& entry, const std::string& p) { return entry.path < p; });
    const bool had_entry = old != old_.end() && old->path == path;
    if (had_entry)
        if (std::optional<ParsedFile> parsed = cached(file, *old)) return parsed;
    // Told before parsing: a file changed meanwhile has a newer time, so the next run parses it again.
    std::optional<CacheEntry> stamp = stamp_of(path);
    std::optional<ParsedFile> parsed = parse_data_file(path, file);
    if (parsed && stamp) {
        encoded_[file] = encode_parsed_file(*parsed);
        stamp->content_hash = parsed->content_hash;
        stamp->parse = encoded_[file];
        new_[file] = std::move(*stamp);
    }
    if (new_[file] || had_entry) changed_ = true;
    return parsed;
}

// The stored parse, when the file's size, time and bytes are still those it was made from; kept
// for save(). For ids, a settled stamp unchanged is proof enough, as git's index takes it.
std::optional<ParsedFile> ParseCache::cached(std::uint32_t file, const CacheEntry& entry) {
    if (scope_ == LoadScope::ids && entry.settled)
        if (const std::optional<CacheEntry> now = stamp_of(entry.path); now && same_stamp(*now, entry)) {
            new_[file] = entry;
            return decode(entry, file);
        }
    const auto read = read_file(entry.path);
    if (!read || read->first.size != entry.size || read->first.modified_ns != entry.modified_ns ||
        read->second.size() != entry.size || content_hash(read->second) != entry.content_hash)
        return std::nullopt;  // parsing it says what is wrong, if anything
    std::optional<ParsedFile> parsed = decode(entry, file);
    if (!parsed) return std::nullopt;
    CacheEntry& kept = new_[file].emplace(entry);
    if (!entry.settled && read->first.settled && same_stamp(read->first, entry)) {
        kept.settled = true;  // from now on completion need not read it
        changed_ = true;
    }
    return parsed;
}

std::optional<ParsedFile> ParseCache::decode(const CacheEntry& entry, std::uint32_t file) const {
    if (scope_ == LoadScope::ids) return decode_parsed_file_without_events(entry.parse, file);
    // The loader makes room for a line's worth of the shortest event per 48 bytes of its files.
    return decode_parsed_file(entry.parse, file, entry.size / 48);
}

void ParseCache::save() noexcept {
    try {
        // Unchanged unless a file was parsed again or one cached is no longer read.
        const auto kept = static_cast<std::size_t>(
            std::count_if(new_.begin(), new_.end(), [](const auto& e) { return e.has_value(); }));
        if (!changed_ && kept == old_.size()) return;
        std::vector<CacheEntry> entries;
        entries.reserve(kept);
        for (std::optional<CacheEntry>& entry : new_)
            if (entry) entries.push_back(std::move(*entry));
        write_atomically(file_, entries);
    } catch (...) {
        // No cache is the worst a failure here may cause.
    }
}

}  // namespace repjourney

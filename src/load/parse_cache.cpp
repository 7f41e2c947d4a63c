#include "load/parse_cache.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <filesystem>
#include <memory>
#include <mutex>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "load/cache_codec.hpp"
#include "load/file_stamp.hpp"
#include "load/new_cache_file.hpp"
#include "load/text_checks.hpp"

namespace repjourney {

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
std::string cache_directory;

// A regular file's stamp, with the number of bytes read and their hash: read in pieces, with one
// open, never held whole (a file of tens of megabytes would be, beside its decoded parse). Nothing
// when it cannot be read.
constexpr std::size_t hash_piece_bytes = std::size_t{64} * 1024;
struct HashedFile {
    CacheEntry stamp;
    std::uint64_t bytes = 0;
    std::size_t hash = 0;
};
std::optional<HashedFile> hash_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return std::nullopt;
    struct stat info {};
    std::optional<HashedFile> hashed;
    if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
        hashed.emplace(HashedFile{stamp_of(path, info)});
        ContentHash hash;
        std::array<char, hash_piece_bytes> piece;  // NOLINT(cppcoreguidelines-pro-type-member-init): read() fills it
        for (;;) {
            const ssize_t n = ::read(fd, piece.data(), piece.size());
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            hash.feed(std::string_view{piece.data(), static_cast<std::size_t>(n)});
            hashed->bytes += static_cast<std::uint64_t>(n);
            // A regular file's read stops short only at its end: with all its bytes that fstat told, it
            // is done without one more read to be told so (a call saved for each of 50,000 small files).
            if (static_cast<std::size_t>(n) < piece.size() && hashed->bytes >= hashed->stamp.size) break;
        }
        hashed->hash = hash.value();
    }
    ::close(fd);
    return hashed;
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
    : scope_(scope),
      file_(parse_cache_file(directory, data_paths)),
      // Cut short, it fails its checksum.
      bytes_(ours_alone(directory) && ours_alone(file_) ? CacheFileBytes{file_} : CacheFileBytes{}) {
    if (auto entries = read_cache_file_bytes(bytes_.bytes(), parse_cache_program()))
        old_ = std::move(*entries);
    else
        bytes_.forget();  // another program's cache, or a broken one, is not held through the load
    for (const CacheEntry& entry : old_) bytes_.expect(entry.parse);
    const auto by_path = [](const CacheEntry& a, const CacheEntry& b) { return a.path < b.path; };
    if (!std::is_sorted(old_.begin(), old_.end(), by_path)) std::sort(old_.begin(), old_.end(), by_path);
}

void ParseCache::expect_files(std::size_t count) {
    kept_.resize(count);
    read_stamps_.resize(count);
}

const CacheEntry* ParseCache::stored_entry(const std::string& path, std::uint32_t file) const {
    // Most often the files are those of the last load, in the same places.
    if (file < old_.size() && old_[file].path == path) return &old_[file];
    const auto old = std::lower_bound(old_.begin(), old_.end(), path,
                                      [](const CacheEntry& entry, const std::string& p) { return entry.path < p; });
    return old != old_.end() && old->path == path ? &*old : nullptr;
}

std::optional<std::uint64_t> ParseCache::stored_size(const std::string& path, std::uint32_t file) const {
    const CacheEntry* stored = stored_entry(path, file);
    return stored ? std::optional{stored->size} : std::nullopt;
}

ParseCache::Lookup ParseCache::look_up(const std::string& path, std::uint32_t file) {
    const CacheEntry* stored = stored_entry(path, file);
    if (stored && unchanged(file, *stored)) return Lookup{std::nullopt, stored};
    return Lookup{parse_anew(path, file, stored != nullptr), nullptr};
}

std::optional<ParsedFile> ParseCache::decode_unchanged(const CacheEntry& entry, std::uint32_t file) {
    if (std::optional<ParsedFile> parsed = decode(entry, file)) return parsed;
    kept_[file].reset();  // not to be kept: parsed now, it is stored anew
    return parse_anew(entry.path, file, true);
}

std::optional<ParsedFile> ParseCache::parse(const std::string& path, std::uint32_t file) {
    Lookup found = look_up(path, file);
    if (found.unchanged) return decode_unchanged(*found.unchanged, file);
    return std::move(found.parsed);
}

std::optional<ParsedFile> ParseCache::parse_anew(const std::string& path, std::uint32_t file, bool had_entry) {
    // Told before parsing: a file changed meanwhile has a newer time, so the next run parses it again.
    std::optional<CacheEntry> stamp = stamp_of(path);
    if (stamp) read_stamps_[file] = *stamp;
    std::optional<ParsedFile> parsed = parse_data_file(path, file);
    if (parsed && stamp) {
        stamp->content_hash = parsed->content_hash;
        store(*stamp, *parsed);
    }
    if ((parsed && stamp) || had_entry) changed_ = true;
    return parsed;
}

// The new cache file, made with the first entry stored; nothing when it cannot be made. Called
// with new_file_mutex_ held.
NewCacheFile* ParseCache::new_file() {
    if (!new_file_ && !new_file_failed_) {
        new_file_ = NewCacheFile::open(file_, parse_cache_program());
        new_file_failed_ = !new_file_;
    }
    return new_file_.get();
}

// Into the new cache file at once, so that no load holds the encodings of all its files.
void ParseCache::store(const CacheEntry& entry) {
    const std::lock_guard lock{new_file_mutex_};
    if (NewCacheFile* file = new_file()) file->add(entry);
}

// A small file's parse is encoded before the file is locked, so that other workers seldom wait; a
// large (streamed) one's is written as it is encoded, never held whole.
void ParseCache::store(CacheEntry stamp, const ParsedFile& parsed) {
    if (!is_streamed(stamp.size)) {
        // An encoding is most often somewhat smaller than the file.
        const std::string bytes = encode_parsed_file(parsed, stamp.size + stamp.size / 4);
        stamp.parse = bytes;
        return store(stamp);
    }
    const std::lock_guard lock{new_file_mutex_};
    if (NewCacheFile* file = new_file())
        file->add(stamp, [&](const WriteBytes& write) { return encode_parsed_file(parsed, write); });
}

// Whether the file's size, time and bytes are still those the entry was made from; then it is kept
// for save(). For ids, a settled stamp unchanged is proof enough, as git's index takes it.
bool ParseCache::unchanged(std::uint32_t file, const CacheEntry& entry) {
    if (scope_ == LoadScope::ids && entry.settled)
        if (const std::optional<CacheEntry> now = stamp_of(entry.path); now && same_stamp(*now, entry)) {
            kept_[file] = entry;
            return true;
        }
    const std::optional<HashedFile> read = hash_file(entry.path);
    if (!read || read->stamp.size != entry.size || read->stamp.modified_ns != entry.modified_ns ||
        read->bytes != entry.size || read->hash != entry.content_hash) {
        bytes_.release(entry.parse);  // never to be used
        return false;                 // parsing it says what is wrong, if anything
    }
    CacheEntry& kept = kept_[file].emplace(entry);
    if (!entry.settled && read->stamp.settled && same_stamp(read->stamp, entry)) {
        kept.settled = true;  // from now on completion need not read it
        changed_ = true;
    }
    return true;
}

// The entry's parse, its bytes given back as they are decoded (save() reads them again if it keeps them).
std::optional<ParsedFile> ParseCache::decode(const CacheEntry& entry, std::uint32_t file) {
    if (scope_ == LoadScope::ids) {
        std::optional<ParsedFile> parsed = decode_parsed_file_without_events(entry.parse, file);
        if (parsed) bytes_.release(entry.parse);
        return parsed;
    }
    // As much room for events as a parse of the file makes.
    return decode_parsed_file(entry.parse, file, entry.size / min_event_bytes, scope_,
                              [this](std::string_view done) { bytes_.release(done); });
}

void ParseCache::save() noexcept {
    try {
        // Unchanged unless a file was parsed again or one cached is no longer read.
        const auto kept = static_cast<std::size_t>(
            std::count_if(kept_.begin(), kept_.end(), [](const auto& e) { return e.has_value(); }));
        if (!changed_ && kept == old_.size()) return;
        written_ = true;
        for (const std::optional<CacheEntry>& entry : kept_) {
            if (!entry) continue;
            const std::optional<std::string> parse = bytes_.reread(entry->parse);
            if (!parse) continue;  // then the file is parsed again next time
            CacheEntry again = *entry;
            again.parse = *parse;
            store(again);
        }
        if (new_file_) new_file_->commit();
        remove_abandoned_files(std::filesystem::path{file_}.parent_path());
    } catch (...) {
        // No cache is the worst a failure here may cause.
    }
    new_file_.reset();
}

std::optional<std::vector<CacheEntry>> ParseCache::settled_stamps() const {
    std::vector<CacheEntry> stamps;
    stamps.reserve(kept_.size());
    for (std::size_t file = 0; file < kept_.size(); ++file) {
        const std::optional<CacheEntry>& stamp = kept_[file] ? kept_[file] : read_stamps_[file];
        if (!stamp || !stamp->settled) return std::nullopt;
        stamps.push_back(*stamp);
        stamps.back().parse = {};
    }
    return stamps;
}

ParseCache::~ParseCache() = default;

}  // namespace repjourney

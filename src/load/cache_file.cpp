#include "load/cache_file.hpp"

#include <cstring>

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <xxhash.h>

namespace repjourney {

namespace {
constexpr std::string_view magic = "repjourney parse cache\n";

template <typename I>
void put(std::string& out, I value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put_bytes(std::string& out, std::string_view bytes) {
    put(out, static_cast<std::uint64_t>(bytes.size()));
    out.append(bytes);
}

// Reads from the front of in; false once in is too short.
template <typename I>
bool take(std::string_view& in, I& value) {
    if (in.size() < sizeof value) return false;
    std::memcpy(&value, in.data(), sizeof value);
    in.remove_prefix(sizeof value);
    return true;
}

bool take_bytes(std::string_view& in, std::string_view& bytes) {
    std::uint64_t size = 0;
    if (!take(in, size) || size > in.size()) return false;
    bytes = in.substr(0, size);
    in.remove_prefix(size);
    return true;
}

// What tells a foreign or older file.
std::string header(std::string_view program) {
    std::string out{magic};
    put(out, cache_format_version);
    put_bytes(out, program);
    return out;
}

// An entry's path and stamp, then its parse: the parse is handed on as it is, never copied.
std::string framing(const CacheEntry& entry) {
    std::string out;
    put_bytes(out, entry.path);
    put(out, entry.size);
    put(out, entry.modified_ns);
    put(out, entry.content_hash);
    put(out, entry.changed_ns);
    put(out, entry.inode);
    put(out, static_cast<std::uint8_t>(entry.settled));
    put(out, static_cast<std::uint64_t>(entry.parse.size()));
    return out;
}
}  // namespace

struct CacheFileWriter::Checksum {
    XXH3_state_t state;
};

CacheFileWriter::CacheFileWriter(std::string_view program, std::function<void(std::string_view)> write)
    : write_(std::move(write)), checksum_(std::make_unique<Checksum>()) {
    XXH3_64bits_reset(&checksum_->state);
    write_(header(program));
}

CacheFileWriter::~CacheFileWriter() = default;

void CacheFileWriter::add(const CacheEntry& entry) {
    const std::string frame = framing(entry);
    for (const std::string_view piece : {std::string_view{frame}, entry.parse}) {
        XXH3_64bits_update(&checksum_->state, piece.data(), piece.size());
        write_(piece);
    }
    ++count_;
}

void CacheFileWriter::finish() {
    std::string end;
    put(end, count_);
    XXH3_64bits_update(&checksum_->state, end.data(), end.size());
    put(end, static_cast<std::uint64_t>(XXH3_64bits_digest(&checksum_->state)));
    write_(end);
}

std::string cache_file_bytes(std::string_view program, const std::vector<CacheEntry>& entries) {
    std::string out;
    CacheFileWriter writer{program, [&](std::string_view piece) { out += piece; }};
    for (const CacheEntry& entry : entries) writer.add(entry);
    writer.finish();
    return out;
}

std::optional<std::vector<CacheEntry>> read_cache_file_bytes(std::string_view bytes, std::string_view program) {
    const std::string expected = header(program);
    if (!bytes.starts_with(expected)) return std::nullopt;
    bytes.remove_prefix(expected.size());
    std::uint64_t checksum = 0;
    std::uint64_t count = 0;
    if (bytes.size() < sizeof checksum + sizeof count) return std::nullopt;
    std::memcpy(&checksum, bytes.data() + bytes.size() - sizeof checksum, sizeof checksum);
    bytes.remove_suffix(sizeof checksum);
    if (checksum != XXH3_64bits(bytes.data(), bytes.size())) return std::nullopt;
    std::memcpy(&count, bytes.data() + bytes.size() - sizeof count, sizeof count);
    bytes.remove_suffix(sizeof count);
    if (count > bytes.size()) return std::nullopt;
    std::vector<CacheEntry> entries(count);
    for (CacheEntry& entry : entries) {
        std::string_view path;
        std::uint8_t settled = 0;
        if (!take_bytes(bytes, path) || !take(bytes, entry.size) || !take(bytes, entry.modified_ns) ||
            !take(bytes, entry.content_hash) || !take(bytes, entry.changed_ns) || !take(bytes, entry.inode) ||
            !take(bytes, settled) || settled > 1 || !take_bytes(bytes, entry.parse))
            return std::nullopt;
        entry.path = path;
        entry.settled = settled == 1;
    }
    if (!bytes.empty()) return std::nullopt;
    return entries;
}

}  // namespace repjourney

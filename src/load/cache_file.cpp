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

// Everything before the checksum: what tells a foreign or older file.
std::string header(std::string_view program) {
    std::string out{magic};
    put(out, cache_format_version);
    put_bytes(out, program);
    return out;
}

// The entries, in pieces: each one's path and stamp, then its parse as it is.
void write_body(const std::vector<CacheEntry>& entries, const std::function<void(std::string_view)>& write) {
    std::string framing;
    put(framing, static_cast<std::uint64_t>(entries.size()));
    for (const CacheEntry& entry : entries) {
        put_bytes(framing, entry.path);
        put(framing, entry.size);
        put(framing, entry.modified_ns);
        put(framing, entry.content_hash);
        put(framing, entry.changed_ns);
        put(framing, entry.inode);
        put(framing, static_cast<std::uint8_t>(entry.settled));
        put(framing, static_cast<std::uint64_t>(entry.parse.size()));
        write(framing);
        write(entry.parse);
        framing.clear();
    }
    if (entries.empty()) write(framing);
}
}  // namespace

void write_cache_file(std::string_view program, const std::vector<CacheEntry>& entries,
                      const std::function<void(std::string_view)>& write) {
    // The checksum leads the body, so the body is made twice: once to hash, once to write.
    XXH3_state_t state;
    XXH3_64bits_reset(&state);
    write_body(entries, [&](std::string_view piece) { XXH3_64bits_update(&state, piece.data(), piece.size()); });
    std::string out = header(program);
    put(out, static_cast<std::uint64_t>(XXH3_64bits_digest(&state)));
    write(out);
    write_body(entries, write);
}

std::string cache_file_bytes(std::string_view program, const std::vector<CacheEntry>& entries) {
    std::string out;
    write_cache_file(program, entries, [&](std::string_view piece) { out += piece; });
    return out;
}

std::optional<std::vector<CacheEntry>> read_cache_file_bytes(std::string_view bytes, std::string_view program) {
    const std::string expected = header(program);
    if (!bytes.starts_with(expected)) return std::nullopt;
    bytes.remove_prefix(expected.size());
    std::uint64_t checksum = 0;
    if (!take(bytes, checksum) || checksum != XXH3_64bits(bytes.data(), bytes.size())) return std::nullopt;
    std::uint64_t count = 0;
    if (!take(bytes, count) || count > bytes.size()) return std::nullopt;
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

#include "load/cache_file.hpp"

#include <cstring>

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t on the stack
#include <xxhash.h>

#include "load/huge_pages.hpp"

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

// What tells a foreign or older file.
std::string header(std::string_view program) {
    std::string out{magic};
    put(out, cache_format_version);
    put_bytes(out, program);
    return out;
}

// What follows an entry's parse: its path and stamp, then the parse's size. Read from the back.
std::string trailer(const CacheEntry& entry, std::uint64_t parse_size) {
    std::string out{entry.path};
    put(out, static_cast<std::uint64_t>(entry.path.size()));
    put(out, entry.size);
    put(out, entry.modified_ns);
    put(out, entry.content_hash);
    put(out, entry.changed_ns);
    put(out, entry.inode);
    put(out, static_cast<std::uint8_t>(entry.settled));
    put(out, parse_size);
    return out;
}

// Reads from the back of in; false once in is too short.
template <typename I>
bool take_back(std::string_view& in, I& value) {
    if (in.size() < sizeof value) return false;
    std::memcpy(&value, in.data() + in.size() - sizeof value, sizeof value);
    in.remove_suffix(sizeof value);
    return true;
}

bool take_back_bytes(std::string_view& in, std::string_view& bytes) {
    std::uint64_t size = 0;
    if (!take_back(in, size) || size > in.size()) return false;
    bytes = in.substr(in.size() - size);
    in.remove_suffix(size);
    return true;
}

// The last entry of in, taken off its back.
bool take_back_entry(std::string_view& in, CacheEntry& entry) {
    std::string_view path;
    std::uint8_t settled = 0;
    std::uint64_t parse_size = 0;
    if (!take_back(in, parse_size) || !take_back(in, settled) || settled > 1 || !take_back(in, entry.inode) ||
        !take_back(in, entry.changed_ns) || !take_back(in, entry.content_hash) || !take_back(in, entry.modified_ns) ||
        !take_back(in, entry.size) || !take_back_bytes(in, path) || parse_size > in.size())
        return false;
    entry.path = path;
    entry.settled = settled == 1;
    entry.parse = in.substr(in.size() - parse_size);
    in.remove_suffix(parse_size);
    return true;
}
}  // namespace

struct CacheFileWriter::Checksum {
    XXH3_state_t state;
};

CacheFileWriter::CacheFileWriter(std::string_view program, WriteBytes write)
    : write_(std::move(write)), checksum_(std::make_unique<Checksum>()) {
    XXH3_64bits_reset(&checksum_->state);
    write_(header(program));
}

CacheFileWriter::~CacheFileWriter() = default;

void CacheFileWriter::add(const CacheEntry& entry) {
    add(entry, [&](const WriteBytes& write) {
        write(entry.parse);
        return static_cast<std::uint64_t>(entry.parse.size());
    });
}

void CacheFileWriter::add(const CacheEntry& entry, const std::function<std::uint64_t(const WriteBytes&)>& write_parse) {
    const WriteBytes write = [this](std::string_view piece) {
        XXH3_64bits_update(&checksum_->state, piece.data(), piece.size());
        write_(piece);
    };
    write(trailer(entry, write_parse(write)));
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
    if (!take_back(bytes, checksum) || checksum != XXH3_64bits(bytes.data(), bytes.size()) ||
        !take_back(bytes, count) || count > bytes.size())
        return std::nullopt;
    std::vector<CacheEntry> entries;
    reserve_in_huge_pages(entries, count);  // fifty thousand entries are megabytes
    entries.resize(count);
    for (auto entry = entries.rbegin(); entry != entries.rend(); ++entry)
        if (!take_back_entry(bytes, *entry)) return std::nullopt;
    if (!bytes.empty()) return std::nullopt;
    return entries;
}

}  // namespace repjourney

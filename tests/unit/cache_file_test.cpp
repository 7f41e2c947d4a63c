// The cache file is trusted only whole, intact, of this format and of this program.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "load/cache_file.hpp"

using namespace repjourney;

namespace {
std::vector<CacheEntry> two_entries() {
    return {CacheEntry{"people/åsa.yaml", 120, 1'700'000'000'123'456'789, 0xfeedface, "parse one",
                       1'700'000'001'000'000'002, 4711, true},
            CacheEntry{"roles.yaml", 0, -5, 1, ""}};
}
}  // namespace

TEST_CASE("a cache file reads back as the entries written") {
    const std::string bytes = cache_file_bytes("repjourney 1.0", two_entries());
    const auto entries = read_cache_file_bytes(bytes, "repjourney 1.0");
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK((*entries)[0].path == "people/åsa.yaml");
    CHECK((*entries)[0].size == 120);
    CHECK((*entries)[0].modified_ns == 1'700'000'000'123'456'789);
    CHECK((*entries)[0].content_hash == 0xfeedface);
    CHECK((*entries)[0].parse == "parse one");
    CHECK((*entries)[0].changed_ns == 1'700'000'001'000'000'002);
    CHECK((*entries)[0].inode == 4711);
    CHECK((*entries)[0].settled);
    CHECK_FALSE((*entries)[1].settled);
    CHECK((*entries)[1].modified_ns == -5);
    CHECK((*entries)[1].parse.empty());
    CHECK(read_cache_file_bytes(cache_file_bytes("p", {}), "p")->empty());
}

TEST_CASE("a cache file of another program, cut short, changed or grown reads as no cache") {
    const std::string bytes = cache_file_bytes("repjourney 1.0", two_entries());
    CHECK_FALSE(read_cache_file_bytes(bytes, "repjourney 1.1"));
    CHECK_FALSE(read_cache_file_bytes("", "repjourney 1.0"));
    CHECK_FALSE(read_cache_file_bytes(bytes + '\0', "repjourney 1.0"));
    for (std::size_t size = 0; size < bytes.size(); ++size)
        CHECK_FALSE(read_cache_file_bytes(bytes.substr(0, size), "repjourney 1.0"));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string changed = bytes;
        changed[i] = static_cast<char>(changed[i] ^ 0x10);
        CHECK_FALSE(read_cache_file_bytes(changed, "repjourney 1.0"));
    }
}

TEST_CASE("an entry whose parse is handed over in pieces is written as the same bytes as one given whole") {
    const std::vector<CacheEntry> entries = two_entries();
    std::string pieces;
    CacheFileWriter writer{"repjourney 1.0", [&](std::string_view piece) { pieces += piece; }};
    writer.add(entries[0], [](const WriteBytes& write) {
        write("parse");
        write(" one");
        return std::uint64_t{9};
    });
    writer.add(entries[1]);
    writer.finish();
    CHECK(pieces == cache_file_bytes("repjourney 1.0", entries));
}

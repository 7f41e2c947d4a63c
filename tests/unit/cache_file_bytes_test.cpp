// The old cache's bytes are given back a chunk (CacheFileBytes::chunk_bytes) at a time once every entry
// on them is decoded, and what a new cache keeps is read again from the file.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <unistd.h>

#include "load/cache_file_bytes.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
constexpr std::size_t chunk = CacheFileBytes::chunk_bytes;
}  // namespace

TEST_CASE("cache file bytes: memory goes back once every part on it is released, and parts read again") {
    const fs::path path = fs::temp_directory_path() / fmt::format("repjourney-cache-bytes-{}", ::getpid());
    std::string text(3 * chunk, 'a');  // three chunks: a part across the first two, one in the third
    text[chunk - 1] = 'b';
    text[2 * chunk + 5] = 'c';
    std::ofstream{path, std::ios::binary} << text;
    {
        CacheFileBytes file{path.string()};
        REQUIRE(file.bytes() == text);
        const std::string_view bytes = file.bytes();
        const std::string_view across = bytes.substr(chunk - 10, 20);   // on the first and second chunk
        const std::string_view first = bytes.substr(0, 100);            // on the first
        const std::string_view third = bytes.substr(2 * chunk + 5, 1);  // on the third
        for (const std::string_view part : {across, first, third}) file.expect(part);

        file.release(first);
        CHECK(bytes[0] == 'a');  // `across` still needs the first chunk
        file.release(third);
        CHECK(bytes[2 * chunk + 5] == '\0');  // given back: reads as zeros
        CHECK(file.reread(third) == "c");
        file.release(across);
        CHECK(bytes[0] == '\0');
        CHECK(bytes[chunk - 1] == '\0');
        CHECK(file.reread(across) == text.substr(chunk - 10, 20));
    }
    fs::remove(path);
    CHECK(CacheFileBytes{path.string()}.bytes().empty());  // gone: no bytes, never a crash
}

TEST_CASE("cache file bytes: a part released in pieces gives its chunks back as the pieces cover them") {
    const fs::path path = fs::temp_directory_path() / fmt::format("repjourney-cache-pieces-{}", ::getpid());
    const std::string text(3 * chunk, 'a');
    std::ofstream{path, std::ios::binary} << text;
    {
        CacheFileBytes file{path.string()};
        const std::string_view bytes = file.bytes();
        const std::string_view part = bytes.substr(100, 3 * chunk - 200);  // a large entry, decoded front to back
        file.expect(part);
        file.release(part.substr(0, chunk - 200));  // up to 100 bytes short of the first chunk's end
        CHECK(bytes[200] == 'a');
        file.release(part.substr(chunk - 200, 100));  // the rest of the part on the first chunk
        CHECK(bytes[200] == '\0');
        CHECK(bytes[chunk] == 'a');
        file.release(part.substr(chunk - 100));  // the rest
        CHECK(bytes[chunk] == '\0');
        CHECK(bytes[3 * chunk - 150] == '\0');
    }
    fs::remove(path);
}

TEST_CASE("cache file bytes: forgotten, they are gone and read nothing again") {
    const fs::path path = fs::temp_directory_path() / fmt::format("repjourney-cache-forget-{}", ::getpid());
    std::ofstream{path, std::ios::binary} << "a foreign cache";
    {
        CacheFileBytes file{path.string()};
        const std::string_view part = file.bytes().substr(2, 7);
        CHECK(part == "foreign");
        file.forget();
        CHECK(file.bytes().empty());
        CHECK_FALSE(file.reread(part));
        file.release(part);  // harmless
    }
    fs::remove(path);
}

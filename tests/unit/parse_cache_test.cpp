// Which files the parse cache takes on trust: reports always read and hash a file; shell completion
// (LoadScope::ids) trusts a settled stamp (size, times, inode) that has not changed, and takes no events.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <unistd.h>

#include "load/cache_codec.hpp"
#include "load/cache_file.hpp"
#include "load/parse_cache.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
const std::string person_text =
    "representatives:\n  - {id: asa, name: Åsa}\nevents:\n  - {date: 2026-01-02, type: note, rep: asa}\n";

std::string read_whole(const fs::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// A folder with one data file and its cache, written by a load of it.
struct CachedFolder {
    fs::path root = fs::temp_directory_path() / fmt::format("repjourney-parse-cache-{}", ::getpid());
    std::string data = (root / "asa.yaml").string();
    std::string cache_directory = (root / "cache").string();
    std::string cache_file = parse_cache_file(cache_directory, {data});

    CachedFolder() {
        fs::remove_all(root);
        fs::create_directories(root);
        std::ofstream{data} << person_text;
        ParseCache cache{cache_directory, {data}};
        cache.expect_files(1);
        REQUIRE(cache.parse(data, 0));
        cache.save();
    }
    ~CachedFolder() { fs::remove_all(root); }

    // The cache's one entry, changed by change, written back.
    template <typename Change>
    void change_entry(Change change) {
        const std::string bytes = read_whole(cache_file);
        auto entries = read_cache_file_bytes(bytes, parse_cache_program());
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        change(entries->front());
        std::ofstream{cache_file, std::ios::binary | std::ios::trunc}
            << cache_file_bytes(parse_cache_program(), *entries);
    }

    // The id of the one representative the cache gives for the file, and how many events come with it.
    std::pair<std::string, std::size_t> load(LoadScope scope) const {
        ParseCache cache{cache_directory, {data}, scope};
        cache.expect_files(1);
        const std::optional<ParsedFile> parsed = cache.parse(data, 0);
        REQUIRE(parsed);
        REQUIRE(parsed->lists.representatives.size() == 1);
        return {parsed->lists.representatives[0].id, parsed->lists.events.size()};
    }
};

// A parse of the same file that a load of it would never give: proof that the cache's parse was used.
std::string planted_parse() {
    ParsedFile parsed;
    parsed.lists.representatives.push_back(Representative{});
    parsed.lists.representatives[0].id = "planted";
    return encode_parsed_file(parsed);
}
}  // namespace

TEST_CASE("a cached parse is used only for the bytes it was made from; completion trusts a settled stamp") {
    CachedFolder folder;
    const std::string planted = planted_parse();
    SUBCASE("an unchanged file, read and hashed: the cached parse, with its events unless for completion") {
        CHECK(folder.load(LoadScope::everything) == std::pair<std::string, std::size_t>{"asa", 1});
        CHECK(folder.load(LoadScope::ids) == std::pair<std::string, std::size_t>{"asa", 0});
    }
    SUBCASE("a stamp that still matches but bytes hashed otherwise: reports parse the file") {
        folder.change_entry([&](CacheEntry& entry) {
            entry.parse = planted;
            entry.content_hash ^= 1;
            entry.settled = true;
        });
        CHECK(folder.load(LoadScope::everything).first == "asa");
        // Completion does not read a file whose settled stamp is unchanged.
        CHECK(folder.load(LoadScope::ids).first == "planted");
    }
    SUBCASE("a stamp taken within two seconds of the file's change is not trusted") {
        folder.change_entry([&](CacheEntry& entry) {
            entry.parse = planted;
            entry.content_hash ^= 1;
        });
        CHECK(folder.load(LoadScope::ids).first == "asa");
    }
    SUBCASE("a file changed since (a new status change time) is read, even by completion") {
        folder.change_entry([&](CacheEntry& entry) {
            entry.parse = planted;
            entry.content_hash ^= 1;
            entry.settled = true;
            entry.changed_ns -= 1;
        });
        CHECK(folder.load(LoadScope::ids).first == "asa");
    }
    SUBCASE("a file replaced by another (a new inode) is read, even by completion") {
        folder.change_entry([&](CacheEntry& entry) {
            entry.parse = planted;
            entry.content_hash ^= 1;
            entry.settled = true;
            entry.inode += 1;
        });
        CHECK(folder.load(LoadScope::ids).first == "asa");
    }
}

TEST_CASE(
    "a worker's look-up gives an unchanged file's entry, decoded on the loader's thread; one that will not "
    "decode is parsed anew and stored") {
    CachedFolder folder;
    const auto looked_up = [&] {
        ParseCache cache{folder.cache_directory, {folder.data}};
        cache.expect_files(1);
        ParseCache::Lookup found = cache.look_up(folder.data, 0);
        CHECK_FALSE(found.parsed);
        REQUIRE(found.unchanged);
        const std::optional<ParsedFile> parsed = cache.decode_unchanged(*found.unchanged, 0);
        REQUIRE(parsed);
        REQUIRE(parsed->lists.representatives.size() == 1);
        cache.save();
        return parsed->lists.representatives[0].id;
    };
    SUBCASE("unchanged") { CHECK(looked_up() == "asa"); }
    SUBCASE("an entry whose bytes are no parse (its file unchanged)") {
        folder.change_entry([](CacheEntry& entry) { entry.parse = "not a parse"; });
        CHECK(looked_up() == "asa");
        // Stored anew: the entry is a parse again.
        const std::string bytes = read_whole(folder.cache_file);
        const auto entries = read_cache_file_bytes(bytes, parse_cache_program());
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        CHECK(decode_parsed_file(entries->front().parse, 0));
    }
    SUBCASE("a file changed since: its new parse, and no entry") {
        std::ofstream{folder.data, std::ios::app} << "  - {date: 2026-01-03, type: note, rep: asa}\n";
        ParseCache cache{folder.cache_directory, {folder.data}};
        cache.expect_files(1);
        const ParseCache::Lookup found = cache.look_up(folder.data, 0);
        CHECK_FALSE(found.unchanged);
        REQUIRE(found.parsed);
        CHECK(found.parsed->lists.events.size() == 2);
    }
}

TEST_CASE("a streamed file's parse, written into the cache as it is encoded, reads back as its parse") {
    set_streaming_threshold(0);  // every file is streamed, and its parse encoded into the cache in pieces
    {
        const CachedFolder folder;
        const std::string bytes = read_whole(folder.cache_file);
        const auto entries = read_cache_file_bytes(bytes, parse_cache_program());
        REQUIRE(entries);
        REQUIRE(entries->size() == 1);
        const std::optional<ParsedFile> parsed = parse_data_file(folder.data, 0);
        REQUIRE(parsed);
        CHECK(entries->front().parse == encode_parsed_file(*parsed));
        CHECK(folder.load(LoadScope::everything) == std::pair<std::string, std::size_t>{"asa", 1});
    }
    set_streaming_threshold(default_streaming_threshold);
}

TEST_CASE("a load's stamps are given for completion's memo only when every one had settled") {
    CachedFolder folder;  // its file just written
    const auto stamps_of_a_load = [&] {
        ParseCache cache{folder.cache_directory, {folder.data}};
        cache.expect_files(1);
        REQUIRE(cache.parse(folder.data, 0));
        return cache.settled_stamps();
    };
    CHECK_FALSE(stamps_of_a_load());
    folder.change_entry([](CacheEntry& entry) { entry.settled = true; });
    const auto stamps = stamps_of_a_load();
    REQUIRE(stamps);
    REQUIRE(stamps->size() == 1);
    CHECK(stamps->front().path == folder.data);
    CHECK(stamps->front().parse.empty());
}

TEST_CASE("the size a file had when its parse was stored, by its path, at its place in the load or another") {
    CachedFolder folder;
    const ParseCache cache{folder.cache_directory, {folder.data}};
    CHECK(cache.stored_size(folder.data, 0) == person_text.size());
    CHECK(cache.stored_size(folder.data, 7) == person_text.size());  // found by its path when not at its place
    CHECK_FALSE(cache.stored_size((folder.root / "other.yaml").string(), 0));
    folder.change_entry([](CacheEntry& entry) { entry.size = 12345; });  // the stored size, not the file's
    const ParseCache changed{folder.cache_directory, {folder.data}};
    CHECK(changed.stored_size(folder.data, 0) == 12345);
}

// Completion's memo is used only for the very files it was made from, each with the settled stamp it
// had then; anything else (a file written since, one more or one fewer, a stamp not settled) reads as
// no memo, and the data is loaded. While the directories they were found in have their settled stamps
// still, the memo's own list of files stands for a new listing.

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load/completion_memo.hpp"
#include "load/file_stamp.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
struct MemoFolder {
    fs::path root = fs::temp_directory_path() / fmt::format("repjourney-memo-{}", ::getpid());
    std::vector<std::string> files{(root / "a.yaml").string(), (root / "b.yaml").string()};
    std::string memo = (root / "cache" / "memo.complete.cache").string();
    const CompletionAnswers answers{{"reps", "asa\tÅsa\n"}, {"language", "sv"}};

    MemoFolder() {
        fs::remove_all(root);
        fs::create_directories(root / "cache");
        fs::permissions(root / "cache", fs::perms::owner_all);
        for (const std::string& file : files) std::ofstream{file} << "representatives: []\n";
        // An hour old: a change made by a test, however soon, then gives a newer time (in a settled stamp, proper
        // ones are at least two seconds older than the time a change would have).
        const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours{1};
        for (const std::string& file : files) fs::last_write_time(file, hour_ago);
        fs::last_write_time(root, hour_ago);
    }
    ~MemoFolder() { fs::remove_all(root); }

    // The files' stamps as now, taken as settled: a test cannot wait for its files to settle.
    std::vector<CacheEntry> stamps() const {
        std::vector<CacheEntry> stamps;
        for (const std::string& file : files) {
            stamps.push_back(*stamp_of(file));
            stamps.back().settled = true;
        }
        return stamps;
    }
    // The stamp of the directory the files are in, as now, taken as settled.
    std::vector<CacheEntry> directories() const {
        struct stat info {};
        REQUIRE(::stat(root.c_str(), &info) == 0);
        CacheEntry stamp = stamp_of(root.string(), info);
        stamp.settled = true;
        return {stamp};
    }
};

// A listing that counts how often it was asked for.
struct Listing {
    std::vector<std::string> files;
    int calls = 0;
    ListFiles function() {
        return [this] {
            ++calls;
            return files;
        };
    }
};
}  // namespace

TEST_CASE("completion's memo answers for the files it was made from while their stamps are unchanged") {
    MemoFolder folder;
    write_completion_memo(folder.memo, folder.stamps(), folder.directories(), folder.answers);
    REQUIRE(fs::exists(folder.memo));
    CHECK((fs::status(folder.memo).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    Listing listing{folder.files};

    SUBCASE("the same files, unchanged, in a directory unchanged: its files are not listed again") {
        const auto kept = read_completion_memo(folder.memo, listing.function());
        REQUIRE(kept);
        CHECK(completion_answer(*kept, "reps") == "asa\tÅsa\n");
        CHECK(completion_answer(*kept, "language") == "sv");
        CHECK(completion_answer(*kept, "roles").empty());
        CHECK(listing.calls == 0);
    }
    SUBCASE("a file written since: its status change time is new") {
        std::ofstream{folder.files[1], std::ios::app} << "# edited\n";
        CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
    }
    SUBCASE("a file added to the directory: it is listed again, and the files are another set") {
        std::ofstream{folder.root / "c.yaml"} << "roles: []\n";
        listing.files.push_back((folder.root / "c.yaml").string());
        CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
        CHECK(listing.calls == 1);
    }
    SUBCASE("a file removed and put back: the directory is listed again, and the new file's stamp is not the old") {
        const std::string text = "representatives: []\n";
        fs::remove(folder.files[0]);
        std::ofstream{folder.files[0]} << text;
        CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
        CHECK(listing.calls == 1);
    }
    SUBCASE("while a directory's stamp is no proof, the listing says which files there are") {
        std::vector<CacheEntry> directories = folder.directories();
        SUBCASE("not settled") { directories[0].settled = false; }
        SUBCASE("another time") { directories[0].modified_ns -= 1; }
        SUBCASE("gone") { directories[0].path = (folder.root / "gone").string(); }
        SUBCASE("a file, not a directory") { directories[0].path = folder.files[0]; }
        write_completion_memo(folder.memo, folder.stamps(), directories, folder.answers);
        CHECK(read_completion_memo(folder.memo, listing.function()));
        CHECK(listing.calls == 1);
        for (std::vector<std::string> files :
             {std::vector<std::string>{folder.files[0]}, std::vector<std::string>{folder.files[1], folder.files[0]},
              std::vector<std::string>{folder.files[0], folder.files[1], "c.yaml"}}) {
            listing.files = files;
            CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
        }
    }
    SUBCASE("a stamp that had not settled is no proof") {
        std::vector<CacheEntry> stamps = folder.stamps();
        stamps[0].settled = false;
        write_completion_memo(folder.memo, stamps, folder.directories(), folder.answers);
        CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
    }
    SUBCASE("a broken memo is none") {
        std::ofstream{folder.memo, std::ios::app} << "x";
        CHECK_FALSE(read_completion_memo(folder.memo, listing.function()));
    }
}

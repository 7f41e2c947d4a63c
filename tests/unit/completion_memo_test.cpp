// Completion's memo is used only for the very files it was made from, each with the settled stamp it
// had then; anything else (a file written since, one more or one fewer, a stamp not settled) reads as
// no memo, and the data is loaded.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>
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
};
}  // namespace

TEST_CASE("completion's memo answers for the files it was made from while their stamps are unchanged") {
    MemoFolder folder;
    write_completion_memo(folder.memo, folder.stamps(), folder.answers);
    REQUIRE(fs::exists(folder.memo));
    CHECK((fs::status(folder.memo).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);

    SUBCASE("the same files, unchanged") {
        const auto kept = read_completion_memo(folder.memo, folder.files);
        REQUIRE(kept);
        CHECK(completion_answer(*kept, "reps") == "asa\tÅsa\n");
        CHECK(completion_answer(*kept, "language") == "sv");
        CHECK(completion_answer(*kept, "roles").empty());
    }
    SUBCASE("a file written since: its status change time is new") {
        std::ofstream{folder.files[1], std::ios::app} << "# edited\n";
        CHECK_FALSE(read_completion_memo(folder.memo, folder.files));
    }
    SUBCASE("another set of files: one fewer, one more, or in another order") {
        CHECK_FALSE(read_completion_memo(folder.memo, {folder.files[0]}));
        CHECK_FALSE(read_completion_memo(folder.memo, {folder.files[1], folder.files[0]}));
        std::vector<std::string> more = folder.files;
        more.push_back((folder.root / "c.yaml").string());
        std::ofstream{more.back()} << "roles: []\n";
        CHECK_FALSE(read_completion_memo(folder.memo, more));
    }
    SUBCASE("a stamp that had not settled is no proof") {
        std::vector<CacheEntry> stamps = folder.stamps();
        stamps[0].settled = false;
        write_completion_memo(folder.memo, stamps, folder.answers);
        CHECK_FALSE(read_completion_memo(folder.memo, folder.files));
    }
    SUBCASE("a broken memo is none") {
        std::ofstream{folder.memo, std::ios::app} << "x";
        CHECK_FALSE(read_completion_memo(folder.memo, folder.files));
    }
}

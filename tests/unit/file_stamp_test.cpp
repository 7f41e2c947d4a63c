// A file stamped by its name in its open directory (FileStamper) has the stamp stat gives by its whole path.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <unistd.h>

#include "load/file_stamp.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
struct StampFolder {
    fs::path root = fs::temp_directory_path() / fmt::format("repjourney-stamp-{}", ::getpid());

    StampFolder() {
        fs::remove_all(root);
        fs::create_directories(root / "people");
        fs::create_directories(root / "roles");
        for (const char* name : {"people/anna.yaml", "people/bo.yaml", "roles/chair.yaml", "top.yaml"})
            std::ofstream{root / name} << name << "\n";
    }
    ~StampFolder() { fs::remove_all(root); }
    std::string path(const char* name) const { return (root / name).string(); }
};

void check_alike(const std::optional<CacheEntry>& a, const std::optional<CacheEntry>& b) {
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->path == b->path);
    CHECK(same_stamp(*a, *b));
    CHECK(a->settled == b->settled);
}
}  // namespace

TEST_CASE("a stamper gives each file the stamp stat gives, as it moves from directory to directory") {
    StampFolder folder;
    FileStamper stamper;
    for (const char* name :
         {"people/anna.yaml", "people/bo.yaml", "roles/chair.yaml", "people/anna.yaml", "top.yaml", "people/bo.yaml"}) {
        CAPTURE(name);
        check_alike(stamper.stamp(folder.path(name)), stamp_of(folder.path(name)));
    }
    SUBCASE("a file written since has another stamp, in a directory already open") {
        const auto before = stamper.stamp(folder.path("people/anna.yaml"));
        std::ofstream{folder.root / "people/anna.yaml", std::ios::app} << "more\n";
        const auto after = stamper.stamp(folder.path("people/anna.yaml"));
        REQUIRE(before);
        REQUIRE(after);
        CHECK_FALSE(same_stamp(*before, *after));
    }
    SUBCASE("no stamp for a missing file, a directory or a file in a missing directory") {
        CHECK_FALSE(stamper.stamp(folder.path("people/nobody.yaml")));
        CHECK_FALSE(stamper.stamp(folder.path("people")));
        CHECK_FALSE(stamper.stamp(folder.path("gone/x.yaml")));
        check_alike(stamper.stamp(folder.path("people/bo.yaml")), stamp_of(folder.path("people/bo.yaml")));
    }
    SUBCASE("a symbolic link is followed, as stat follows it") {
        fs::create_symlink(folder.root / "roles/chair.yaml", folder.root / "people/link.yaml");
        const auto linked = stamper.stamp(folder.path("people/link.yaml"));
        REQUIRE(linked);
        CHECK(same_stamp(*linked, *stamp_of(folder.path("roles/chair.yaml"))));
    }
    SUBCASE("a name without a directory is looked up where the program runs") {
        const fs::path before = fs::current_path();
        fs::current_path(folder.root);
        check_alike(stamper.stamp("top.yaml"), stamp_of("top.yaml"));
        fs::current_path(before);
    }
}

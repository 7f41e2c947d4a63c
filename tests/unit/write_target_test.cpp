#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "diagnostics/error.hpp"
#include "record/write_target.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
// A fresh directory under the system's temporary directory, removed at the end of the test.
struct ScratchDirectory {
    fs::path path;
    ScratchDirectory() {
        std::string name = (fs::temp_directory_path() / "repjourney-write-target-XXXXXX").string();
        path = ::mkdtemp(name.data());
    }
    ~ScratchDirectory() { fs::remove_all(path); }
};

int status_of(const fs::path& path) {
    try {
        resolve_write_target(path);
    } catch (const Error& e) {
        return e.status();
    }
    return 0;
}
}  // namespace

TEST_CASE("standard output and error by name are written through to the descriptor") {
    for (const auto& [name, descriptor] :
         {std::pair{"/dev/stdout", 1}, {"/dev/stderr", 2}, {"/dev/fd/1", 1}, {"/proc/self/fd/2", 2}}) {
        const WriteTarget target = resolve_write_target(name);
        CHECK(target.kind == WriteTarget::Kind::write_through);
        CHECK(target.descriptor == descriptor);
    }
}

TEST_CASE("a regular file is replaced, a new one created, anything else refused") {
    const ScratchDirectory dir;
    const fs::path file = dir.path / "report.html";
    CHECK(resolve_write_target(file).kind == WriteTarget::Kind::new_file);
    std::ofstream{file} << "old";
    CHECK(resolve_write_target(file).kind == WriteTarget::Kind::regular_file);

    const fs::path fifo = dir.path / "report.fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(status_of(fifo) == exit_cant_create);
    CHECK(status_of(dir.path) == exit_cant_create);
}

TEST_CASE("a link is followed to the real file; a link to nothing is refused") {
    const ScratchDirectory dir;
    const fs::path real = dir.path / "real.yaml";
    std::ofstream{real} << "events: []\n";
    fs::create_symlink("real.yaml", dir.path / "link.yaml");
    const WriteTarget target = resolve_write_target(dir.path / "link.yaml");
    CHECK(target.kind == WriteTarget::Kind::regular_file);
    CHECK(target.path == fs::canonical(real));
    fs::create_symlink("nowhere.yaml", dir.path / "dangling.yaml");
    CHECK(status_of(dir.path / "dangling.yaml") == exit_cant_create);
}

TEST_CASE("the mode bits decide what is read-only, for root too") {
    struct stat info {};
    info.st_uid = ::geteuid();
    info.st_gid = ::getegid();
    info.st_mode = S_IFREG | 0644;
    CHECK(writable_by_mode(info));
    info.st_mode = S_IFREG | 0444;
    CHECK_FALSE(writable_by_mode(info));
    if (::geteuid() != 0) {
        info.st_uid = ::geteuid() + 1;  // someone else's file, shared with our group
        info.st_mode = S_IFREG | 0660;
        CHECK(writable_by_mode(info));
        info.st_mode = S_IFREG | 0640;
        CHECK_FALSE(writable_by_mode(info));
    }
}

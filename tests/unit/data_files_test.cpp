#include <doctest/doctest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "diagnostics/error.hpp"
#include "load/data_files.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

TEST_CASE("more data files than the limit is an error, found without listing them all") {
    const fs::path dir = fs::temp_directory_path() / fmt::format("repjourney-files-{}", ::getpid());
    fs::create_directories(dir / "people");
    for (int i = 0; i < 5; ++i) std::ofstream{dir / "people" / fmt::format("p{}.yaml", i)} << "representatives: []\n";
    std::ofstream{dir / "people" / "notes.txt"} << "not data\n";
    CHECK(find_data_files({dir.string()}, 5).files.size() == 5);
    try {
        find_data_files({dir.string()}, 4);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.status() == exit_data);
        CHECK(std::string{e.what()} == "more than 4 data files; is the data path the right directory?");
    }
    fs::remove_all(dir);
}

namespace {
// A data tree: files in sorted order below subdirectories, hidden entries, other
// files, a link to a file (read once), a link back up the tree (not followed twice),
// and links to nothing: one a data file's name (listed, so reading it says what is
// wrong), one not (ignored; it must not make the directory unreadable).
fs::path make_tree() {
    const fs::path dir = fs::temp_directory_path() / fmt::format("repjourney-tree-{}", ::getpid());
    fs::remove_all(dir);
    fs::create_directories(dir / "people" / "north");
    fs::create_directories(dir / ".hidden");
    for (const char* name : {"roles.yaml", "organisation.yml", "people/b.yaml", "people/a-b.yaml", "people/a.yaml",
                             "people/north/z.yaml", ".hidden/x.yaml", "people/.draft.yaml"})
        std::ofstream{dir / name} << "representatives: []\n";
    std::ofstream{dir / "notes.txt"} << "not data\n";
    fs::create_symlink(dir / "roles.yaml", dir / "people" / "roles-link.yaml");
    fs::create_symlink(dir, dir / "people" / "up");
    fs::create_symlink(dir / "nowhere.yaml", dir / "people" / "gone.yaml");
    fs::create_symlink(dir / "nowhere", dir / "people" / "dangling.txt");
    return dir;
}
}  // namespace

// The files found, one per line, so that a failed check shows them.
std::string found(const std::vector<std::string>& paths) {
    return fmt::format("{}", fmt::join(find_data_files(paths).files, "\n"));
}

TEST_CASE("a directory's data files come in sorted path order, each file once, named as given") {
    const fs::path dir = make_tree();
    // roles.yaml was reached first by the link to it.
    const auto expected = [&](const std::string& prefix) {
        std::string files;
        for (const char* name : {"organisation.yml", "people/a-b.yaml", "people/a.yaml", "people/b.yaml",
                                 "people/gone.yaml", "people/north/z.yaml", "people/roles-link.yaml"})
            files += (files.empty() ? "" : "\n") + prefix + name;
        return files;
    };
    const std::string root = dir.string();
    CHECK(found({root}) == expected(root + "/"));
    CHECK(found({root + "/"}) == expected(root + "/"));
    CHECK(found({root + "/people/.."}) == expected(root + "/"));
    CHECK(found({root + "//./"}) == expected(root + "/"));
    const fs::path here = fs::current_path();
    fs::current_path(dir);
    CHECK(found({"."}) == expected(""));
    CHECK(found({"./"}) == expected(""));
    // Through the link back up: the rest of the tree, under the link's name.
    CHECK(found({"people"}) ==
          "people/a-b.yaml\npeople/a.yaml\npeople/b.yaml\npeople/gone.yaml\npeople/north/z.yaml\n"
          "people/roles-link.yaml\npeople/up/organisation.yml");
    CHECK(found({"./roles.yaml", "people/roles-link.yaml"}) == "roles.yaml");
    fs::current_path(here);
    fs::remove_all(dir);
}

namespace {
// A Unix socket bound at path, left there when the descriptor closes.
void make_socket(const fs::path& path) {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    REQUIRE(path.string().size() < sizeof address.sun_path);
    std::strcpy(address.sun_path, path.c_str());
    REQUIRE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0);
    ::close(fd);
}

void check_refused(const std::string& path, const std::string& message) {
    try {
        find_data_files({path});
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.status() == exit_no_input);
        CHECK(std::string{e.what()} == message);
    }
}
}  // namespace

TEST_CASE("a FIFO, a socket or a device with a data file's name is skipped and named; given itself, refused") {
    const fs::path dir = fs::temp_directory_path() / fmt::format("repjourney-special-{}", ::getpid());
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream{dir / "org.yaml"} << "organisation: {name: T}\n";
    REQUIRE(::mkfifo((dir / "fifo.yaml").c_str(), 0600) == 0);
    REQUIRE(::mkfifo((dir / "fifo.txt").c_str(), 0600) == 0);  // not a data file's name: ignored, not named
    make_socket(dir / "socket.yml");
    fs::create_symlink("/dev/null", dir / "null.yaml");  // a link: what it links to counts

    const DataFiles found = find_data_files({dir.string()});
    CHECK(found.files == std::vector<std::string>{dir.string() + "/org.yaml"});
    CHECK(found.empty_directories.empty());
    REQUIRE(found.skipped.size() == 3);
    CHECK(found.skipped[0].path == dir.string() + "/fifo.yaml");
    CHECK(found.skipped[0].kind == "a FIFO (named pipe)");
    CHECK(found.skipped[1].path == dir.string() + "/null.yaml");
    CHECK(found.skipped[1].kind == "a character device");
    CHECK(found.skipped[2].path == dir.string() + "/socket.yml");
    CHECK(found.skipped[2].kind == "a socket");

    check_refused((dir / "fifo.yaml").string(),
                  "data path '" + (dir / "fifo.yaml").string() +
                      "' is a FIFO (named pipe), not a file or directory: only regular files are read, as reading "
                      "it could wait or run forever");
    check_refused("/dev/zero",
                  "data path '/dev/zero' is a character device, not a file or directory: only regular files are "
                  "read, as reading it could wait or run forever");
    fs::remove_all(dir);
}

TEST_CASE("a directory given that holds no data file is named, unless it was read already") {
    const fs::path dir = fs::temp_directory_path() / fmt::format("repjourney-empty-{}", ::getpid());
    fs::remove_all(dir);
    fs::create_directories(dir / "empty");
    fs::create_directories(dir / "other" / "deeper");
    std::ofstream{dir / "other" / "notes.txt"} << "not data\n";
    REQUIRE(::mkfifo((dir / "other" / "fifo.yaml").c_str(), 0600) == 0);  // no data file either
    std::ofstream{dir / "org.yaml"} << "organisation: {name: T}\n";
    const std::string root = dir.string();

    CHECK(find_data_files({root + "/empty"}).empty_directories == std::vector<std::string>{root + "/empty"});
    CHECK(find_data_files({root, root + "/other"}).empty_directories == std::vector<std::string>{});
    CHECK(find_data_files({root + "/other", root}).empty_directories == std::vector<std::string>{root + "/other"});
    CHECK(find_data_files({root, root}).empty_directories.empty());
    fs::remove_all(dir);
}

TEST_CASE("every directory read is stamped, by the path it was read by, as it was before it was read") {
    const fs::path dir = fs::temp_directory_path() / fmt::format("repjourney-dirs-{}", ::getpid());
    fs::remove_all(dir);
    fs::create_directories(dir / "people" / "north");
    fs::create_directories(dir / ".hidden");
    std::ofstream{dir / "roles.yaml"} << "roles: []\n";
    std::ofstream{dir / "people" / "north" / "anna.yaml"} << "representatives: []\n";
    const DataFiles found = find_data_files({dir.string(), (dir / "roles.yaml").string()});
    std::vector<std::string> paths;
    for (const CacheEntry& stamp : found.directories) {
        paths.push_back(stamp.path);
        struct stat info {};
        REQUIRE(::stat(stamp.path.c_str(), &info) == 0);
        CHECK(stamp.inode == info.st_ino);
        CHECK(stamp.modified_ns == std::int64_t{info.st_mtim.tv_sec} * 1'000'000'000 + info.st_mtim.tv_nsec);
    }
    // Not the hidden directory, which is not read; not a file given.
    CHECK(paths == std::vector<std::string>{dir.string(), (dir / "people").string(), (dir / "people/north").string()});
    fs::remove_all(dir);
}

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diagnostics/error.hpp"
#include "load/file_reading.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
// The message read_data_file fails with; it must fail with exit_no_input.
std::string read_failure(const std::string& path) {
    try {
        read_data_file(path);
    } catch (const Error& e) {
        CHECK(e.status() == exit_no_input);
        return e.what();
    }
    FAIL("no error");
    return {};
}
}  // namespace

TEST_CASE("a data file is read whole, also one that says it is empty") {
    const fs::path path = fs::temp_directory_path() / fmt::format("repjourney-read-{}.yaml", ::getpid());
    std::ofstream{path} << "organisation: {name: T}\n";
    CHECK(read_data_file(path.string()) == "organisation: {name: T}\n");
    fs::remove(path);
    // /proc files have size 0 and content: the size is a hint, not a limit.
    const auto status = read_data_file("/proc/self/status");
    REQUIRE(status);
    CHECK(status->starts_with("Name:"));
}

TEST_CASE("what is not a regular file is refused at once, and a read error is exit 66 with the file's name") {
    const fs::path fifo = fs::temp_directory_path() / fmt::format("repjourney-fifo-{}.yaml", ::getpid());
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    // No writer: a blocking open or read would wait forever.
    CHECK(read_failure(fifo.string()) ==
          "cannot read '" + fifo.string() + "': it is a FIFO (named pipe), not a regular file");
    fs::remove(fifo);
    CHECK(read_failure("/dev/zero") == "cannot read '/dev/zero': it is a character device, not a regular file");
    // A regular file of size 0 whose read fails (EIO).
    CHECK(read_failure("/proc/self/mem") == "cannot read '/proc/self/mem': Input/output error");
}

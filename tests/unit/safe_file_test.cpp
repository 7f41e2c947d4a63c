#include "record/safe_file.hpp"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "diagnostics/error.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
fs::path scratch_directory() {
    std::string name = (fs::temp_directory_path() / "repjourney-safe-file-XXXXXX").string();
    return ::mkdtemp(name.data());
}

std::size_t files_in(const fs::path& dir) {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator{dir}, fs::directory_iterator{}));
}
}  // namespace

TEST_CASE("replace_file from a stream: written as it is made, larger than any buffer") {
    const fs::path dir = scratch_directory();
    const fs::path file = dir / "export.json";
    const std::string line(1000, 'x');
    replace_file(file, [&](std::ostream& out) {
        for (int i = 0; i < 300; ++i) out << line << '\n';
    });
    const auto text = read_if_exists(file);
    REQUIRE(text.has_value());
    CHECK(text->size() == 300 * 1001);
    CHECK(fs::status(file).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(files_in(dir) == 1);
    fs::remove_all(dir);
}

TEST_CASE("replace_file from a stream: a failure half-way leaves the file as it was") {
    const fs::path dir = scratch_directory();
    const fs::path file = dir / "export.json";
    replace_file(file, "before");
    CHECK_THROWS_AS(replace_file(file,
                                 [](std::ostream& out) {
                                     out << std::string(200000, 'y');
                                     throw std::runtime_error("renderer failed");
                                 }),
                    std::runtime_error);
    CHECK(read_if_exists(file) == "before");
    CHECK(files_in(dir) == 1);  // no temporary left behind
    fs::remove_all(dir);
}

TEST_CASE("replace_file from a stream: a target it may not replace is an Error") {
    if (!fs::exists("/dev/full")) return;
    CHECK_THROWS_AS(replace_file("/dev/full", [](std::ostream& out) { out << std::string(200000, 'z'); }), Error);
}

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>
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
    CHECK(find_data_files({dir.string()}, 5).size() == 5);
    try {
        find_data_files({dir.string()}, 4);
        FAIL("no error");
    } catch (const Error& e) {
        CHECK(e.status() == exit_data);
        CHECK(std::string{e.what()} == "more than 4 data files; is the data path the right directory?");
    }
    fs::remove_all(dir);
}

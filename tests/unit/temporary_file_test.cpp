#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "record/temporary_file.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
std::string host() {
    std::array<char, 256> name{};
    ::gethostname(name.data(), name.size() - 1);
    return name.data();
}

// A process id that no process has now: a child's, once it has ended and been waited for.
pid_t ended_process() {
    const pid_t child = ::fork();
    if (child == 0) ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}
}  // namespace

TEST_CASE("a temporary file is named for its writer, and only dead writers' files are removed") {
    std::string name = (fs::temp_directory_path() / "repjourney-temporary-XXXXXX").string();
    const fs::path dir = ::mkdtemp(name.data());
    const fs::path file = dir / "events.yaml";

    const TemporaryFile ours = create_temporary_beside(file);
    ::close(ours.descriptor);
    CHECK(fs::path{ours.path}.filename().string().starts_with(".events.yaml.repjourney-tmp." +
                                                              std::to_string(::getpid()) + "." + host() + "."));

    const std::string prefix = ".events.yaml.repjourney-tmp.";
    const fs::path dead = dir / (prefix + std::to_string(ended_process()) + "." + host() + ".AbC123");
    const fs::path other_host = dir / (prefix + std::to_string(ended_process()) + ".elsewhere.AbC123");
    const fs::path other_file =
        dir / (".roles.yaml.repjourney-tmp." + std::to_string(ended_process()) + "." + host() + ".AbC123");
    for (const auto& path : {dead, other_host, other_file}) std::ofstream{path} << "half";

    CHECK(remove_stale_temporaries(file) == 1);
    CHECK_FALSE(fs::exists(dead));
    CHECK(fs::exists(other_host));  // its writer may be running there
    CHECK(fs::exists(other_file));
    CHECK(fs::exists(ours.path));  // ours, and we run
    fs::remove_all(dir);
}

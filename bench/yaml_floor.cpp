// The floor under any yaml-cpp based loader: parse files with YAML::Parser and
// an event handler that does nothing, so no tree and no model is built. A
// loader cannot read the same bytes with yaml-cpp faster than this.
//
//   g++ -O2 -std=c++20 -pthread bench/yaml_floor.cpp -lyaml-cpp -o /tmp/yaml_floor
//   /tmp/yaml_floor [--jobs N] PATH...
//
// A PATH that is a directory stands for its *.yaml and *.yml files, at any depth
// (hidden ones skipped, as repjourney does). With --jobs N the files are parsed on
// N threads, each taking the next file not yet started: the floor for a data set
// of one file per person on every core.
//
// Prints how many events the parser produced, so the work cannot be skipped.

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

class CountingHandler : public YAML::EventHandler {
public:
    unsigned long long events = 0;

    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

bool is_hidden(const std::filesystem::path& path) { return path.filename().string().starts_with('.'); }

bool is_yaml(const std::filesystem::path& path) { return path.extension() == ".yaml" || path.extension() == ".yml"; }

std::vector<std::string> files_of(const std::string& given) {
    namespace fs = std::filesystem;
    if (!fs::is_directory(given)) return {given};
    std::vector<std::string> files;
    for (auto it = fs::recursive_directory_iterator{given}; it != fs::recursive_directory_iterator{}; ++it) {
        if (is_hidden(it->path())) {
            if (it->is_directory()) it.disable_recursion_pending();
        } else if (it->is_regular_file() && is_yaml(it->path())) {
            files.push_back(it->path().string());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

// Parses the file; false (with a message) when it cannot be opened or is not YAML.
bool parse(const std::string& file, CountingHandler& handler) {
    std::ifstream in{file, std::ios::binary};
    if (!in) {
        std::fprintf(stderr, "yaml_floor: cannot open %s\n", file.c_str());
        return false;
    }
    try {
        YAML::Parser parser{in};
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const YAML::Exception& e) {
        std::fprintf(stderr, "%s: %s\n", file.c_str(), e.what());
        return false;
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    unsigned jobs = 1;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--jobs" && i + 1 < argc) {
            jobs = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
        } else {
            const auto found = files_of(arg);
            files.insert(files.end(), found.begin(), found.end());
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: %s [--jobs N] PATH...\n", argv[0]);
        return 64;
    }

    std::atomic<std::size_t> next = 0;
    std::atomic<unsigned long long> events = 0;
    std::atomic<bool> failed = false;
    const auto work = [&] {
        CountingHandler handler;
        for (std::size_t i = next++; i < files.size() && !failed; i = next++)
            if (!parse(files[i], handler)) failed = true;
        events += handler.events;
    };
    std::vector<std::thread> threads;
    for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
    work();
    for (auto& thread : threads) thread.join();
    if (failed) return 65;
    std::printf("%llu parser events in %zu files\n", events.load(), files.size());
    return 0;
}

#pragma once
// What both fuzzers share: one input split into up to three data files, and a
// private directory to write them to, so they are read the way `check` reads them.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "load/loader.hpp"

namespace repjourney::fuzz {

// A line of its own that starts the next file; in a data file it is only a comment.
// tests/fuzz/check_regressions.py splits the same way.
constexpr std::string_view file_separator = "#=== file\n";
constexpr std::size_t max_files = 3;

// The input's files, in order: split at each separator line, up to max_files
// (later separators stay in the last file, as comments).
std::vector<std::string_view> split_files(std::string_view input);

std::string_view as_text(const std::uint8_t* data, std::size_t size);

// A directory of its own under $REPJOURNEY_FUZZ_TMP, else /dev/shm, else $TMPDIR or /tmp; removed at
// exit, but not after a crash (fuzz/run.sh removes its REPJOURNEY_FUZZ_TMP).
class DataDirectory {
public:
    DataDirectory();
    ~DataDirectory();
    DataDirectory(const DataDirectory&) = delete;
    DataDirectory& operator=(const DataDirectory&) = delete;

    // Writes the files as a.yaml, b.yaml, c.yaml and returns their paths, in order.
    std::vector<std::string> write(const std::vector<std::string_view>& files);
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// What `check` does with the data: loads it and formats every diagnostic and the summary.
// Returns the whole text check would print.
std::string check_output(const LoadResult& result);

// The model's records, ids, event marks and file facts, one line each: what two ways of loading the
// same data must agree on, besides the diagnostics.
std::string fingerprint(const LoadResult& result);

// Stops the run with the reason on stderr: libFuzzer saves the input as a crash.
[[noreturn]] void fail(std::string_view what, std::string_view details = {});

}  // namespace repjourney::fuzz

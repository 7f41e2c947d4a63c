#pragma once
// What a data file's bytes must be before yaml-cpp reads them, and the limits that
// keep hostile input to bounded work. The same checks serve a file read whole and a
// file streamed in chunks, so both report the same problem at the same place.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#define XXH_STATIC_LINKING_ONLY  // XXH3_state_t held by value
#include <xxhash.h>

#include "diagnostics/message.hpp"

namespace repjourney {

// Larger than any organisation's data: 200,000 representatives take about 270 MB.
constexpr std::uint64_t max_file_bytes = std::uint64_t{1} << 30;  // 1 GiB
// A data line is short; a megabyte-long one is a generated or binary file.
constexpr std::size_t max_line_bytes = std::size_t{1} << 20;  // 1 MiB
// A national federation with one file per representative has tens of thousands.
constexpr std::size_t max_data_files = 500'000;

struct TextProblem {
    std::uint32_t line = 0;    // 0-based
    std::uint32_t column = 0;  // 0-based byte column
    Message message;
};

// Checks text for NUL bytes, invalid UTF-8, lone carriage returns and overlong lines.
// Fed in chunks that each end at a line end (the last may end without one), so that
// no character or line ending is split between two chunks.
class TextChecker {
public:
    // The first problem in chunk, if any; positions count the chunks fed before.
    std::optional<TextProblem> feed(std::string_view chunk);

private:
    std::uint32_t lines_before_ = 0;
};

// A 64-bit hash of a file's bytes, fed in any pieces: `record` compares it with the file
// it is about to change, to know whether it is still what was read, and the parse cache
// keys each file's parse by it. XXH3: it hashes faster than the file can be read.
class ContentHash {
public:
    ContentHash() { XXH3_64bits_reset(&state_); }
    void feed(std::string_view bytes) { XXH3_64bits_update(&state_, bytes.data(), bytes.size()); }
    std::size_t value() const { return XXH3_64bits_digest(&state_); }

private:
    XXH3_state_t state_;
};

std::size_t content_hash(std::string_view text);

}  // namespace repjourney

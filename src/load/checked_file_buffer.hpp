#pragma once
// A data file streamed to yaml-cpp in chunks of whole lines, each checked and
// hashed before the parser sees it, so a 70 MB file is never held whole.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

#include "load/text_checks.hpp"

namespace repjourney {

class CheckedFileBuffer : public std::streambuf {
public:
    // fd stays the caller's to close.
    explicit CheckedFileBuffer(int fd);

    // The first problem of the text; the stream ends where it was found.
    const std::optional<TextProblem>& problem() const { return problem_; }
    // errno of a failed read, or 0; the stream ends there too.
    int read_error() const { return read_error_; }
    // True when the file held more than max_file_bytes (it grew since its size was told); the stream ends there.
    bool too_large() const { return too_large_; }
    // Of the bytes handed out so far: all of them once the stream has ended cleanly.
    std::size_t content_hash() const { return hash_.value(); }

protected:
    int_type underflow() override;

private:
    // Reads until buffer_ holds a line end after `from`, or the file ends; false on a read error.
    bool fill_to_line_end(std::size_t from);

    int fd_;
    std::vector<char> buffer_;
    std::size_t filled_ = 0;  // bytes of buffer_ read from the file
    std::size_t handed_ = 0;  // of those, the end of what the parser was given
    std::uint64_t read_ = 0;  // bytes read from the file in all
    bool end_of_file_ = false;
    int read_error_ = 0;
    bool too_large_ = false;
    TextChecker checker_;
    ContentHash hash_;
    std::optional<TextProblem> problem_;
};

}  // namespace repjourney

#include "load/checked_file_buffer.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace repjourney {

namespace {
constexpr std::size_t chunk_bytes = std::size_t{1} << 20;
// yaml-cpp reads up to four bytes to tell the text's encoding and puts them back, and those
// may end the previous chunk: so many bytes of it stay in front of the next.
constexpr std::size_t putback_bytes = 4;
}  // namespace

// The buffer exists from the start: memmove and memchr must never see a null pointer, even for no bytes.
CheckedFileBuffer::CheckedFileBuffer(int fd) : fd_(fd), buffer_(chunk_bytes) {}

bool CheckedFileBuffer::fill_to_line_end(std::size_t from) {
    while (!end_of_file_) {
        if (std::memchr(buffer_.data() + from, '\n', filled_ - from)) return true;
        from = filled_;
        // A line longer than the limit needs no more bytes for the checker to say so.
        if (filled_ > max_line_bytes + 1) return true;
        if (buffer_.size() - filled_ < chunk_bytes) buffer_.resize(filled_ + chunk_bytes);
        const ssize_t n = ::read(fd_, buffer_.data() + filled_, buffer_.size() - filled_);
        if (n < 0) {
            if (errno == EINTR) continue;
            read_error_ = errno;
            return false;
        }
        if (n == 0) end_of_file_ = true;
        filled_ += static_cast<std::size_t>(n);
        read_ += static_cast<std::uint64_t>(n);
        if (read_ > max_file_bytes) {
            too_large_ = true;
            return false;
        }
    }
    return true;
}

CheckedFileBuffer::int_type CheckedFileBuffer::underflow() {
    if (problem_ || read_error_ || too_large_) return traits_type::eof();
    // What follows the last line end handed out moves to the front, behind the last few bytes
    // handed out (the putback area), then the buffer is refilled behind it.
    const std::size_t kept = std::min(handed_, putback_bytes);
    std::memmove(buffer_.data(), buffer_.data() + handed_ - kept, filled_ - (handed_ - kept));
    filled_ -= handed_ - kept;
    handed_ = kept;
    if (!fill_to_line_end(kept)) return traits_type::eof();
    std::size_t chunk_end = filled_;  // without a line end the file has ended, or the line is too long
    for (std::size_t i = filled_; i > kept; --i)
        if (buffer_[i - 1] == '\n') {
            chunk_end = i;
            break;
        }
    if (chunk_end == kept) return traits_type::eof();
    const std::string_view text{buffer_.data() + kept, chunk_end - kept};
    problem_ = checker_.feed(text);
    if (problem_) return traits_type::eof();
    hash_.feed(text);
    handed_ = chunk_end;
    setg(buffer_.data(), buffer_.data() + kept, buffer_.data() + chunk_end);
    return traits_type::to_int_type(buffer_[kept]);
}

}  // namespace repjourney

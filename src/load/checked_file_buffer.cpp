#include "load/checked_file_buffer.hpp"

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace repjourney {

namespace {
constexpr std::size_t chunk_bytes = std::size_t{1} << 20;
}

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
    }
    return true;
}

CheckedFileBuffer::int_type CheckedFileBuffer::underflow() {
    if (problem_ || read_error_) return traits_type::eof();
    // What follows the last line end handed out moves to the front, then the buffer is refilled behind it.
    std::memmove(buffer_.data(), buffer_.data() + handed_, filled_ - handed_);
    filled_ -= handed_;
    handed_ = 0;
    if (!fill_to_line_end(0)) return traits_type::eof();
    const char* last_newline = nullptr;
    for (std::size_t i = filled_; i > 0; --i)
        if (buffer_[i - 1] == '\n') {
            last_newline = buffer_.data() + i - 1;
            break;
        }
    // Without a line end the file has ended, or the line is too long and the checker will say so.
    const std::size_t chunk = last_newline ? static_cast<std::size_t>(last_newline - buffer_.data()) + 1 : filled_;
    if (chunk == 0) return traits_type::eof();
    const std::string_view text{buffer_.data(), chunk};
    if ((problem_ = checker_.feed(text))) return traits_type::eof();
    hash_.feed(text);
    handed_ = chunk;
    setg(buffer_.data(), buffer_.data(), buffer_.data() + chunk);
    return traits_type::to_int_type(buffer_[0]);
}

}  // namespace repjourney

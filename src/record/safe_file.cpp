#include "record/safe_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <streambuf>
#include <vector>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/text_checks.hpp"
#include "record/temporary_file.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
// "cannot write 'F': why", with errno's why.
Message os_error(MessageId what, const fs::path& path) {
    return Message{what, path.string(), system_error_message(errno)};
}

void write_all(int fd, std::string_view text, const fs::path& path) {
    while (!text.empty()) {
        const ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) throw Error(exit_cant_create, os_error(MessageId::cannot_write, path));
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}

// Closes a file descriptor on every way out.
struct Descriptor {
    int fd = -1;
    explicit Descriptor(int opened) : fd(opened) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd >= 0) ::close(fd);
    }
};

// An existing regular file opened for reading, or -1 when there is none. Non-blocking, so a
// FIFO put in its place is found by fstat instead of waiting for a writer forever.
int open_regular(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT) return -1;
        throw Error(exit_no_input, os_error(MessageId::cannot_read, file));
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        throw Error(exit_no_input,
                    Message{MessageId::cannot_read, file.string(), Message{MessageId::kind_not_regular}});
    }
    return fd;
}

// Reads fd in pieces to its end, handing each to `use`.
template <typename Use>
void read_pieces(int fd, const fs::path& file, Use use) {
    std::vector<char> piece(std::size_t{1} << 20);
    for (;;) {
        const ssize_t n = ::read(fd, piece.data(), piece.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw Error(exit_no_input, os_error(MessageId::cannot_read, file));
        if (n == 0) return;
        use(std::string_view{piece.data(), static_cast<std::size_t>(n)});
    }
}

// Writes the new contents to fd; path names the file in errors.
using ContentWriter = std::function<void(int fd, const fs::path& path)>;

// A stream's buffer that goes to a file descriptor with write_all whenever it is full.
class DescriptorBuffer : public std::streambuf {
public:
    DescriptorBuffer(int fd, const fs::path& path) : fd_(fd), path_(path) { restart(); }
    // Writes what is buffered; throws Error(exit_cant_create).
    void write_out() {
        write_all(fd_, {pbase(), static_cast<std::size_t>(pptr() - pbase())}, path_);
        restart();
    }

protected:
    int_type overflow(int_type c) override {
        write_out();
        if (!traits_type::eq_int_type(c, traits_type::eof())) {
            *pptr() = traits_type::to_char_type(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override {
        write_out();
        return 0;
    }

private:
    void restart() { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

    int fd_;
    const fs::path& path_;
    std::array<char, std::size_t{1} << 16> buffer_{};
};

ContentWriter parts_writer(std::initializer_list<std::string_view> parts) {
    return [parts](int fd, const fs::path& path) {
        for (const std::string_view part : parts) write_all(fd, part, path);
    };
}

void write_through(const WriteTarget& target, const ContentWriter& write) {
    Descriptor opened{target.descriptor >= 0 ? -1 : ::open(target.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC)};
    const int fd = target.descriptor >= 0 ? target.descriptor : opened.fd;
    if (fd < 0) throw Error(exit_cant_create, os_error(MessageId::cannot_write, target.path));
    write(fd, target.path);
}

// As root, the new copy keeps the original's owner and group; anyone else keeps its group
// when a member of it (a team's shared folder), and otherwise the copy is theirs.
void keep_owner(int fd, const WriteTarget& target, const std::string& temporary) {
    if (target.kind != WriteTarget::Kind::regular_file) return;
    const struct stat& original = target.existing;
    if (::geteuid() == 0) {
        if (::fchown(fd, original.st_uid, original.st_gid) != 0)
            throw Error(exit_cant_create, os_error(MessageId::cannot_give_owner_back, temporary));
    } else if (original.st_gid != ::getegid()) {
        (void)::fchown(fd, static_cast<uid_t>(-1), original.st_gid);
    }
}
}  // namespace

std::optional<std::string> read_if_exists(const fs::path& file) {
    const Descriptor input{open_regular(file)};
    if (input.fd < 0) return std::nullopt;
    struct stat info {};
    std::string text;
    // Sized once: a 70 MB file grown as it is read would for a moment take twice that.
    if (::fstat(input.fd, &info) == 0) text.reserve(static_cast<std::size_t>(info.st_size));
    read_pieces(input.fd, file, [&](std::string_view piece) { text += piece; });
    return text;
}

std::optional<std::size_t> content_hash_if_exists(const fs::path& file) {
    const Descriptor input{open_regular(file)};
    if (input.fd < 0) return std::nullopt;
    ContentHash hash;
    read_pieces(input.fd, file, [&](std::string_view piece) { hash.feed(piece); });
    return hash.value();
}

void replace_file(const fs::path& file, std::string_view text) { replace_file(file, {text}); }

void replace_file(const fs::path& file, std::initializer_list<std::string_view> parts) {
    replace_file(resolve_write_target(file), parts);
}

namespace {
void replace_with(const WriteTarget& target, const ContentWriter& write) {
    if (target.kind == WriteTarget::Kind::write_through) {
        write_through(target, write);
        return;
    }
    const fs::path& file = target.path;
    remove_stale_temporaries(file);
    const mode_t mode = target.kind == WriteTarget::Kind::regular_file ? (target.existing.st_mode & 07777) : 0600;
    TemporaryFile temporary = create_temporary_beside(file);
    int& fd = temporary.descriptor;
    try {
        write(fd, temporary.path);
        keep_owner(fd, target, temporary.path);
        // After fchown, which clears the set-id bits.
        if (::fchmod(fd, mode) != 0)
            throw Error(exit_cant_create, os_error(MessageId::cannot_set_permissions, temporary.path));
        if (::fsync(fd) != 0) throw Error(exit_cant_create, os_error(MessageId::cannot_flush, temporary.path));
        const int closing = fd;
        fd = -1;
        if (::close(closing) != 0) throw Error(exit_cant_create, os_error(MessageId::cannot_close, temporary.path));
        if (::rename(temporary.path.c_str(), file.c_str()) != 0)
            throw Error(exit_cant_create, os_error(MessageId::cannot_replace, file));
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(temporary.path.c_str());
        throw;
    }
    // The rename is durable only once the directory is flushed.
    const fs::path dir = file.parent_path().empty() ? fs::path{"."} : file.parent_path();
    if (const Descriptor dir_fd{::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)}; dir_fd.fd >= 0)
        ::fsync(dir_fd.fd);
}
}  // namespace

void replace_file(const WriteTarget& target, std::initializer_list<std::string_view> parts) {
    replace_with(target, parts_writer(parts));
}

void replace_file(const fs::path& file, const std::function<void(std::ostream&)>& write) {
    replace_with(resolve_write_target(file), [&](int fd, const fs::path& path) {
        DescriptorBuffer buffer{fd, path};
        std::ostream out{&buffer};
        out.exceptions(std::ios::badbit);  // so that write_all's Error comes through as it is
        write(out);
        buffer.write_out();
    });
}

}  // namespace repjourney

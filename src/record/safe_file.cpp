#include "record/safe_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <thread>
#include <vector>

#include "diagnostics/error.hpp"
#include "load/text_checks.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
std::string os_error(const std::string& what, const fs::path& path) {
    return what + " '" + path.string() + "': " + std::strerror(errno);
}

fs::path beside(const fs::path& file, const std::string& hidden_name) {
    return file.parent_path() / ("." + file.filename().string() + hidden_name);
}

void write_all(int fd, std::string_view text, const fs::path& path) {
    while (!text.empty()) {
        const ssize_t written = ::write(fd, text.data(), text.size());
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) throw Error(exit_cant_create, os_error("cannot write", path));
        text.remove_prefix(static_cast<std::size_t>(written));
    }
}
}  // namespace

FileLock::FileLock(const fs::path& file, std::chrono::milliseconds wait) {
    const fs::path lock_path = beside(file, ".lock");
    fd_ = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw Error(exit_cant_create, os_error("cannot create the lock file", lock_path));
    const auto give_up = std::chrono::steady_clock::now() + wait;
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            ::close(fd_);
            throw Error(exit_cant_create, os_error("cannot lock", lock_path));
        }
        if (std::chrono::steady_clock::now() >= give_up) {
            ::close(fd_);
            throw Error(exit_temp_fail, "'" + file.string() + "' is locked by another writer; waited " +
                                            std::to_string(wait.count() / 1000) + " s (try again, or --wait longer)");
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

std::optional<std::string> read_if_exists(const fs::path& file) {
    std::ifstream in{file, std::ios::binary | std::ios::ate};
    if (!in) {
        if (errno == ENOENT) return std::nullopt;
        throw Error(exit_no_input, os_error("cannot read", file));
    }
    // Sized once: a 70 MB file grown as it is read would for a moment take twice that.
    std::string text(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
    in.seekg(0);
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    text.append(std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{});  // it grew meanwhile
    if (in.bad()) throw Error(exit_no_input, os_error("cannot read", file));
    return text;
}

std::optional<std::size_t> content_hash_if_exists(const fs::path& file) {
    std::ifstream in{file, std::ios::binary};
    if (!in) {
        if (errno == ENOENT) return std::nullopt;
        throw Error(exit_no_input, os_error("cannot read", file));
    }
    ContentHash hash;
    std::vector<char> chunk(std::size_t{1} << 20);
    while (in.read(chunk.data(), static_cast<std::streamsize>(chunk.size())) || in.gcount() > 0)
        hash.feed({chunk.data(), static_cast<std::size_t>(in.gcount())});
    if (in.bad()) throw Error(exit_no_input, os_error("cannot read", file));
    return hash.value();
}

void replace_file(const fs::path& file, std::string_view text) { replace_file(file, {text}); }

void replace_file(const fs::path& file, std::initializer_list<std::string_view> parts) {
    struct stat original {};
    const bool exists = ::stat(file.c_str(), &original) == 0;
    const mode_t mode = exists ? (original.st_mode & 07777) : 0600;

    std::string temp = beside(file, ".XXXXXX").string();
    int fd = ::mkstemp(temp.data());
    if (fd < 0) throw Error(exit_cant_create, os_error("cannot create a temporary file beside", file));
    try {
        for (const std::string_view part : parts) write_all(fd, part, temp);
        if (::fchmod(fd, mode) != 0) throw Error(exit_cant_create, os_error("cannot set permissions of", temp));
        if (::fsync(fd) != 0) throw Error(exit_cant_create, os_error("cannot flush", temp));
        const int closing = fd;
        fd = -1;
        if (::close(closing) != 0) throw Error(exit_cant_create, os_error("cannot close", temp));
        if (::rename(temp.c_str(), file.c_str()) != 0) throw Error(exit_cant_create, os_error("cannot replace", file));
    } catch (...) {
        if (fd >= 0) ::close(fd);
        ::unlink(temp.c_str());
        throw;
    }
    // The rename is durable only once the directory is flushed.
    const fs::path dir = file.parent_path().empty() ? fs::path{"."} : file.parent_path();
    if (const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir_fd >= 0) {
        ::fsync(dir_fd);
        ::close(dir_fd);
    }
}

}  // namespace repjourney

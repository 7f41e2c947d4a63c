#include "record/file_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <thread>

#include <fmt/format.h>

#include "diagnostics/error.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void fail(const fs::path& lock_path, const std::string& why) {
    throw Error(exit_cant_create, fmt::format("cannot use the lock file '{}': {}", lock_path.string(), why));
}

// A new lock file is shared as the data file is: its group, and writable by the group when
// the data file is (or, for a new data file, its directory). As root, it also gets the data
// file's owner, so that the organiser can still lock after a root cron job made it.
void share_like(int fd, const fs::path& file) {
    struct stat model {};
    const fs::path dir = file.parent_path().empty() ? fs::path{"."} : file.parent_path();
    if (::stat(file.c_str(), &model) != 0 && ::stat(dir.c_str(), &model) != 0) return;
    const uid_t owner = ::geteuid() == 0 ? model.st_uid : static_cast<uid_t>(-1);
    (void)::fchown(fd, owner, model.st_gid);  // not a member of that group: the lock stays ours alone
    (void)::fchmod(fd, (model.st_mode & S_IWGRP) != 0 ? 0660 : 0600);
}

int open_lock_file(const fs::path& lock_path, const fs::path& file) {
    // flock needs no write access, so an existing lock is opened for reading: a colleague's
    // lock file of mode 0660 or 0640 serves as well as our own.
    constexpr int flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
    for (int attempt = 0; attempt < 3; ++attempt) {
        struct stat info {};
        if (::lstat(lock_path.c_str(), &info) == 0) {
            if (S_ISLNK(info.st_mode)) fail(lock_path, "it is a symbolic link; remove it");
            if (!S_ISREG(info.st_mode)) fail(lock_path, "it is not a regular file; remove it");
            const int fd = ::open(lock_path.c_str(), flags);
            if (fd >= 0) return fd;
            if (errno != ENOENT) break;  // removed meanwhile: make it anew
        } else if (errno == ENOENT) {
            const int fd = ::open(lock_path.c_str(), flags | O_CREAT | O_EXCL, 0600);
            if (fd >= 0) {
                share_like(fd, file);
                return fd;
            }
            if (errno != EEXIST) break;  // made meanwhile: open that one
        } else {
            break;
        }
    }
    if (errno == ELOOP) fail(lock_path, "it is a symbolic link; remove it");
    fail(lock_path, std::strerror(errno));
}
}  // namespace

FileLock::FileLock(const fs::path& file, std::chrono::milliseconds wait) {
    const fs::path lock_path = file.parent_path() / ("." + file.filename().string() + ".lock");
    fd_ = open_lock_file(lock_path, file);
    struct stat info {};
    if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd_);
        fail(lock_path, "it is not a regular file; remove it");
    }
    const auto give_up = std::chrono::steady_clock::now() + wait;
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            const std::string why = std::strerror(errno);
            ::close(fd_);
            fail(lock_path, why);
        }
        if (std::chrono::steady_clock::now() >= give_up) {
            ::close(fd_);
            throw Error(exit_temp_fail, fmt::format("'{}' is locked by another writer; waited {} s (try again, or "
                                                    "--wait longer)",
                                                    file.string(), wait.count() / 1000));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace repjourney

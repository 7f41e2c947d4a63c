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
#include "diagnostics/messages.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
[[noreturn]] void fail(const fs::path& lock_path, Message why) {
    throw Error(exit_cant_create, Message{MessageId::lock_file_unusable, lock_path.string(), std::move(why)});
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
            if (S_ISLNK(info.st_mode)) fail(lock_path, Message{MessageId::lock_is_link});
            if (!S_ISREG(info.st_mode)) fail(lock_path, Message{MessageId::lock_not_regular});
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
    if (errno == ELOOP) fail(lock_path, Message{MessageId::lock_is_link});
    fail(lock_path, system_error_message(errno));
}
}  // namespace

FileLock::FileLock(const fs::path& file, std::chrono::milliseconds wait) {
    const fs::path lock_path = file.parent_path() / ("." + file.filename().string() + ".lock");
    fd_ = open_lock_file(lock_path, file);
    struct stat info {};
    if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd_);
        fail(lock_path, Message{MessageId::lock_not_regular});
    }
    const auto give_up = std::chrono::steady_clock::now() + wait;
    while (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR) {
            Message why = system_error_message(errno);
            ::close(fd_);
            fail(lock_path, std::move(why));
        }
        if (std::chrono::steady_clock::now() >= give_up) {
            ::close(fd_);
            throw Error(exit_temp_fail, Message{MessageId::locked_by_another, file.string(), wait.count() / 1000});
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

FileLock::~FileLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
}

}  // namespace repjourney

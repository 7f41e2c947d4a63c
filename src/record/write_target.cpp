#include "record/write_target.hpp"

#include <sys/sysmacros.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name descriptors this process already
// has; writing to the descriptor keeps the shell's redirection as it is (no rename, no truncation).
int named_descriptor(std::string_view path) {
    if (path == "/dev/stdout") return STDOUT_FILENO;
    if (path == "/dev/stderr") return STDERR_FILENO;
    for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (!path.starts_with(prefix)) continue;
        const std::string_view digits = path.substr(prefix.size());
        int descriptor = -1;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), descriptor);
        if (error == std::errc{} && end == digits.data() + digits.size() && descriptor >= 0) return descriptor;
    }
    return -1;
}

// Linux's null device is character device 1:3 wherever its node is.
bool is_null_device(const struct stat& info) { return S_ISCHR(info.st_mode) && info.st_rdev == makedev(1, 3); }

Message kind_of(mode_t mode) {
    if (S_ISDIR(mode)) return Message{MessageId::kind_directory};
    if (S_ISFIFO(mode)) return Message{MessageId::kind_fifo_short};
    if (S_ISSOCK(mode)) return Message{MessageId::kind_socket};
    if (S_ISCHR(mode)) return Message{MessageId::kind_character_device};
    if (S_ISBLK(mode)) return Message{MessageId::kind_block_device};
    return Message{MessageId::kind_not_regular};
}

bool in_group(gid_t group) {
    if (group == ::getegid()) return true;
    const int count = ::getgroups(0, nullptr);
    if (count <= 0) return false;
    std::vector<gid_t> groups(static_cast<std::size_t>(count));
    const int got = ::getgroups(count, groups.data());
    for (int i = 0; i < got; ++i)
        if (groups[static_cast<std::size_t>(i)] == group) return true;
    return false;
}
}  // namespace

bool writable_by_mode(const struct stat& info) {
    const uid_t user = ::geteuid();
    if (user == 0 || user == info.st_uid) return (info.st_mode & S_IWUSR) != 0;
    if (in_group(info.st_gid)) return (info.st_mode & S_IWGRP) != 0;
    return (info.st_mode & S_IWOTH) != 0;
}

WriteTarget resolve_write_target(const fs::path& file) {
    WriteTarget target;
    target.path = file;
    if (const int descriptor = named_descriptor(file.string()); descriptor >= 0) {
        target.kind = WriteTarget::Kind::write_through;
        target.descriptor = descriptor;
        return target;
    }
    struct stat link {};
    if (::lstat(file.c_str(), &link) != 0) {
        if (errno == ENOENT) return target;  // a new file
        throw Error(exit_cant_create, Message{MessageId::cannot_write, file.string(), system_error_message(errno)});
    }
    if (S_ISLNK(link.st_mode)) {
        std::error_code error;
        target.path = fs::canonical(file, error);
        if (error)
            throw Error(exit_cant_create,
                        Message{MessageId::link_to_nothing, file.string(), system_error_message(error)});
    }
    struct stat& info = target.existing;
    if (::stat(target.path.c_str(), &info) != 0)
        throw Error(exit_cant_create, Message{MessageId::cannot_write, file.string(), system_error_message(errno)});
    if (is_null_device(info)) {
        target.kind = WriteTarget::Kind::write_through;
        return target;
    }
    if (!S_ISREG(info.st_mode))
        throw Error(exit_cant_create, Message{MessageId::not_replaceable, file.string(), kind_of(info.st_mode)});
    if (!writable_by_mode(info))
        throw Error(exit_cant_create,
                    Message{MessageId::read_only_file, file.string(), fmt::format("{:04o}", info.st_mode & 07777)});
    target.kind = WriteTarget::Kind::regular_file;
    return target;
}

}  // namespace repjourney

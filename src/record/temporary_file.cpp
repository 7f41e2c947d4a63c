#include "record/temporary_file.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <memory>
#include <string_view>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
std::string host_name() {
    std::array<char, 256> name{};
    if (::gethostname(name.data(), name.size() - 1) != 0 || name[0] == '\0') return "localhost";
    std::string host{name.data()};
    for (char& c : host)
        if (c == '/') c = '_';
    return host;
}

std::string temporary_prefix(const fs::path& file) { return "." + file.filename().string() + ".repjourney-tmp."; }

fs::path directory_of(const fs::path& file) { return file.parent_path().empty() ? fs::path{"."} : file.parent_path(); }

// The writer's process id when name is one of our temporary names made on this host.
int writer_of(std::string_view name, std::string_view prefix, std::string_view host) {
    if (!name.starts_with(prefix)) return -1;
    name.remove_prefix(prefix.size());
    int pid = -1;
    const auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), pid);
    if (error != std::errc{} || pid <= 0) return -1;
    name.remove_prefix(static_cast<std::size_t>(end - name.data()));
    constexpr std::size_t random_part = 7;  // ".XXXXXX"
    if (!name.starts_with('.') || name.size() < 1 + random_part) return -1;
    if (name.substr(1, name.size() - 1 - random_part) != host) return -1;
    return pid;
}
}  // namespace

TemporaryFile create_temporary_beside(const fs::path& file) {
    TemporaryFile temporary;
    temporary.path =
        (directory_of(file) / (temporary_prefix(file) + std::to_string(::getpid()) + "." + host_name() + ".XXXXXX"))
            .string();
    temporary.descriptor = ::mkostemp(temporary.path.data(), O_CLOEXEC);
    if (temporary.descriptor < 0)
        throw Error(exit_cant_create,
                    Message{MessageId::cannot_create_temporary, file.string(), system_error_message(errno)});
    return temporary;
}

int remove_stale_temporaries(const fs::path& file) {
    const fs::path dir = directory_of(file);
    const std::unique_ptr<DIR, int (*)(DIR*)> handle{::opendir(dir.c_str()), ::closedir};
    if (!handle) return 0;  // the write that follows reports what is wrong with the directory
    const std::string prefix = temporary_prefix(file);
    const std::string host = host_name();
    int removed = 0;
    while (const dirent* entry = ::readdir(handle.get())) {
        const int pid = writer_of(entry->d_name, prefix, host);
        if (pid <= 0 || pid == ::getpid()) continue;
        if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // running, or another user's running process
        struct stat info {};
        if (::fstatat(::dirfd(handle.get()), entry->d_name, &info, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(info.st_mode))
            continue;
        if (::unlinkat(::dirfd(handle.get()), entry->d_name, 0) == 0) ++removed;
    }
    return removed;
}

}  // namespace repjourney

#include "load/new_cache_file.hpp"

#include <chrono>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

namespace repjourney {

bool ours_alone(const std::string& path) {
    struct stat info {};
    return ::lstat(path.c_str(), &info) == 0 && info.st_uid == ::geteuid() && (info.st_mode & 022) == 0;
}

void remove_abandoned_files(const std::filesystem::path& directory) {
    namespace fs = std::filesystem;
    const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours{1};
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator{directory, error}) {
        const std::string name = entry.path().filename().string();
        constexpr std::string_view infix = ".cache.";
        constexpr std::size_t mkstemp_letters = 6;  // what mkstemp puts for XXXXXX
        const auto dot = name.rfind(infix);
        if (dot == std::string::npos || name.size() != dot + infix.size() + mkstemp_letters ||
            !entry.is_regular_file(error))
            continue;
        if (entry.last_write_time(error) < hour_ago && !error) fs::remove(entry.path(), error);
    }
}

std::unique_ptr<NewCacheFile> NewCacheFile::open(const std::string& path, std::string_view program) {
    const std::filesystem::path directory = std::filesystem::path{path}.parent_path();
    ::mkdir(directory.parent_path().c_str(), 0700);  // $XDG_CACHE_HOME may not exist yet
    ::mkdir(directory.c_str(), 0700);
    if (!ours_alone(directory.string())) return nullptr;
    std::string temporary = path + ".XXXXXX";
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0) return nullptr;
    std::FILE* out = ::fdopen(fd, "wb");
    if (!out) {
        ::close(fd);
        ::unlink(temporary.c_str());
        return nullptr;
    }
    return std::unique_ptr<NewCacheFile>(new NewCacheFile(path, std::move(temporary), out, program));
}

NewCacheFile::NewCacheFile(std::string path, std::string temporary, std::FILE* out, std::string_view program)
    : path_(std::move(path)),
      temporary_(std::move(temporary)),
      out_(out),
      writer_{program, [this](std::string_view piece) {
                  written_ = written_ && std::fwrite(piece.data(), 1, piece.size(), out_) == piece.size();
              }} {}

NewCacheFile::~NewCacheFile() {
    if (out_) std::fclose(out_);
    if (!committed_) ::unlink(temporary_.c_str());
}

void NewCacheFile::commit() {
    writer_.finish();
    const bool closed = std::fclose(std::exchange(out_, nullptr)) == 0;
    committed_ = written_ && closed && ::rename(temporary_.c_str(), path_.c_str()) == 0;
}

}  // namespace repjourney

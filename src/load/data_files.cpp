#include "load/data_files.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <utility>

#include <dirent.h>
#include <fmt/format.h>
#include <sys/stat.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/file_stamp.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
bool is_data_file_name(std::string_view name) { return name.ends_with(".yaml") || name.ends_with(".yml"); }

// The files found so far, each with what identifies it, so a file reached twice is read once.
struct Found {
    std::vector<std::pair<std::string, std::string>> files;  // as found, and the canonical path
    std::size_t limit;
    std::vector<SkippedFile> skipped;
    std::vector<std::string> empty_directories;
    std::vector<CacheEntry> directories;

    void add(std::string path, std::string identity) {
        if (files.size() == limit) throw Error(exit_data, Message{MessageId::too_many_data_files, limit});
        files.emplace_back(std::move(path), std::move(identity));
    }
};

std::string canonical_name(const fs::path& path) {
    std::error_code ec;
    const auto canonical = fs::weakly_canonical(path, ec);
    return (ec ? path : canonical).string();
}

// "dir/" for joining names to, written as lexically_normal would write "dir/name".
std::string prefix_for(const std::string& dir) {
    std::string normal = fs::path{dir}.lexically_normal().string();
    if (normal == ".") return {};
    if (!normal.ends_with('/')) normal += '/';
    return normal;
}

struct Entry {
    std::string name;
    bool is_directory = false;  // itself, or what it links to
    bool is_link = false;
    std::string_view special_kind{};  // of it, or what it links to: special_file_kind
};

// The visible entries of a directory, sorted by name. readdir and not
// std::filesystem: the listing's types spare a stat per entry, and no path is
// built and split per entry (a third of a second for 50,000 files).
std::vector<Entry> list_directory(const std::string& dir) {
    const std::unique_ptr<DIR, int (*)(DIR*)> handle{::opendir(dir.c_str()), ::closedir};
    const auto fail = [&] {
        throw Error(exit_no_input, Message{MessageId::cannot_read_directory, dir, system_error_message(errno)});
    };
    if (!handle) fail();
    std::vector<Entry> entries;
    for (;;) {
        errno = 0;  // readdir's end and its failure differ only in errno; the stats below may set it
        const dirent* item = ::readdir(handle.get());
        if (!item) break;
        Entry entry{item->d_name};
        if (entry.name.empty() || entry.name[0] == '.') continue;  // hidden, and . and ..
        entry.is_directory = item->d_type == DT_DIR;
        entry.special_kind = special_file_kind(DTTOIF(item->d_type));
        if (item->d_type == DT_LNK || item->d_type == DT_UNKNOWN) {
            const std::string path = dir + "/" + entry.name;
            struct stat info {};
            entry.is_link = ::lstat(path.c_str(), &info) == 0 && S_ISLNK(info.st_mode);
            const bool found = ::stat(path.c_str(), &info) == 0;
            entry.is_directory = found && S_ISDIR(info.st_mode);
            entry.special_kind = found ? special_file_kind(info.st_mode) : std::string_view{};
        }
        entries.push_back(std::move(entry));
    }
    if (errno != 0) fail();
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
}

// dir is the directory's path as given and followed; prefix is how it is written
// in the file names, "" or ending in '/'. False when it was read before (or cannot be told).
bool collect(const std::string& dir, const std::string& prefix, std::unordered_set<std::string>& visited_dirs,
             Found& out) {
    std::error_code ec;
    std::string canonical = fs::canonical(dir, ec).string();
    if (ec || !visited_dirs.insert(canonical).second) return false;  // a link back up the tree: already read
    if (!canonical.ends_with('/')) canonical += '/';
    // Stamped before it is read: a change while it is read gives it a newer stamp than this.
    if (std::optional<CacheEntry> stamp = directory_stamp_of(dir)) out.directories.push_back(std::move(*stamp));
    for (const Entry& entry : list_directory(dir)) {
        if (entry.is_directory) {
            collect(dir + '/' + entry.name, prefix + entry.name + '/', visited_dirs, out);
        } else if (is_data_file_name(entry.name)) {
            if (entry.special_kind.empty())
                out.add(prefix + entry.name,
                        entry.is_link ? canonical_name(dir + '/' + entry.name) : canonical + entry.name);
            else
                out.skipped.push_back({prefix + entry.name, entry.special_kind});
        }
    }
    return true;
}
}  // namespace

std::string_view special_file_kind(mode_t mode) {
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    return {};
}

Message special_file_kind_words(std::string_view kind) {
    if (kind == "a FIFO (named pipe)") return Message{MessageId::kind_fifo};
    if (kind == "a socket") return Message{MessageId::kind_socket};
    if (kind == "a character device") return Message{MessageId::kind_character_device};
    if (kind == "a block device") return Message{MessageId::kind_block_device};
    if (kind.empty()) return Message{MessageId::kind_directory};
    return kind;
}

DataFiles find_data_files(const std::vector<std::string>& paths, std::size_t limit) {
    Found found{{}, limit, {}, {}, {}};
    std::unordered_set<std::string> visited_dirs;
    for (const auto& given : paths) {
        struct stat info {};
        if (::stat(given.c_str(), &info) != 0) throw Error(exit_no_input, Message{MessageId::data_path_missing, given});
        if (const auto kind = special_file_kind(info.st_mode); !kind.empty())
            throw Error(exit_no_input, Message{MessageId::data_path_special, given, special_file_kind_words(kind)});
        if (S_ISDIR(info.st_mode)) {
            const std::size_t before = found.files.size();
            if (collect(given, prefix_for(given), visited_dirs, found) && found.files.size() == before)
                found.empty_directories.push_back(given);
        } else {
            found.add(fs::path{given}.lexically_normal().string(), canonical_name(given));
        }
    }
    DataFiles data{{}, std::move(found.skipped), std::move(found.empty_directories), std::move(found.directories)};
    std::unordered_set<std::string> seen;
    seen.reserve(found.files.size());
    data.files.reserve(found.files.size());
    for (auto& [path, identity] : found.files)
        if (seen.insert(std::move(identity)).second) data.files.push_back(std::move(path));
    return data;
}

}  // namespace repjourney

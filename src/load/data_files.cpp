#include "load/data_files.hpp"

#include <algorithm>
#include <filesystem>
#include <set>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>

#include "diagnostics/error.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
bool is_data_file_name(const fs::path& path) {
    const auto ext = path.extension();
    return ext == ".yaml" || ext == ".yml";
}

// The files found so far, each with what identifies it, so a file reached twice is read once.
struct Found {
    std::vector<std::pair<fs::path, std::string>> files;  // as found, and the canonical path
    std::size_t limit;

    void add(fs::path path, std::string identity) {
        if (files.size() == limit)
            throw Error(exit_data,
                        fmt::format("more than {} data files; is the data path the right directory?", limit));
        files.emplace_back(std::move(path), std::move(identity));
    }
};

std::string canonical_name(const fs::path& path) {
    std::error_code ec;
    const auto canonical = fs::weakly_canonical(path, ec);
    return (ec ? path : canonical).string();
}

void collect(const fs::path& dir, std::set<fs::path>& visited_dirs, Found& out) {
    std::error_code ec;
    const auto canonical = fs::canonical(dir, ec);
    if (ec || !visited_dirs.insert(canonical).second) return;  // a link back up the tree: already read
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it{dir, ec}, end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') continue;
        entries.push_back(*it);
    }
    if (ec) throw Error(exit_no_input, "cannot read directory '" + dir.string() + "': " + ec.message());
    std::sort(entries.begin(), entries.end());
    // The entries' types come with the directory listing: only links cost a look at what they point to.
    for (const auto& entry : entries) {
        if (entry.is_directory(ec))
            collect(entry.path(), visited_dirs, out);
        else if (is_data_file_name(entry.path()))
            out.add(entry.path(), entry.is_symlink(ec) ? canonical_name(entry.path())
                                                       : (canonical / entry.path().filename()).string());
    }
}
}  // namespace

std::vector<std::string> find_data_files(const std::vector<std::string>& paths, std::size_t limit) {
    Found found{{}, limit};
    std::set<fs::path> visited_dirs;
    for (const auto& given : paths) {
        std::error_code ec;
        const auto status = fs::status(given, ec);
        if (ec || !fs::exists(status)) throw Error(exit_no_input, "data path '" + given + "' does not exist");
        if (fs::is_directory(status))
            collect(given, visited_dirs, found);
        else
            found.add(given, canonical_name(given));
    }
    std::vector<std::string> files;
    std::unordered_set<std::string> seen;
    for (auto& [path, identity] : found.files)
        if (seen.insert(std::move(identity)).second) files.push_back(path.lexically_normal().string());
    return files;
}

}  // namespace repjourney

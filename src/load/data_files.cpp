#include "load/data_files.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "diagnostics/error.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
bool is_data_file_name(const fs::path& path) {
    const auto ext = path.extension();
    return ext == ".yaml" || ext == ".yml";
}

struct Found {
    std::vector<fs::path> files;
    std::size_t limit;

    void add(fs::path path) {
        if (files.size() == limit)
            throw Error(exit_data, fmt::format("more than {} data files; is the data path the right directory?", limit));
        files.push_back(std::move(path));
    }
};

void collect(const fs::path& dir, std::set<fs::path>& visited_dirs, Found& out) {
    std::error_code ec;
    const auto canonical = fs::canonical(dir, ec);
    if (ec || !visited_dirs.insert(canonical).second) return;  // a link back up the tree: already read
    std::vector<fs::path> entries;
    for (fs::directory_iterator it{dir, ec}, end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') continue;
        entries.push_back(it->path());
    }
    if (ec) throw Error(exit_no_input, "cannot read directory '" + dir.string() + "': " + ec.message());
    std::sort(entries.begin(), entries.end());
    for (const auto& entry : entries) {
        if (fs::is_directory(entry, ec))
            collect(entry, visited_dirs, out);
        else if (is_data_file_name(entry))
            out.add(entry);
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
            found.add(given);
    }
    std::vector<std::string> files;
    std::set<fs::path> seen;
    for (const auto& path : found.files) {
        std::error_code ec;
        const auto canonical = fs::weakly_canonical(path, ec);
        if (seen.insert(ec ? path : canonical).second) files.push_back(path.lexically_normal().string());
    }
    return files;
}

}  // namespace repjourney

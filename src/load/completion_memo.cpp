#include "load/completion_memo.hpp"

#include <algorithm>
#include <future>
#include <span>

#include "load/cache_file_bytes.hpp"
#include "load/file_stamp.hpp"
#include "load/new_cache_file.hpp"
#include "load/parse_cache.hpp"

namespace repjourney {

namespace {
// Not the parse cache's program: neither file can be read as the other. The memo is a cache file
// (see CacheFileWriter): an entry named "files" whose size is the number of data files whose stamps
// follow, one named "directories" likewise for the directories they were found in, then the answers,
// each an entry named by its key.
std::string memo_program() { return parse_cache_program() + " completion, with directories"; }
constexpr std::string_view files_entry = "files";
constexpr std::string_view directories_entry = "directories";

// The memo's entries, in its three parts.
struct MemoParts {
    std::span<const CacheEntry> files;
    std::span<const CacheEntry> directories;
    std::span<const CacheEntry> answers;
};

// A count entry with its name, and that many entries after it.
std::optional<std::span<const CacheEntry>> counted(std::span<const CacheEntry> entries, std::string_view name) {
    if (entries.empty() || entries.front().path != name || entries.front().size >= entries.size()) return std::nullopt;
    return entries.subspan(1, entries.front().size);
}

std::optional<MemoParts> parts_of(const std::vector<CacheEntry>& entries) {
    const auto files = counted(entries, files_entry);
    if (!files) return std::nullopt;
    const auto directories = counted(std::span{entries}.subspan(files->size() + 1), directories_entry);
    if (!directories) return std::nullopt;
    return MemoParts{*files, *directories, std::span{entries}.subspan(files->size() + directories->size() + 2)};
}

// Whether each directory has the settled stamp it had: nothing added, removed or renamed in it since.
bool same_directories(std::span<const CacheEntry> directories) {
    return std::all_of(directories.begin(), directories.end(), [](const CacheEntry& stamp) {
        const std::optional<CacheEntry> now = directory_stamp_of(stamp.path);
        return stamp.settled && now && same_stamp(*now, stamp);
    });
}

// Whether each of the files from first to last has the settled stamp of the memo's entry for it: the
// files listed, or the memo's own when listed is null.
bool unchanged(std::span<const CacheEntry> stamps, const std::vector<std::string>* listed, std::size_t first,
               std::size_t last) {
    FileStamper stamper;
    for (std::size_t i = first; i < last; ++i) {
        const CacheEntry& stamp = stamps[i];
        const std::string& file = listed ? (*listed)[i] : stamp.path;
        const std::optional<CacheEntry> now = stamper.stamp(file);
        if (stamp.path != file || !stamp.settled || !now || !same_stamp(*now, stamp)) return false;
    }
    return true;
}

CacheEntry count_entry(std::string_view name, std::size_t count) {
    CacheEntry entry;
    entry.path = name;
    entry.size = count;
    return entry;
}
}  // namespace

std::string completion_memo_file(const std::string& directory, const std::vector<std::string>& data_paths) {
    std::string cache = parse_cache_file(directory, data_paths);
    return cache.insert(cache.size() - std::string_view{".cache"}.size(), ".complete");
}

std::optional<CompletionAnswers> read_completion_memo(const std::string& memo, const ListFiles& list_files) {
    const std::string directory = memo.substr(0, memo.rfind('/'));
    if (!ours_alone(directory) || !ours_alone(memo)) return std::nullopt;
    const CacheFileBytes bytes{memo};  // the answers' bytes, until they are copied out
    const std::optional<std::vector<CacheEntry>> entries = read_cache_file_bytes(bytes.bytes(), memo_program());
    if (!entries) return std::nullopt;
    const std::optional<MemoParts> parts = parts_of(*entries);
    if (!parts) return std::nullopt;
    std::optional<std::vector<std::string>> listed;  // none while the memo's own list of files stands
    if (!same_directories(parts->directories)) {
        listed = list_files();
        if (listed->size() != parts->files.size()) return std::nullopt;
    }
    const std::vector<std::string>* files = listed ? &*listed : nullptr;
    // Half the files stamped on a second thread: fifty thousand stat calls are most of a TAB's time.
    const std::size_t count = parts->files.size();
    const std::size_t half = count / 2;
    std::future<bool> first_half =
        std::async(std::launch::async, [&] { return unchanged(parts->files, files, 0, half); });
    const bool second_half = unchanged(parts->files, files, half, count);
    if (!first_half.get() || !second_half) return std::nullopt;
    CompletionAnswers answers;
    for (const CacheEntry& entry : parts->answers) answers.emplace_back(entry.path, entry.parse);
    return answers;
}

void write_completion_memo(const std::string& memo, const std::vector<CacheEntry>& stamps,
                           const std::vector<CacheEntry>& directories, const CompletionAnswers& answers) noexcept {
    try {
        const std::unique_ptr<NewCacheFile> file = NewCacheFile::open(memo, memo_program());
        if (!file) return;
        file->add(count_entry(files_entry, stamps.size()));
        for (const CacheEntry& stamp : stamps) file->add(stamp);
        file->add(count_entry(directories_entry, directories.size()));
        for (const CacheEntry& stamp : directories) file->add(stamp);
        for (const auto& [key, answer] : answers) {
            CacheEntry entry;
            entry.path = key;
            entry.parse = answer;
            file->add(entry);
        }
        file->commit();
    } catch (...) {
        // No memo is the worst a failure here may cause.
    }
}

std::string_view completion_answer(const CompletionAnswers& answers, std::string_view key) {
    const auto found = std::find_if(answers.begin(), answers.end(), [&](const auto& a) { return a.first == key; });
    return found == answers.end() ? std::string_view{} : std::string_view{found->second};
}

}  // namespace repjourney

#include "load/completion_memo.hpp"

#include <algorithm>
#include <fstream>
#include <future>
#include <sstream>

#include "load/file_stamp.hpp"
#include "load/new_cache_file.hpp"
#include "load/parse_cache.hpp"

namespace repjourney {

namespace {
// Not the parse cache's program: neither file can be read as the other. The memo is a cache file
// (see CacheFileWriter) whose first entry, named this, has for its size the number of data files
// whose stamps follow; then come the answers, each an entry named by its key.
std::string memo_program() { return parse_cache_program() + " completion"; }
constexpr std::string_view count_entry = "files";

// Whether each of files from first to last has the settled stamp of the next entry after them.
bool unchanged(const std::vector<std::string>& files, const std::vector<CacheEntry>& entries, std::size_t first,
               std::size_t last) {
    FileStamper stamper;
    for (std::size_t i = first; i < last; ++i) {
        const CacheEntry& stamp = entries[i + 1];
        const std::optional<CacheEntry> now = stamper.stamp(files[i]);
        if (stamp.path != files[i] || !stamp.settled || !now || !same_stamp(*now, stamp)) return false;
    }
    return true;
}
}  // namespace

std::string completion_memo_file(const std::string& directory, const std::vector<std::string>& data_paths) {
    std::string cache = parse_cache_file(directory, data_paths);
    return cache.insert(cache.size() - std::string_view{".cache"}.size(), ".complete");
}

std::optional<CompletionAnswers> read_completion_memo(const std::string& memo, const std::vector<std::string>& files) {
    const std::string directory = memo.substr(0, memo.rfind('/'));
    if (!ours_alone(directory) || !ours_alone(memo)) return std::nullopt;
    std::ifstream in{memo, std::ios::binary};
    std::ostringstream read;
    read << in.rdbuf();
    const std::string bytes = std::move(read).str();
    std::optional<std::vector<CacheEntry>> entries = read_cache_file_bytes(bytes, memo_program());
    if (!entries || entries->size() <= files.size() || entries->front().path != count_entry ||
        entries->front().size != files.size())
        return std::nullopt;
    // Half the files stamped on a second thread: fifty thousand stat calls are most of a TAB's time.
    const std::size_t half = files.size() / 2;
    std::future<bool> first_half = std::async(std::launch::async, [&] { return unchanged(files, *entries, 0, half); });
    const bool second_half = unchanged(files, *entries, half, files.size());
    if (!first_half.get() || !second_half) return std::nullopt;
    CompletionAnswers answers;
    for (auto entry = entries->begin() + static_cast<std::ptrdiff_t>(files.size() + 1); entry != entries->end();
         ++entry)
        answers.emplace_back(entry->path, entry->parse);
    return answers;
}

void write_completion_memo(const std::string& memo, const std::vector<CacheEntry>& stamps,
                           const CompletionAnswers& answers) noexcept {
    try {
        const std::unique_ptr<NewCacheFile> file = NewCacheFile::open(memo, memo_program());
        if (!file) return;
        CacheEntry count;
        count.path = count_entry;
        count.size = stamps.size();
        file->add(count);
        for (const CacheEntry& stamp : stamps) file->add(stamp);
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

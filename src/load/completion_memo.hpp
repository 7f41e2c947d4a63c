#pragma once
// What shell completion answered for a data set, kept in the cache directory beside the data set's
// parse cache with the stamps of its files and of the directories they were found in. While the data
// set is the same files and each one's settled stamp is unchanged (see CacheEntry), TAB prints the
// answer kept without reading a data file or the parse cache; while each directory's settled stamp is
// unchanged too, nothing was added, removed or renamed in it, so its files are not even listed again:
// on fifty thousand files, the time to stat them.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/cache_file.hpp"

namespace repjourney {

// Each answer by its key (a kind of id, and what else the answers need).
using CompletionAnswers = std::vector<std::pair<std::string, std::string>>;

// The memo's file for these data paths, beside parse_cache_file's.
std::string completion_memo_file(const std::string& directory, const std::vector<std::string>& data_paths);

// The data files now, in order, as find_data_files lists them.
using ListFiles = std::function<std::vector<std::string>()>;

// The answers in the memo, when it was made from exactly the data files there are now, in this order, and
// each still has the stamp it had then; nothing otherwise, or when there is no memo, or it is broken or
// not ours alone. The files are the memo's own while every directory it names has its settled stamp
// still; else list_files tells them.
std::optional<CompletionAnswers> read_completion_memo(const std::string& memo, const ListFiles& list_files);

// Keeps answers made from the files whose stamps (ParseCache::settled_stamps: settled, and taken
// before the files were read) are stamps, found in the directories whose stamps (DataFiles::directories)
// are directories. Never fails: a memo that cannot be written is not there.
void write_completion_memo(const std::string& memo, const std::vector<CacheEntry>& stamps,
                           const std::vector<CacheEntry>& directories, const CompletionAnswers& answers) noexcept;

// The answer of key among answers; empty when there is none.
std::string_view completion_answer(const CompletionAnswers& answers, std::string_view key);

}  // namespace repjourney

#pragma once
// What shell completion offers (`__complete KIND`), one "id<TAB>name" a line, for every kind at once:
// what completion's memo keeps (see completion_memo.hpp).

#include <string>
#include <vector>

#include "load/completion_memo.hpp"
#include "load/loader.hpp"
#include "model/language.hpp"

namespace repjourney {

// Every kind's answer from the data, under its kind's name; the exit reasons under
// exit_reasons_key, once in each language; and "language", the data's, when it names one.
CompletionAnswers completion_answers(const Model& model);

// Exit reasons are named in the language of the run's messages: --lang, else the organisation's (as
// `leave` and the reports name them).
std::string exit_reasons_key(Language language);
std::string exit_reason_lines(const std::vector<ExitReason>& reasons, Language language);

// Keeps the answers of a load through the parse cache in completion's memo, when every file's stamp had
// settled and (unless always) the load wrote the cache anew: else the memo already holds them, or
// cannot. Any command that loads valid data does this, so that the next TAB need not load.
void keep_completion_answers(const std::vector<std::string>& data_paths, const LoadResult& loaded, bool always);

}  // namespace repjourney

#include "cli/completion_answers.hpp"

#include <algorithm>

#include "load/completion_memo.hpp"
#include "load/parse_cache.hpp"
#include "render/words.hpp"
#include "text/printable.hpp"

namespace repjourney {

namespace {
// The shell shows the names beside the ids: one line each, with any control escaped.
void append_line(std::string& lines, std::string_view id, std::string_view name) {
    lines.append(id).append("\t").append(one_line(name)).append("\n");
}

template <typename T, typename Name>
std::string id_lines(const std::vector<T>& items, Name name) {
    std::string lines;
    for (const auto& item : items) append_line(lines, item.id, name(item));
    return lines;
}

std::string milestone_lines(const Model& model) {
    std::vector<std::string_view> seen;  // the same milestone id in several roles is offered once
    std::string lines;
    for (const auto& role : model.roles)
        for (const auto& milestone : role.journey) {
            if (std::find(seen.begin(), seen.end(), milestone.id) != seen.end()) continue;
            seen.push_back(milestone.id);
            append_line(lines, milestone.id, milestone.title);
        }
    return lines;
}

std::string action_lines(const Model& model) {
    const auto& catalogue = model.organisation.recognition.actions;
    std::string lines = id_lines(catalogue, [](const RecognitionAction& a) { return a.title; });
    for (const auto& action : builtin_actions())
        if (std::none_of(catalogue.begin(), catalogue.end(), [&](const auto& a) { return a.id == action.id; }))
            append_line(lines, action.id, action.title);
    return lines;
}
}  // namespace

std::string exit_reason_lines(const std::vector<ExitReason>& reasons, Language language) {
    return id_lines(reasons, [&](const ExitReason& r) { return exit_reason_title(r, language); });
}

std::string exit_reasons_key(Language language) {
    return language == Language::sv ? "exit-reasons sv" : "exit-reasons en";
}

CompletionAnswers completion_answers(const Model& model) {
    CompletionAnswers answers;
    answers.emplace_back("reps", id_lines(model.representatives, [](const Representative& r) { return r.name; }));
    answers.emplace_back("roles", id_lines(model.roles, [](const Role& r) { return r.title; }));
    answers.emplace_back("coordinators",
                         id_lines(model.organisation.coordinators, [](const Coordinator& c) { return c.name; }));
    answers.emplace_back("milestones", milestone_lines(model));
    answers.emplace_back("actions", action_lines(model));
    for (const Language language : {Language::en, Language::sv})
        answers.emplace_back(exit_reasons_key(language), exit_reason_lines(exit_reasons(model.organisation), language));
    if (model.organisation.defined)
        answers.emplace_back("language", model.organisation.language == Language::sv ? "sv" : "en");
    return answers;
}

void keep_completion_answers(const std::vector<std::string>& data_paths, const LoadResult& loaded, bool always) {
    if (!loaded.settled_stamps || !(always || loaded.cache_written) || parse_cache_directory().empty()) return;
    write_completion_memo(completion_memo_file(parse_cache_directory(), data_paths), *loaded.settled_stamps,
                          loaded.directory_stamps, completion_answers(loaded.model));
}

}  // namespace repjourney

// `__complete KIND`: the ids the shell completion scripts offer, one "id<TAB>name" a line. Hidden from --help:
// it is for completion/repjourney.{bash,fish} and _repjourney, not for people.

#include <array>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/completion_answers.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "load/data_files.hpp"
#include "load/parse_cache.hpp"

namespace repjourney {

namespace {
struct CompleteOptions {
    std::string kind;
};

const std::array<std::string_view, 6> kinds = {"reps",       "roles",   "coordinators",
                                               "milestones", "actions", "exit-reasons"};

void print_answer(const CompletionAnswers& answers, std::string_view kind) {
    if (const std::string_view language = completion_answer(answers, "language"); !language.empty())
        use_data_language(language == "sv" ? Language::sv : Language::en);
    std::cout << completion_answer(answers, kind == "exit-reasons" ? exit_reasons_key(message_language()) : kind);
}

// Whatever the data holds, even with errors in it; never a diagnostic, since the shell would print it
// in the middle of the command line. With the cache on, the answers are kept in a memo (see
// completion_memo.hpp) that the next TAB prints while the data's files are unchanged.
int run_complete(const GlobalOptions& global, const CompleteOptions& options) {
    const std::vector<std::string> paths = resolve_data_paths(global);
    const std::string& cache = parse_cache_directory();
    const std::string memo = cache.empty() ? std::string{} : completion_memo_file(cache, paths);
    LoadResult data;
    try {
        if (!memo.empty()) {
            const auto list_files = [&] { return find_data_files(paths).files; };
            if (const std::optional<CompletionAnswers> kept = read_completion_memo(memo, list_files)) {
                print_answer(*kept, options.kind);
                return exit_ok;
            }
        }
        data = load_data(paths, {}, {}, LoadScope::ids);  // no events: only ids are listed
    } catch (const std::exception&) {
        // No data to read yet: the built-in exit reasons are still the ones that apply.
        if (options.kind == "exit-reasons") std::cout << exit_reason_lines(builtin_exit_reasons(), message_language());
        return exit_ok;
    }
    print_answer(completion_answers(data.model), options.kind);
    keep_completion_answers(paths, data, true);
    return exit_ok;
}
}  // namespace

void add_complete_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<CompleteOptions>();
    Command complete = app.subcommand("__complete", "For shell completion: the ids of one kind in the data");
    complete.hide();  // the man page documents it, for completion scripts
    complete.option("KIND", options->kind, "What to list")
        .required()
        .one_of(std::vector<std::string>(kinds.begin(), kinds.end()));
    complete.on_chosen([&, options] { runner = [&global, options] { return run_complete(global, *options); }; });
}

}  // namespace repjourney

#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/completion_answers.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/vacancies.hpp"
#include "load/file_reading.hpp"
#include "load/source_text.hpp"

namespace repjourney {

namespace {
struct CheckOptions {
    bool strict = false;
};

Message count(std::size_t n, MessageId one, MessageId other) {
    return count_message(one, other, static_cast<long long>(n));
}

// A warning at each seat with more holders than its count on the day (SPEC "Mandates"): a day's fact, so
// check finds it here, on valid data, rather than the loader, which knows no day.
std::vector<Diagnostic> over_filled_seats(const Model& model, Date day) {
    std::vector<Diagnostic> warnings;
    if (model.organisation.seats.empty()) return warnings;  // not worth indexing the events for
    for (const SeatFilling& filling : seat_fillings(Snapshot{model, day}, day)) {
        if (!filling.over_filled) continue;
        std::string holders;
        for (const SeatHolder& holder : filling.holders)
            holders += (holders.empty() ? "" : ", ") + holder.representative->id;
        Problem problem;
        problem.severity = Severity::warning;
        problem.mark = filling.seat->mark;
        problem.message =
            Message{MessageId::seat_over_filled, filling.holders.size(), day.iso(), filling.seat->count, holders};
        const std::string& file = model.files[problem.mark.file];
        std::string text;
        try {
            text = read_data_file(file).value_or("");
        } catch (const Error&) {
            // The excerpt is a courtesy; the position is still right.
        }
        warnings.push_back(SourceText{file, text}.diagnostic(problem));
    }
    return warnings;
}

int run_check(const GlobalOptions& global, const CheckOptions& options) {
    const std::vector<std::string> paths = resolve_data_paths(global);
    const LoadResult result = load_data(paths, {}, {}, LoadScope::without_notes);
    keep_completion_answers(paths, result, false);
    print_load_problems(result);
    const std::size_t errors = count_errors(result.diagnostics);
    const auto& model = result.model;
    std::size_t warnings = result.warning_count();
    if (errors == 0) {
        const std::vector<Diagnostic> seats = over_filled_seats(model, resolve_as_of(global));
        for (const Diagnostic& d : seats) std::cerr << format_diagnostic(d, message_language());
        warnings += seats.size();
    }
    const bool failed = errors > 0 || (options.strict && warnings > 0);
    const Message summary{
        failed ? MessageId::check_failed : MessageId::check_ok,
        count(model.files.size(), MessageId::files_one, MessageId::files),
        count(model.roles.size(), MessageId::roles_one, MessageId::roles),
        count(model.representatives.size(), MessageId::representatives_one, MessageId::representatives),
        count(model.events.size(), MessageId::events_one, MessageId::events),
        count(errors, MessageId::errors_one, MessageId::errors),
        count(warnings, MessageId::warnings_one, MessageId::warnings)};
    (failed ? std::cerr : std::cout) << summary.text(message_language()) << "\n";
    return failed ? exit_data : exit_ok;
}
}  // namespace

void add_check_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<CheckOptions>();
    Command check = app.subcommand("check",
                                   "Validate all data files and report every problem, GCC style; "
                                   "seats with more holders than their count on --as-of are warnings");
    check.flag("--strict", options->strict, "Treat warnings as errors (exit 65)");
    check.on_chosen([&, options] { runner = [&global, options] { return run_check(global, *options); }; });
}

}  // namespace repjourney

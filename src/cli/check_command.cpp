#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"

namespace repjourney {

namespace {
struct CheckOptions {
    bool strict = false;
};

Message count(std::size_t n, MessageId one, MessageId other) {
    return count_message(one, other, static_cast<long long>(n));
}

int run_check(const GlobalOptions& global, const CheckOptions& options) {
    const LoadResult result = load_data(resolve_data_paths(global));
    print_load_problems(result);
    const std::size_t errors = count_errors(result.diagnostics);
    const std::size_t warnings = result.warning_count();
    const auto& model = result.model;
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

void add_check_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<CheckOptions>();
    CLI::App* check = app.add_subcommand("check", "Validate all data files and report every problem, GCC style");
    check->add_flag("--strict", options->strict, "Treat warnings as errors (exit 65)");
    check->callback([&, options] { runner = [&global, options] { return run_check(global, *options); }; });
}

}  // namespace repjourney

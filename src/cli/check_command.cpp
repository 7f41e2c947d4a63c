#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "diagnostics/error.hpp"

namespace repjourney {

namespace {
struct CheckOptions {
    bool strict = false;
};

std::string plural(std::size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

int run_check(const GlobalOptions& global, const CheckOptions& options) {
    const LoadResult result = load_data(resolve_data_paths(global));
    print_load_problems(result);
    const std::size_t errors = count_errors(result.diagnostics);
    const std::size_t warnings = result.warning_count();
    const auto& model = result.model;
    const bool failed = errors > 0 || (options.strict && warnings > 0);
    const std::string summary =
        fmt::format("{}: {}, {}, {}, {}; {}, {}", failed ? "failed" : "ok", plural(model.files.size(), "file"),
                    plural(model.roles.size(), "role"), plural(model.representatives.size(), "representative"),
                    plural(model.events.size(), "event"), plural(errors, "error"), plural(warnings, "warning"));
    (failed ? std::cerr : std::cout) << summary << "\n";
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

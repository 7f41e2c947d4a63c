#include "cli/usage.hpp"

#include <string_view>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
// Global options that take a value, so the value is not mistaken for a command.
bool takes_value(std::string_view arg) {
    return arg == "-d" || arg == "--data" || arg == "--as-of" || arg == "--lang" || arg == "--color";
}
}  // namespace

void add_global_options(CLI::App& app, GlobalOptions& global) {
    app.set_version_flag("--version", std::string{"repjourney "} + REPJOURNEY_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'repjourney COMMAND --help' for a command's options, and 'man repjourney' for the data format.");
    // Global options may follow the command: `repjourney status --as-of 2026-11-23`.
    app.fallthrough();
    app.add_option("-d,--data", global.data,
                   "Data file or directory (repeatable); directories are read recursively for *.yaml and *.yml. "
                   "Default: $REPJOURNEY_DATA, else the current directory")
        ->type_name("PATH")
        ->allow_extra_args(false);  // -d DIR REP: REP is not a second path
    app.add_option("--as-of", global.as_of, "Report for this day (YYYY-MM-DD) instead of today")->type_name("DATE");
    app.add_option("--lang", global.lang, "Language of reports, overriding the organisation's")
        ->check(CLI::IsMember({"en", "sv"}));
    app.add_option("--color", global.color, "Colour: only on a terminal (auto, honours NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("--csv-raw", global.csv_raw,
                 "CSV: leave cells that begin with =, +, -, @, a tab or a CR as they are, for programs (by default "
                 "they get a leading ' so that a spreadsheet does not run them as formulas)");
}

void check_command_name(const CLI::App& app, int argc, char** argv) {
    std::vector<std::string_view> names;
    std::vector<std::string_view> visible;  // hidden commands (group "") are accepted but never suggested
    for (const CLI::App* sub : app.get_subcommands({})) {
        names.push_back(sub->get_name());
        if (!sub->get_group().empty()) visible.push_back(sub->get_name());
    }
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (takes_value(arg)) {
            ++i;
            continue;
        }
        if (arg.starts_with("-")) continue;
        if (std::find(names.begin(), names.end(), arg) != names.end()) return;
        throw Error(exit_usage,
                    fmt::format("unknown command '{}'{}; see 'repjourney --help'", arg, did_you_mean(arg, visible)));
    }
}

}  // namespace repjourney

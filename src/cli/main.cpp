// repjourney: keep your elected representatives. main() reads as the steps it takes.

#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/message_language.hpp"
#include "cli/step_timings.hpp"
#include "cli/usage.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "diagnostics/timings.hpp"
#include "load/loader.hpp"
#include "text/printable.hpp"

using namespace repjourney;

namespace {
// A report cut short by a full disk or a closed pipe must not pass for a whole one (a pipe
// closed by `head` ends the process by SIGPIPE before this, as cron users expect).
void finish_standard_output() {
    std::cout.flush();
    if (!std::cout) throw Error(exit_cant_create, Message{MessageId::cannot_write_stdout});
}

int run(int argc, char** argv) {
    CLI::App app{
        "repjourney: keep your elected representatives. Reads YAML data about roles, representatives and\n"
        "their journeys, and prints journey status, overdue feedback and suggested recognition.",
        "repjourney"};
    GlobalOptions global;
    CommandRunner runner;
    add_global_options(app, global);
    const Command commands{&app};
    add_check_command(commands, global, runner);
    add_status_command(commands, global, runner);
    add_show_command(commands, global, runner);
    add_feedback_command(commands, global, runner);
    add_terms_command(commands, global, runner);
    add_vacancies_command(commands, global, runner);
    add_retention_command(commands, global, runner);
    add_roles_command(commands, global, runner);
    add_notice_command(commands, global, runner);
    add_recognize_command(commands, global, runner);
    add_remind_command(commands, global, runner);
    add_record_command(commands, global, runner);
    add_change_commands(commands, global, runner);
    add_import_command(commands, global, runner);
    add_export_command(commands, global, runner);
    add_schema_command(commands, global, runner);
    add_init_command(commands, global, runner);
    add_complete_command(commands, global, runner);

    set_message_language_option(argc, argv);
    set_data_language_hook(use_data_language);
    check_command_name(app, argc, argv);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        if (e.get_exit_code() != 0) {  // CLI11's own codes (100+) are not sysexits
            std::cerr << usage_error_message(app, e);
            return exit_usage;
        }
        app.exit(e);  // --help and --version print to standard output
        finish_standard_output();
        return exit_ok;
    }
    set_parse_cache_directory(cache_directory(global));
    const int status = runner();
    finish_standard_output();
    timing_mark("finished");
    return status;
}
}  // namespace

int main(int argc, char** argv) {
    try {
        print_step_timings_if_asked();
        return run(argc, argv);
    } catch (const Error& e) {
        const Language language = message_language();
        std::cerr << "repjourney: " << Message{MessageId::label_error}.text(language) << ": " << e.text(language)
                  << "\n";
        return e.status();
    } catch (const std::exception& e) {
        // Such a message may quote a path from the data folder: shown as every message from the data is.
        std::cerr << "repjourney: " << Message{MessageId::label_internal_error}.text(message_language()) << ": "
                  << visible_lines(e.what()) << "\n";
        return exit_internal;
    }
}

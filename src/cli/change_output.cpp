#include "cli/change_output.hpp"

#include <iostream>

#include "cli/context.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "text/printable.hpp"

namespace repjourney {

DataChangeOptions data_change_options(const GlobalOptions& global, bool dry_run, double wait_seconds) {
    DataChangeOptions options;
    options.data_paths = resolve_data_paths(global);
    options.dry_run = dry_run;
    options.wait = wait_option(wait_seconds);
    return options;
}

int report_change(const DataChangeResult& result, bool dry_run, const Message& done) {
    print_load_problems(result);
    if (result.refused_as_invalid_before) throw Error(exit_data, Message{MessageId::data_errors_nothing_changed});
    if (result.refused_in_place) throw Error(exit_data, Message{MessageId::change_not_in_place});
    if (result.has_errors()) throw Error(exit_data, Message{MessageId::change_makes_invalid});
    if (dry_run) {
        for (const ChangedFile& file : result.files) std::cout << file.diff;
        return exit_ok;
    }
    // The names and values come from the command line and the data: shown through text/printable.
    std::cout << visible(done.text(message_language())) << '\n';
    return exit_ok;
}

}  // namespace repjourney

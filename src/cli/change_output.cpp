#include "cli/change_output.hpp"

#include <iostream>

#include "cli/context.hpp"
#include "diagnostics/error.hpp"
#include "text/printable.hpp"

namespace repjourney {

DataChangeOptions data_change_options(const GlobalOptions& global, bool dry_run, double wait_seconds) {
    DataChangeOptions options;
    options.data_paths = resolve_data_paths(global);
    options.dry_run = dry_run;
    options.wait = wait_option(wait_seconds);
    return options;
}

int report_change(const DataChangeResult& result, bool dry_run, const std::string& done) {
    print_load_problems(result);
    if (result.refused_as_invalid_before)
        throw Error(exit_data, "the data has errors; nothing was changed (run 'repjourney check')");
    if (result.refused_in_place)
        throw Error(exit_data, "this change cannot be made in the file as it is written; nothing was changed");
    if (result.has_errors())
        throw Error(exit_data,
                    "the change would make the data invalid (the lines above are of the file as it would be); nothing "
                    "was changed");
    if (dry_run) {
        for (const ChangedFile& file : result.files) std::cout << file.diff;
        return exit_ok;
    }
    // The names and values come from the command line and the data: shown through text/printable.
    std::cout << visible(done) << '\n';
    return exit_ok;
}

}  // namespace repjourney

#pragma once
// What every command shares: the global options and the steps from them to a
// valid model.

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "load/loader.hpp"
#include "model/date.hpp"

namespace repjourney {

struct GlobalOptions {
    std::vector<std::string> data;  // -d/--data; empty: $REPJOURNEY_DATA, else "."
    std::string as_of;              // --as-of; empty: today in local time
    std::string lang;               // --lang en|sv; empty: the organisation's
    std::string color = "auto";     // --color auto|always|never
    bool csv_raw = false;           // --csv-raw: CSV cells that look like formulas left as they are
    bool quiet = false;             // -q/--quiet: no progress display
    bool no_cache = false;          // --no-cache: no parse cache (also REPJOURNEY_CACHE=off)
};

// The date a command-line option gives (YYYY-MM-DD, a supported year); throws Error(exit_usage)
// naming the option otherwise.
Date parse_date_option(std::string_view option, std::string_view text);

// --until: the day it gives, else `otherwise` when not given. A day before as_of is a usage error, which
// for terms says that terms that ended are not listed. One rule for terms and export.
Date until_option(std::string_view text, Date as_of, Date otherwise, bool lists_terms = false);

// Today's local date, from the clock.
Date local_today();

// The day to report for: --as-of, else today's local date (a Swedish cron job
// just after midnight must not get yesterday's UTC date).
Date resolve_as_of(const GlobalOptions& options);

// The representative with this id. An unknown one is a usage error in every command: throws
// Error(exit_usage) with a "did you mean".
const Representative& require_representative(const Model& model, std::string_view id);
// The same for a role.
const Role& require_role(const Model& model, std::string_view id);

// --wait SECONDS, as the lock takes it.
std::chrono::milliseconds wait_option(double seconds);

// Where the parse cache lives: $XDG_CACHE_HOME/repjourney, else ~/.cache/repjourney; empty (no
// cache) with --no-cache, REPJOURNEY_CACHE=off, or neither variable set.
std::string cache_directory(const GlobalOptions& options);

// The data paths to read, after the defaults.
std::vector<std::string> resolve_data_paths(const GlobalOptions& options);

// Loads the data and prints its diagnostics to stderr. Throws Error(exit_data)
// when there are errors: nothing is reported from invalid data. A report that never
// shows an event's note loads LoadScope::without_notes.
LoadResult load_valid_data(const GlobalOptions& options, LoadScope scope);

// Prints to stderr the special files skipped, the load's diagnostics, how many warnings were left
// out, and which files could not be read.
void print_load_problems(const LoadProblems& result);

}  // namespace repjourney

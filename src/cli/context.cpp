#include "cli/context.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "diagnostics/error.hpp"
#include "text/printable.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
// A line saying which files could not be read and that ids they define count as unknown
// elsewhere (so that their errors are fixed first); empty when every file was read.
std::string unreadable_files_note(const LoadProblems& result) {
    if (result.unreadable_files.empty()) return {};
    std::vector<std::string> files;  // as shown: a file name may hold anything but '/' and NUL
    for (const auto& file : result.unreadable_files) files.push_back(visible(file));
    return fmt::format(
        "note: {} could not be read (see {} above), so what {} defines may count as unknown "
        "elsewhere until {} fixed\n",
        fmt::join(files, ", "), files.size() == 1 ? "its error" : "their errors", files.size() == 1 ? "it" : "each",
        files.size() == 1 ? "it is" : "they are");
}
}  // namespace

Date parse_date_option(std::string_view option, std::string_view text) {
    if (const auto date = Date::parse(text)) return *date;
    if (is_no_calendar_day(text))
        throw Error(exit_usage,
                    fmt::format("{} '{}' is not a real calendar date: check the month and the day", option, text));
    throw Error(exit_usage, fmt::format("{} '{}' is not a date: {}", option, text,
                                        year_out_of_range(text).value_or("write YYYY-MM-DD")));
}

Date until_option(std::string_view text, Date as_of, Date otherwise, std::string_view why) {
    if (text.empty()) return otherwise;
    const Date until = parse_date_option("--until", text);
    if (until < as_of)
        throw Error(exit_usage, fmt::format("--until {} is before --as-of {}{}{}", until.iso(), as_of.iso(),
                                            why.empty() ? "" : ": ", why));
    return until;
}

Date resolve_as_of(const GlobalOptions& options) {
    if (!options.as_of.empty()) return parse_date_option("--as-of", options.as_of);
    return local_today();
}

Date local_today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                          static_cast<unsigned>(local.tm_mday));
}

const Representative& require_representative(const Model& model, std::string_view id) {
    if (const Representative* rep = model.find_representative(id)) return *rep;
    throw Error(exit_usage,
                fmt::format("unknown representative '{}'{}", id, did_you_mean(id, ids_of(model.representatives))));
}

const Role& require_role(const Model& model, std::string_view id) {
    if (const Role* role = model.find_role(id)) return *role;
    throw Error(exit_usage, fmt::format("unknown role '{}'{}", id, did_you_mean(id, ids_of(model.roles))));
}

std::chrono::milliseconds wait_option(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

std::vector<std::string> resolve_data_paths(const GlobalOptions& options) {
    if (!options.data.empty()) return options.data;
    if (const char* env = std::getenv("REPJOURNEY_DATA"); env && *env) return {env};
    return {"."};
}

LoadResult load_valid_data(const GlobalOptions& options) {
    LoadResult result = load_data(resolve_data_paths(options));
    print_load_problems(result);
    if (result.has_errors())
        throw Error(exit_data,
                    fmt::format("the data has {} error{}; nothing is reported until they are fixed "
                                "(run 'repjourney check')",
                                count_errors(result.diagnostics), count_errors(result.diagnostics) == 1 ? "" : "s"));
    return result;
}

void print_load_problems(const LoadProblems& result) {
    for (const auto& skipped : result.skipped_files)
        std::cerr << fmt::format(
            "note: skipped '{}': it is {}, not a regular file, and reading it could wait or run "
            "forever\n",
            visible(skipped.path), skipped.kind);
    for (const auto& d : result.diagnostics) std::cerr << format_diagnostic(d);
    if (const std::size_t n = result.warnings_not_shown; n > 0)
        std::cerr << fmt::format("note: {} more warning{} not shown\n", n, n == 1 ? "" : "s");
    std::cerr << unreadable_files_note(result);
}

}  // namespace repjourney

#include "cli/context.hpp"

#include <cstdlib>
#include <ctime>
#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/completion_answers.hpp"
#include "cli/message_language.hpp"
#include "cli/progress_display.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/validate.hpp"
#include "text/printable.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
// A line saying which files could not be read and that ids they define count as unknown
// elsewhere (so that their errors are fixed first); empty when every file was read.
std::string unreadable_files_note(const LoadProblems& result) {
    if (result.unreadable_files.empty()) return {};
    std::vector<std::string> files;  // as shown: a file name may hold anything but '/' and NUL
    files.reserve(result.unreadable_files.size());
    for (const auto& file : result.unreadable_files) files.push_back(visible(file));
    const MessageId note = files.size() == 1 ? MessageId::note_unreadable_file : MessageId::note_unreadable_files;
    return Message{note, fmt::format("{}", fmt::join(files, ", "))}.text(message_language()) + "\n";
}
}  // namespace

Date parse_date_option(std::string_view option, std::string_view text) {
    if (const auto date = Date::parse(text)) return *date;
    if (is_no_calendar_day(text)) throw Error(exit_usage, Message{MessageId::date_not_on_calendar, option, text});
    throw Error(exit_usage, Message{MessageId::not_a_date, option, text,
                                    year_out_of_range(text) ? Message{MessageId::year_range, first_year, last_year}
                                                            : Message{MessageId::write_yyyy_mm_dd}});
}

Date until_option(std::string_view text, Date as_of, Date otherwise, bool lists_terms) {
    if (text.empty()) return otherwise;
    const Date until = parse_date_option("--until", text);
    if (until < as_of)
        throw Error(exit_usage, lists_terms ? Message{MessageId::until_before_as_of_terms, until.iso(), as_of.iso()}
                                            : Message{MessageId::option_before_option, "--until", until.iso(),
                                                      "--as-of", as_of.iso()});
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
    throw Error(exit_usage, Message{MessageId::unknown_representative, id,
                                    did_you_mean_message(id, ids_of(model.representatives))});
}

const Role& require_role(const Model& model, std::string_view id) {
    if (const Role* role = model.find_role(id)) return *role;
    throw Error(exit_usage, Message{MessageId::unknown_role, id, did_you_mean_message(id, ids_of(model.roles))});
}

std::chrono::milliseconds wait_option(double seconds) {
    return std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
}

std::string cache_directory(const GlobalOptions& options) {
    if (options.no_cache) return {};
    if (const char* env = std::getenv("REPJOURNEY_CACHE"); env && std::string_view{env} == "off") return {};
    // The XDG base directory spec: a relative $XDG_CACHE_HOME is to be ignored.
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/') return std::string{xdg} + "/repjourney";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string{home} + "/.cache/repjourney";
    return {};
}

std::vector<std::string> resolve_data_paths(const GlobalOptions& options) {
    if (!options.data.empty()) return options.data;
    if (const char* env = std::getenv("REPJOURNEY_DATA"); env && *env) return {env};
    return {"."};
}

LoadResult load_valid_data(const GlobalOptions& options, LoadScope scope) {
    const std::vector<std::string> paths = resolve_data_paths(options);
    LoadResult result = [&] {
        const ProgressDisplay progress{!options.quiet};  // erased before the problems are printed
        return load_data(paths, {}, {}, scope);
    }();
    keep_completion_answers(paths, result, false);  // before --lang renames anything
    if (!options.lang.empty())
        name_implicit_milestones(result.model, options.lang == "sv" ? Language::sv : Language::en);
    print_load_problems(result);
    if (result.has_errors()) {
        const auto errors = static_cast<long long>(count_errors(result.diagnostics));
        throw Error(exit_data, count_message(MessageId::data_has_error, MessageId::data_has_errors, errors));
    }
    return result;
}

void print_load_problems(const LoadProblems& result) {
    for (const auto& skipped : result.skipped_files)
        std::cerr << Message{MessageId::note_skipped, visible(skipped.path), special_file_kind_words(skipped.kind)}
                         .text(message_language())
                  << "\n";
    for (const auto& d : result.diagnostics) std::cerr << format_diagnostic(d, message_language());
    if (const std::size_t n = result.warnings_not_shown; n > 0)
        std::cerr << count_message(MessageId::note_warning_not_shown, MessageId::note_warnings_not_shown,
                                   static_cast<long long>(n))
                         .text(message_language())
                  << "\n";
    std::cerr << unreadable_files_note(result);
}

}  // namespace repjourney

#include "cli/report_options.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <array>
#include <cstdlib>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "render/color.hpp"
#include "render/retention_report.hpp"
#include "text/case_fold.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
std::size_t terminal_width() {
    if (const char* columns = std::getenv("COLUMNS"); columns && *columns) {
        char* end = nullptr;
        const long n = std::strtol(columns, &end, 10);
        if (*end == '\0' && n > 0 && n < 10000) return static_cast<std::size_t>(n);
    }
    winsize size{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 0;
}

// unknown: MessageId::unknown_role or unknown_coordinator.
void require_known(const std::string& id, const std::vector<std::string_view>& known, MessageId unknown) {
    if (id.empty() || std::find(known.begin(), known.end(), id) != known.end()) return;
    throw Error(exit_usage, Message{unknown, id, did_you_mean_message(id, known)});
}

// A --branch that is nobody's, ignoring case, is a typo: "did you mean" and exit 64, as for --role.
void require_known_branch(const std::string& branch, const std::vector<Representative>& representatives) {
    if (branch.empty()) return;
    std::vector<std::string_view> branches;
    for (const auto& rep : representatives) {
        if (equal_folded(rep.branch, branch)) return;
        if (!rep.branch.empty() && std::find(branches.begin(), branches.end(), rep.branch) == branches.end())
            branches.push_back(rep.branch);
    }
    throw Error(exit_usage, Message{MessageId::no_one_of_branch, branch, did_you_mean_message(branch, branches)});
}

std::vector<std::string> stage_words() {
    std::vector<std::string> words;
    words.reserve(all_stages.size());
    for (const Stage stage : all_stages) words.emplace_back(to_string(stage));
    return words;
}
}  // namespace

ReportContext report_context(const GlobalOptions& global, const Model& model) {
    ReportContext context;
    context.as_of = resolve_as_of(global);
    context.language =
        global.lang.empty() ? model.organisation.language : (global.lang == "sv" ? Language::sv : Language::en);
    const auto mode = color_mode_from(global.color).value_or(ColorMode::automatic);
    context.color = use_color(mode, ::isatty(STDOUT_FILENO), std::getenv("NO_COLOR"), std::getenv("TERM"));
    context.width = terminal_width();
    context.csv_cells = global.csv_raw ? CsvCells::raw : CsvCells::guarded;
    return context;
}

void add_format_option(Command command, std::string& format, const std::vector<std::string>& formats) {
    format = formats.front();
    command.option("--format", format, "Output format").one_of(formats).show_default();
}

void add_format_option(Command command, std::string& format, bool& excel, const std::vector<std::string>& formats) {
    add_format_option(command, format, formats);
    command.flag("--excel", excel,
                 "With --format csv: for Excel where the decimal sign is a comma (Swedish): ';' between "
                 "cells, a UTF-8 byte order mark, CRLF");
    // Checked once the command's options are read, before any data is loaded.
    command.after_options([&format, &excel] {
        if (excel && format != "csv") throw Error(exit_usage, Message{MessageId::needs_too, "--excel", "--format csv"});
    });
}

CsvStyle csv_style(const ReportContext& context, bool excel) {
    return CsvStyle{context.csv_cells, excel ? CsvDialect::excel : CsvDialect::rfc4180};
}

void add_selection_options(Command command, SelectionOptions& options, bool with_ids) {
    if (with_ids) command.option("REP", options.ids, "Only these representatives (ids)");
    command.option("--role", options.role, "Only people who have (or had) an assignment of this role")
        .type_name("ROLE");
    command.option("--branch", options.branch, "Only people of this branch (in any case: borås is Borås)")
        .type_name("BRANCH");
    command.option("--coordinator", options.coordinator, "Only people this coordinator follows up").type_name("ID");
    command.option("--stage", options.stage, "Only people in this stage").one_of(stage_words());
    command.flag("--all", options.all, "Include people who have left");
}

Selection resolve_selection(const SelectionOptions& options, const Model& model) {
    for (const auto& id : options.ids) require_representative(model, id);
    require_known(options.role, ids_of(model.roles), MessageId::unknown_role);
    require_known_branch(options.branch, model.representatives);
    require_known(options.coordinator, ids_of(model.organisation.coordinators), MessageId::unknown_coordinator);
    Selection selection{options.ids, options.role, options.branch, options.coordinator, std::nullopt, options.all};
    for (const Stage stage : all_stages)
        if (to_string(stage) == options.stage) selection.stage = stage;
    return selection;
}

void add_retention_by_option(Command command, std::string& by, const std::string& what) {
    command.option("--by", by, what + ": the first role, branch, adaptation or cohort (year of starting)")
        .one_of(retention_grouping_names())
        .type_name("GROUP");
}

std::vector<const Representative*> retention_people(Selection selection, const Snapshot& snapshot) {
    selection.include_left = true;
    std::vector<const Representative*> people;
    for (const Representative& rep : snapshot.model().representatives)
        if (selected(selection, snapshot, rep)) people.push_back(&rep);
    return people;
}

}  // namespace repjourney

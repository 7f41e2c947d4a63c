// import FILE.csv: adds and updates representatives from a spreadsheet export (SPEC "Keeping the
// data current"). The sheet is read and checked on its own first, then against the data, and
// nothing is written unless every row is valid.
#include <algorithm>
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/change_output.hpp"
#include "cli/commands.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "edit/import_plan.hpp"
#include "import/column_map.hpp"
#include "import/csv_reader.hpp"
#include "import/csv_text.hpp"
#include "load/file_reading.hpp"
#include "text/printable.hpp"

namespace repjourney {

namespace {

struct ImportOptions {
    std::string sheet;
    std::vector<std::string> map;
    std::string role;
    std::string start;
    std::string file;
    bool dry_run = false;
    double wait_seconds = 10;
};

// Nobody reads past the first thousand problems of a sheet, as of a data file.
constexpr std::size_t max_shown_problems = 1000;

[[noreturn]] void refuse(const std::string& sheet, std::vector<ImportProblem> problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
        return std::pair{a.row, a.column} < std::pair{b.row, b.column};
    });
    for (std::size_t i = 0; i < std::min(problems.size(), max_shown_problems); ++i)
        std::cerr << format_import_problem(sheet, problems[i], message_language()) << '\n';
    if (problems.size() > max_shown_problems)
        std::cerr << "repjourney: "
                  << Message{MessageId::import_more_not_shown, problems.size() - max_shown_problems}.text(
                         message_language())
                  << '\n';
    throw Error(exit_data, count_message(MessageId::import_problem_one, MessageId::import_problems,
                                         static_cast<long long>(problems.size())));
}

Message separator_name(char separator) {
    switch (separator) {
        case ';': return "';'";
        case '\t': return Message{MessageId::separator_tab};
        case ',': return "','";
        default: return Message{MessageId::separator_none};
    }
}

Message encoding_words(CsvEncoding encoding) {
    if (encoding == CsvEncoding::utf8_with_bom) return Message{MessageId::encoding_utf8_bom};
    return encoding_name(encoding);
}

int run_import(const GlobalOptions& global, const ImportOptions& options) {
    const std::optional<std::string> bytes = read_data_file(options.sheet);
    if (!bytes) throw Error(exit_no_input, Message{MessageId::import_too_large, options.sheet});
    const CsvText text = decode_csv_bytes(*bytes);
    const CsvTable table = read_csv(text.text);
    const ColumnMap columns = map_columns(table.header, options.map);
    const SheetRows sheet = read_sheet_rows(table, columns, {!options.role.empty(), !options.start.empty()});
    // A sheet that cannot be read as rows stops here; bad cells are reported with what the data
    // finds wrong with the rest of their rows, all in one run.
    std::vector<ImportProblem> problems = table.problems;
    problems.insert(problems.end(), columns.problems.begin(), columns.problems.end());
    if (!problems.empty()) refuse(options.sheet, std::move(problems));

    ImportDefaults defaults;
    defaults.role = options.role;
    if (!options.start.empty()) defaults.start = parse_date_option("--start", options.start);
    defaults.file = options.file;
    const DataChangeOptions change = data_change_options(global, options.dry_run, options.wait_seconds);
    defaults.data_paths = change.data_paths;
    ImportPlan plan;
    const DataChangeResult result = change_data(change, [&](const LoadResult& data) {
        if (!defaults.role.empty() && !data.model.find_role(defaults.role))
            throw Error(exit_usage, Message{MessageId::import_unknown_role_option, defaults.role});
        plan = plan_import(data, sheet, defaults);
        if (!sheet.problems.empty() || !plan.problems.empty()) return std::vector<FileChange>{};
        return std::move(plan.changes);
    });
    problems = sheet.problems;
    problems.insert(problems.end(), plan.problems.begin(), plan.problems.end());
    if (!problems.empty()) refuse(options.sheet, std::move(problems));

    Message summary{MessageId::import_summary,
                    options.sheet,
                    encoding_words(text.encoding),
                    separator_name(table.separator),
                    sheet.rows.size(),
                    plan.added,
                    plan.updated,
                    plan.unchanged};
    if (plan.not_in_sheet > 0) summary = summary + Message{MessageId::import_not_in_sheet, plan.not_in_sheet};
    if (!columns.ignored.empty()) {
        std::vector<std::string> names;
        names.reserve(columns.ignored.size());
        for (const auto& column : columns.ignored) names.push_back(column.name);
        summary = summary + Message{MessageId::import_ignored_columns, fmt::format("{}", fmt::join(names, ", "))};
    }
    if (options.dry_run)
        std::cerr << "repjourney: " << visible(Message{MessageId::import_would, summary}.text(message_language()))
                  << '\n';
    return report_change(result, options.dry_run, Message{MessageId::import_done, std::move(summary)});
}

}  // namespace

void add_import_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<ImportOptions>();
    Command command = app.subcommand("import", "Add and update representatives from a spreadsheet export (CSV)");
    command.option("FILE.csv", options->sheet, "The sheet: CSV with ',', ';' or tab, UTF-8 or Windows-1252").required();
    command.option("--map", options->map, "Read FIELD from COLUMN (a header name or a number), e.g. name=Namn")
        .type_name("FIELD=COLUMN");
    command.option("--role", options->role, "The role of rows that name none (needs --start)").type_name("ROLE");
    command.option("--start", options->start, "The start of rows that give none (YYYY-MM-DD)").type_name("DATE");
    command.option("--file", options->file, "The data file new people go to").type_name("FILE");
    command.flag("--dry-run", options->dry_run, "Print the change as a unified diff; write nothing");
    command.option("--wait", options->wait_seconds, "Seconds to wait for another writer's lock (default 10)")
        .non_negative()
        .type_name("SECONDS");
    command.on_chosen(
        [&runner, &global, options] { runner = [&global, options] { return run_import(global, *options); }; });
}

}  // namespace repjourney

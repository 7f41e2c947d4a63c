#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "engine/retention.hpp"
#include "render/retention_report.hpp"

namespace repjourney {

namespace {
struct RetentionOptions {
    SelectionOptions selection;
    std::string by;    // empty: no groups
    std::string from;  // empty: every renewal
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
};

int run_retention(const GlobalOptions& global, const RetentionOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Selection selection = resolve_selection(options.selection, data.model);
    std::optional<Date> from;
    if (!options.from.empty()) from = parse_date_option("--from", options.from);
    const Snapshot snapshot{data.model, context.as_of};
    const RetentionReport report =
        retention_report(snapshot, retention_people(selection, snapshot), retention_grouping_named(options.by), from);

    if (options.format == "json")
        std::cout << render_retention_json(report);
    else if (options.format == "csv")
        std::cout << render_retention_csv(report, data.model.organisation, csv_style(context, options.excel));
    else
        std::cout << render_retention_table(report, data.model.organisation, context.language,
                                            TableLayout{context.width, context.color});
    return exit_ok;
}
}  // namespace

void add_retention_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<RetentionOptions>();
    Command retention = app.subcommand("retention",
                                       "Who stays and who leaves, for the board: the retention curve, early "
                                       "exits and why, renewals at term end and the onboarding's part");
    add_retention_by_option(retention, options->by, "Repeat every figure per group");
    retention
        .option("--from", options->from,
                "Count renewals and the onboarding split only for terms ending on or after this day (YYYY-MM-DD)")
        .type_name("DATE");
    add_selection_options(retention, options->selection, false);
    // Everyone counts, those who left most of all, and a stage is a day's view, not a history.
    retention.remove("--all");
    retention.remove("--stage");
    add_format_option(retention, options->format, options->excel, {"table", "json", "csv"});
    retention.on_chosen([&, options] { runner = [&global, options] { return run_retention(global, *options); }; });
}

}  // namespace repjourney

#include <iostream>
#include <span>
#include <utility>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "engine/ordered_statuses.hpp"
#include "render/status_report.hpp"

namespace repjourney {

namespace {
struct StatusOptions {
    SelectionOptions selection;
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
    std::string sort = "urgency";
    bool at_risk = false;
    bool fail_if_overdue = false;
};

int run_status(const GlobalOptions& global, const StatusOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Selection selection = resolve_selection(options.selection, data.model);
    const Snapshot snapshot{data.model, context.as_of};

    const auto order = options.sort == "name"    ? StatusOrder::name
                       : options.sort == "stage" ? StatusOrder::stage
                                                 : StatusOrder::urgency;
    const auto keep = [&](const RepresentativeStatus& status) {
        return selected(selection, *status.representative, status.stage) && (!options.at_risk || status.at_risk());
    };
    // The statuses stream by a chunk at a time: a national federation's are never all held at once. Each
    // format keeps only what it writes (the table and CSV their rows' text).
    bool overdue = false;
    const auto each_chunk = [&](const StatusChunkUse& use) {
        for_each_status_chunk(snapshot, keep, order, [&](std::span<const RepresentativeStatus> chunk) {
            for (const auto& status : chunk) overdue |= overdue_items(status) > 0;
            use(chunk);
        });
    };
    if (options.format == "json") {
        StatusJsonWriter json{std::cout, context.as_of};
        each_chunk([&](std::span<const RepresentativeStatus> chunk) { json.add(chunk); });
        json.finish();
    } else if (options.format == "csv") {
        Sheet sheet = status_sheet(Language::en);
        each_chunk([&](std::span<const RepresentativeStatus> chunk) {
            for (const auto& status : chunk) add_status_row(sheet, status, Language::en);
        });
        std::cout << render_sheet_csv(sheet, csv_style(context, options.excel));
    } else {
        StatusTable table{snapshot, {context.language, context.color, context.width}};
        each_chunk([&](std::span<const RepresentativeStatus> chunk) {
            for (const auto& status : chunk) table.add(status);
        });
        std::move(table).write(std::cout);
    }
    return options.fail_if_overdue && overdue ? exit_overdue : exit_ok;
}
}  // namespace

void add_status_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<StatusOptions>();
    Command status = app.subcommand("status",
                                    "One line per representative: stage, journey progress, next "
                                    "step, overdue items, feedback and warning signs");
    add_selection_options(status, options->selection, true);
    status.flag("--at-risk", options->at_risk, "Only people with two or more warning signs");
    status.option("--sort", options->sort, "Order: urgency (most urgent first), name or stage")
        .one_of({"urgency", "name", "stage"})
        .show_default();
    add_format_option(status, options->format, options->excel, {"table", "json", "csv"});
    status.flag("--fail-if-overdue", options->fail_if_overdue, "Exit 1 when anything listed is overdue");
    status.on_chosen([&, options] { runner = [&global, options] { return run_status(global, *options); }; });
}

}  // namespace repjourney

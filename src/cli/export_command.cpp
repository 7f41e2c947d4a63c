#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/recognition.hpp"
#include "record/safe_file.hpp"
#include "render/export_html.hpp"
#include "render/export_ics.hpp"
#include "render/export_json.hpp"
#include "render/retention_report.hpp"

namespace repjourney {

namespace {
enum class ExportFormat { ics, json, html };

struct ExportOptions {
    SelectionOptions selection;
    std::string output;  // empty or "-": standard output
    std::string until;   // ics; empty: as_of + 1y
    bool todos = false;  // ics: to-dos instead of all-day events for what there is to do
    std::string by;      // json, html: retention's groups; empty: none
    Privacy privacy;
};

// Standard output, or the file written atomically: a new file is readable by its owner only.
void deliver(const std::string& text, const std::string& output) {
    if (output.empty() || output == "-") {
        std::cout << text;  // main makes sure it all arrived
        return;
    }
    replace_file(output, text);
}

int run_export(const GlobalOptions& global, ExportFormat format, const ExportOptions& options) {
    const LoadResult data = load_valid_data(global);
    const ReportContext context = report_context(global, data.model);
    Selection selection = resolve_selection(options.selection, data.model);
    const Date until = until_option(options.until, context.as_of, context.as_of + Duration::of_months(12));
    // Computed from the model as it may be shown, so no name, e-mail address or note can slip through.
    const Model model = private_model(data.model, options.privacy);
    const Snapshot snapshot{model, context.as_of};

    ExportData exported{snapshot, {}, {}, {}, context.language, options.privacy, {}};
    for (RepresentativeStatus& status : compute_statuses(snapshot))
        if (selected(selection, *status.representative, status.stage)) exported.statuses.push_back(std::move(status));
    // As `recognize` selects them: a farewell is for someone who has left, whom the statuses leave out.
    selection.include_left = true;
    for (Suggestion& suggestion : recognition_suggestions(snapshot))
        if (selected(selection, snapshot, *suggestion.representative))
            exported.suggestions.push_back(std::move(suggestion));

    exported.findings = compute_findings(snapshot, exported.statuses, exported.suggestions, until);
    if (format != ExportFormat::ics)
        exported.retention = retention_report(snapshot, retention_people(selection, snapshot),
                                              retention_grouping_named(options.by), std::nullopt);

    switch (format) {
        case ExportFormat::ics:
            deliver(render_export_ics(exported, options.todos ? IcsItems::todos : IcsItems::events), options.output);
            break;
        case ExportFormat::json: deliver(render_export_json(exported), options.output); break;
        case ExportFormat::html: deliver(render_export_html(exported), options.output); break;
    }
    return exit_ok;
}

void add_format(CLI::App* parent, const GlobalOptions& global, CommandRunner& runner, ExportFormat format,
                const std::string& name, const std::string& description) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* sub = parent->add_subcommand(name, description);
    add_selection_options(sub, options->selection, true);
    sub->add_option("-o,--output", options->output,
                    "Write to FILE instead of standard output; a new file is readable by its owner only")
        ->type_name("FILE");
    if (format == ExportFormat::ics) {
        sub->add_option("--until", options->until, "Anniversaries and term ends up to DATE (default: a year on)")
            ->type_name("DATE");
        sub->add_flag("--todos", options->todos,
                      "Milestones, feedback and goals as to-dos (VTODO), done ones included, for task-capable "
                      "clients; by default they are all-day events");
    }
    if (format != ExportFormat::ics) {
        sub->add_flag("--include-notes", options->privacy.include_notes, "Include notes (left out by default)");
        sub->add_flag("--include-born", options->privacy.include_born, "Include birth years (left out by default)");
        add_retention_by_option(sub, options->by, "The retention figures also per group");
    }
    sub->add_flag("--redact", options->privacy.redact,
                  "Ids instead of names, and no e-mail addresses or phone numbers");
    sub->callback(
        [&, format, options] { runner = [&global, format, options] { return run_export(global, format, *options); }; });
}
}  // namespace

void add_export_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner) {
    CLI::App* exporter = app.add_subcommand("export",
                                            "Calendar feed, complete computed state, or a self-contained "
                                            "HTML report with journey timelines");
    exporter->require_subcommand(1);
    add_format(exporter, global, runner, ExportFormat::ics, "ics",
               "iCalendar feed of milestones, feedback, goals, anniversaries and term ends");
    add_format(exporter, global, runner, ExportFormat::json, "json", "The complete computed state as JSON");
    add_format(exporter, global, runner, ExportFormat::html, "html",
               "A self-contained HTML report: summary and a journey timeline per representative");
}

}  // namespace repjourney

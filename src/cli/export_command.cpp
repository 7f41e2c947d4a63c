#include <unistd.h>

#include <filesystem>
#include <functional>
#include <iostream>
#include <set>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "diagnostics/timings.hpp"
#include "engine/feedback.hpp"
#include "engine/recognition.hpp"
#include "record/safe_file.hpp"
#include "record/temporary_file.hpp"
#include "render/export_html.hpp"
#include "render/export_ics.hpp"
#include "render/export_json.hpp"
#include "render/export_xlsx.hpp"
#include "render/retention_report.hpp"

namespace repjourney {

namespace {
enum class ExportFormat { ics, json, html, xlsx };

struct ExportOptions {
    SelectionOptions selection;
    std::string output;  // empty or "-": standard output
    std::string until;   // ics, xlsx; empty: as_of + 1y
    bool todos = false;  // ics: to-dos instead of all-day events for what there is to do
    std::string by;      // json, html: retention's groups; empty: none
    Privacy privacy;
};

// Standard output or the file, written as it is made; the file is replaced atomically, and a new file is
// readable by its owner only.
void deliver(const std::function<void(std::ostream&)>& write, const std::string& output) {
    if (output.empty() || output == "-")
        write(std::cout);  // main makes sure it all arrived
    else
        replace_file(output, write);
}

// A workbook is bytes no terminal should get: a file, or standard output when it is not a terminal.
void require_workbook_output(const std::string& output) {
    if (output.empty() || (output == "-" && ::isatty(STDOUT_FILENO)))
        throw Error(exit_usage, Message{MessageId::xlsx_needs_output});
}

// libxlsxwriter writes to a path: a scratch file beside the target (in the temporary directory for
// standard output or a device), read back and delivered as every export is, so that the target is
// replaced at once or not at all.
void deliver_workbook(const ExportData& exported, const std::string& output) {
    namespace fs = std::filesystem;
    const bool to_stdout = output.empty() || output == "-";
    const WriteTarget target = to_stdout ? WriteTarget{} : resolve_write_target(output);
    const bool beside = !to_stdout && target.kind != WriteTarget::Kind::write_through;
    TemporaryFile scratch = create_temporary_beside(beside ? target.path : fs::temp_directory_path() / "export.xlsx");
    ::close(scratch.descriptor);
    std::optional<std::string> bytes;
    try {
        write_xlsx(exported, scratch.path);
        bytes = read_if_exists(scratch.path);
    } catch (...) {
        ::unlink(scratch.path.c_str());
        throw;
    }
    ::unlink(scratch.path.c_str());
    if (!bytes) throw Error(exit_cant_create, Message{MessageId::cannot_write, scratch.path, "libxlsxwriter"});
    if (to_stdout)
        std::cout << *bytes;
    else
        replace_file(target, {*bytes});
}

int run_export(const GlobalOptions& global, ExportFormat format, const ExportOptions& options) {
    if (format == ExportFormat::xlsx) require_workbook_output(options.output);
    LoadResult data =
        load_valid_data(global, options.privacy.include_notes ? LoadScope::everything : LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    Selection selection = resolve_selection(options.selection, data.model);
    const Date until = until_option(options.until, context.as_of, context.as_of + Duration::of_months(12));
    // Computed from the model as it may be shown, so no name, e-mail address or note can slip through. Moved,
    // not copied: nothing else reads the loaded model, and a copy of 50,000 people's is 140 MB more.
    const Model model = private_model(std::move(data.model), options.privacy);
    const Snapshot snapshot{model, context.as_of};

    // Filtered where they are, rather than moved into a second list beside the first.
    ExportData exported{snapshot, compute_statuses(snapshot), {}, {}, context.language, options.privacy, {}};
    std::erase_if(exported.statuses, [&](const RepresentativeStatus& status) {
        return !selected(selection, *status.representative, status.stage);
    });
    timing_mark("statuses");
    // As `recognize` selects them: a farewell is for someone who has left, whom the statuses leave out.
    selection.include_left = true;
    exported.suggestions = recognition_suggestions(snapshot);
    std::erase_if(exported.suggestions, [&](const Suggestion& suggestion) {
        return !selected(selection, snapshot, *suggestion.representative);
    });

    timing_mark("suggestions");
    const PersonLists lists{.open_items = format == ExportFormat::html, .calendar = format == ExportFormat::ics};
    exported.findings = compute_findings(snapshot, exported.statuses, exported.suggestions, until, lists);
    timing_mark("findings");
    if (format != ExportFormat::ics)
        exported.retention = retention_report(snapshot, retention_people(selection, snapshot),
                                              retention_grouping_named(options.by), std::nullopt);
    if (format == ExportFormat::xlsx) {
        selection.include_left = options.selection.all;
        exported.feedback = feedback_due(snapshot);
        std::erase_if(exported.feedback,
                      [&](const FeedbackItem& item) { return !selected(selection, snapshot, *item.representative); });
    }

    timing_mark("retention");
    switch (format) {
        case ExportFormat::ics: {
            const IcsItems items = options.todos ? IcsItems::todos : IcsItems::events;
            deliver([&](std::ostream& out) { write_export_ics(exported, out, items); }, options.output);
            break;
        }
        case ExportFormat::json:
            deliver([&](std::ostream& out) { write_export_json(exported, out); }, options.output);
            break;
        case ExportFormat::html:
            deliver([&](std::ostream& out) { write_export_html(exported, out); }, options.output);
            break;
        case ExportFormat::xlsx: deliver_workbook(exported, options.output); break;
    }
    return exit_ok;
}

void add_format(Command parent, const GlobalOptions& global, CommandRunner& runner, ExportFormat format,
                const std::string& name, const std::string& description) {
    auto options = std::make_shared<ExportOptions>();
    Command sub = parent.subcommand(name, description);
    add_selection_options(sub, options->selection, true);
    sub.option("-o,--output", options->output,
               format == ExportFormat::xlsx
                   ? "Write to FILE (needed: a workbook is no text for a terminal; - is standard output when "
                     "that is not a terminal); a new file is readable by its owner only"
                   : "Write to FILE instead of standard output; a new file is readable by its owner only")
        .type_name("FILE");
    if (format == ExportFormat::ics || format == ExportFormat::xlsx)
        sub.option("--until", options->until,
                   format == ExportFormat::ics ? "Anniversaries and term ends up to DATE (default: a year on)"
                                               : "Terms ending up to DATE (default: a year on)")
            .type_name("DATE");
    if (format == ExportFormat::ics) {
        sub.flag("--todos", options->todos,
                 "Milestones, feedback and goals as to-dos (VTODO), done ones included, for task-capable "
                 "clients; by default they are all-day events");
    }
    if (format == ExportFormat::json || format == ExportFormat::html) {
        sub.flag("--include-notes", options->privacy.include_notes, "Include notes (left out by default)");
        sub.flag("--include-born", options->privacy.include_born, "Include birth years (left out by default)");
    }
    if (format != ExportFormat::ics) add_retention_by_option(sub, options->by, "The retention figures also per group");
    sub.flag("--redact", options->privacy.redact, "Ids instead of names, and no e-mail addresses or phone numbers");
    sub.on_chosen(
        [&, format, options] { runner = [&global, format, options] { return run_export(global, format, *options); }; });
}
}  // namespace

void add_export_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    Command exporter = app.subcommand("export",
                                      "Calendar feed, complete computed state, an HTML report with "
                                      "timelines, or an Excel workbook");
    exporter.require_subcommand();
    add_format(exporter, global, runner, ExportFormat::ics, "ics",
               "iCalendar feed of milestones, feedback, goals, anniversaries and term ends");
    add_format(exporter, global, runner, ExportFormat::json, "json", "The complete computed state as JSON");
    add_format(exporter, global, runner, ExportFormat::html, "html",
               "A self-contained HTML report: summary and a journey timeline per representative");
    add_format(exporter, global, runner, ExportFormat::xlsx, "xlsx",
               "An Excel workbook (-o FILE.xlsx): a sheet each for status, feedback, terms, recognition and retention");
}

}  // namespace repjourney

#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "engine/feedback.hpp"
#include "render/feedback_report.hpp"

namespace repjourney {

namespace {
struct FeedbackOptions {
    SelectionOptions selection;
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
    bool fail_if_overdue = false;
};

int run_feedback(const GlobalOptions& global, const FeedbackOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Selection selection = resolve_selection(options.selection, data.model);
    const Snapshot snapshot{data.model, context.as_of};

    std::vector<FeedbackItem> items = feedback_due(snapshot);
    std::erase_if(items,
                  [&](const FeedbackItem& item) { return !selected(selection, snapshot, *item.representative); });

    if (options.format == "json")
        std::cout << render_feedback_json(items, context.as_of);
    else if (options.format == "csv")
        std::cout << render_feedback_csv(items, csv_style(context, options.excel));
    else
        std::cout << render_feedback_table(items, data.model, context.as_of, context.language,
                                           TableLayout{context.width, context.color});

    const bool overdue = std::any_of(items.begin(), items.end(), [](const FeedbackItem& item) {
        return item.feedback.state == FeedbackState::overdue;
    });
    return options.fail_if_overdue && overdue ? exit_overdue : exit_ok;
}
}  // namespace

void add_feedback_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<FeedbackOptions>();
    Command feedback = app.subcommand("feedback", "Overdue and due-soon feedback conversations, most overdue first");
    add_selection_options(feedback, options->selection, false);
    // Only active people have feedback due, so "include people who have left" would change nothing.
    feedback.remove("--all");
    add_format_option(feedback, options->format, options->excel, {"table", "json", "csv"});
    feedback.flag("--fail-if-overdue", options->fail_if_overdue, "Exit 1 when a listed conversation is overdue");
    feedback.on_chosen([&, options] { runner = [&global, options] { return run_feedback(global, *options); }; });
}

}  // namespace repjourney

#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/activity.hpp"
#include "engine/terms.hpp"
#include "render/terms_report.hpp"

namespace repjourney {

namespace {
struct TermsOptions {
    SelectionOptions selection;
    std::string until;  // empty: default_terms_until (the annual meeting ahead, else as_of + renewal_window)
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
    bool fail_if_overdue = false;
};

int run_terms(const GlobalOptions& global, const TermsOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Selection selection = resolve_selection(options.selection, data.model);
    const Date until =
        until_option(options.until, context.as_of, default_terms_until(data.model.organisation, context.as_of), true);
    const Snapshot snapshot{data.model, context.as_of};

    std::vector<TermEnding> terms = terms_ending(snapshot, until);
    std::erase_if(terms, [&](const TermEnding& term) { return !selected(selection, snapshot, *term.representative); });

    if (options.format == "json")
        std::cout << render_terms_json(terms, context.as_of, until);
    else if (options.format == "csv")
        std::cout << render_terms_csv(terms, csv_style(context, options.excel));
    else
        std::cout << render_terms_table(terms, data.model, context.as_of, until, context.language,
                                        TableLayout{context.width, context.color});

    const bool overdue =
        std::any_of(terms.begin(), terms.end(), [](const TermEnding& term) { return term.talk_overdue; });
    return options.fail_if_overdue && overdue ? exit_overdue : exit_ok;
}
}  // namespace

void add_terms_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<TermsOptions>();
    Command terms = app.subcommand("terms",
                                   "Mandates ending by a day, with holder, renewal talk and what "
                                   "comes next: the nominating committee's list");
    terms
        .option("--until", options->until,
                "List terms ending by this day (YYYY-MM-DD); default the annual meeting when one "
                "lies ahead, else --as-of plus the organisation's renewal_window")
        .type_name("DATE");
    add_selection_options(terms, options->selection, false);
    // People who have left hold no terms to renew, so "include people who have left" would change nothing.
    terms.remove("--all");
    add_format_option(terms, options->format, options->excel, {"table", "json", "csv"});
    terms.flag("--fail-if-overdue", options->fail_if_overdue, "Exit 1 when a listed renewal talk is overdue");
    terms.on_chosen([&, options] { runner = [&global, options] { return run_terms(global, *options); }; });
}

}  // namespace repjourney

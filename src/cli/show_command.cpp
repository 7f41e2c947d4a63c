#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "render/show_report.hpp"

namespace repjourney {

namespace {
struct ShowOptions {
    std::string rep;
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
};

int run_show(const GlobalOptions& global, const ShowOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::everything);
    const ReportContext context = report_context(global, data.model);
    const Representative& rep = require_representative(data.model, options.rep);
    const Snapshot snapshot{data.model, context.as_of};
    const PersonFindings person = person_findings(snapshot, rep);
    if (options.format == "json")
        std::cout << render_show_json(person, snapshot, context.language);
    else if (options.format == "csv")
        std::cout << render_show_csv(person, csv_style(context, options.excel));
    else
        std::cout << render_show_text(person, snapshot, {context.language, context.color, context.width});
    return exit_ok;
}
}  // namespace

void add_show_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<ShowOptions>();
    Command show = app.subcommand("show",
                                  "One person's whole journey: assignments, milestone timeline, "
                                  "feedback, recognitions, goals, notes");
    show.option("REP", options->rep, "The representative's id").required();
    add_format_option(show, options->format, options->excel, {"table", "json", "csv"});
    show.on_chosen([&, options] { runner = [&global, options] { return run_show(global, *options); }; });
}

}  // namespace repjourney

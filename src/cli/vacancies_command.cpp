#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "engine/vacancies.hpp"
#include "render/vacancies_report.hpp"

namespace repjourney {

namespace {
struct VacanciesOptions {
    std::string on;  // empty: as_of
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
};

int run_vacancies(const GlobalOptions& global, const VacanciesOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const Date on = options.on.empty() ? context.as_of : parse_date_option("--on", options.on);
    const Snapshot snapshot{data.model, context.as_of};
    const std::vector<SeatFilling> seats = seat_fillings(snapshot, on);

    if (options.format == "json")
        std::cout << render_vacancies_json(seats, on);
    else if (options.format == "csv")
        std::cout << render_vacancies_csv(seats, csv_style(context, options.excel));
    else
        std::cout << render_vacancies_table(seats, data.model, on, context.language,
                                            TableLayout{context.width, context.color});
    return exit_ok;
}
}  // namespace

void add_vacancies_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<VacanciesOptions>();
    Command vacancies = app.subcommand("vacancies",
                                       "Every seat of the organisation: its holders, vacant places, holders "
                                       "leaving without a successor, and the prospects to ask");
    vacancies
        .option("--on", options->on,
                "Show the seats on this day (YYYY-MM-DD); default --as-of. Nomination answers and prospects "
                "are those known on --as-of")
        .type_name("DATE");
    add_format_option(vacancies, options->format, options->excel, {"table", "json", "csv"});
    vacancies.on_chosen([&, options] { runner = [&global, options] { return run_vacancies(global, *options); }; });
}

}  // namespace repjourney

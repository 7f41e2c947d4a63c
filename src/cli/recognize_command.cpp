#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "engine/recognition.hpp"
#include "render/recognize_report.hpp"

namespace repjourney {

namespace {
struct RecognizeOptions {
    SelectionOptions selection;
    std::string format;
    bool excel = false;  // --excel: CSV for Excel
    std::string kind;    // empty: every kind
};

std::vector<std::string> kind_names() {
    const auto& words = suggestion_kind_words();
    return {words.begin(), words.end()};
}

int run_recognize(const GlobalOptions& global, const RecognizeOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    Selection selection = resolve_selection(options.selection, data.model);
    // People who left keep their farewell (and the achievements just before it) within the window, and the
    // engine suggests nothing else for them: hiding them by default would hide exactly the farewells.
    selection.include_left = true;
    const Snapshot snapshot{data.model, context.as_of};
    const auto kind = suggestion_kind_from(options.kind);

    std::vector<Suggestion> suggestions;
    for (Suggestion& suggestion : recognition_suggestions(snapshot))
        if ((!kind || suggestion.kind == *kind) && selected(selection, snapshot, *suggestion.representative))
            suggestions.push_back(std::move(suggestion));

    if (options.format == "json")
        std::cout << render_recognize_json(suggestions, context.as_of, context.language);
    else if (options.format == "csv")
        std::cout << render_recognize_csv(suggestions, context.as_of, context.language,
                                          csv_style(context, options.excel));
    else
        std::cout << render_recognize_table(suggestions, context.as_of, context.language,
                                            TableLayout{context.width, context.color});
    return exit_ok;
}
}  // namespace

void add_recognize_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<RecognizeOptions>();
    Command recognize = app.subcommand("recognize",
                                       "Recognition suggestions: who deserves appreciation, why, "
                                       "and which action; answer one with 'record recognition'");
    add_selection_options(recognize, options->selection, true);
    recognize.find("--all").description("No effect: people who left are always included, for their farewell");
    recognize.option("--kind", options->kind, "Only suggestions of this kind").one_of(kind_names()).type_name("KIND");
    add_format_option(recognize, options->format, options->excel, {"table", "json", "csv"});
    recognize.on_chosen([&, options] { runner = [&global, options] { return run_recognize(global, *options); }; });
}

}  // namespace repjourney

#pragma once
// What the report commands share: output settings and the people filters.

#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "cli/context.hpp"
#include "engine/selection.hpp"
#include "engine/snapshot.hpp"
#include "model/model.hpp"
#include "render/csv.hpp"

namespace repjourney {

// How to write a report for whoever reads it.
struct ReportContext {
    Date as_of;
    Language language = Language::en;        // --lang, else the organisation's
    bool color = false;                      // --color, NO_COLOR, TERM and whether stdout is a terminal
    std::size_t width = 0;                   // COLUMNS, else the terminal's width; 0: unlimited (not a terminal)
    CsvCells csv_cells = CsvCells::guarded;  // raw with --csv-raw
};

ReportContext report_context(const GlobalOptions& global, const Model& model);

// --format with the formats a command has; the first is the default.
void add_format_option(Command command, std::string& format, const std::vector<std::string>& formats);
// The same, and --excel, which asks --format csv for Excel's dialect (a usage error with another format).
void add_format_option(Command command, std::string& format, bool& excel, const std::vector<std::string>& formats);
// How to write CSV: the context's cells, in Excel's dialect when excel.
CsvStyle csv_style(const ReportContext& context, bool excel);

struct SelectionOptions {
    std::vector<std::string> ids;
    std::string role;
    std::string branch;
    std::string coordinator;
    std::string stage;
    bool all = false;
};

// --role, --branch, --coordinator, --stage, --all; REP... when with_ids.
void add_selection_options(Command command, SelectionOptions& options, bool with_ids);

// --by GROUP of retention and the exports: the first role, branch, adaptation or cohort.
void add_retention_by_option(Command command, std::string& by, const std::string& what);

// The people a retention report counts: the selection's, those who left included (they are what it counts).
std::vector<const Representative*> retention_people(Selection selection, const Snapshot& snapshot);

// The filters, after checking that the ids, role, coordinator and stage exist
// (a typo gets "did you mean" and exit 64 rather than an empty report).
Selection resolve_selection(const SelectionOptions& options, const Model& model);

}  // namespace repjourney

#pragma once
// `retention`: the board's figures (engine/retention) as sentences, a table of groups side by side,
// JSON (SPEC "Retention") or CSV.

#include <string>
#include <vector>

#include "engine/retention.hpp"
#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/sheet.hpp"
#include "render/table.hpp"

namespace repjourney {

// "0.875" for 875 thousandths, "1.0" for all, "0.0" for none: as the spec's JSON writes shares.
std::string share_text(Thousandths share);

// The figures of one set of people, a sentence each (the table's, and the HTML report's).
std::vector<std::string> retention_sentences(const RetentionFigures& figures, const Organisation& organisation,
                                             Language language);

// A sentence per figure; with groups, then a table of them side by side (a column each, the
// whole first), small groups marked.
std::string render_retention_table(const RetentionReport& report, const Organisation& organisation, Language language,
                                   const TableLayout& layout);

// The spec's shape: {"as_of", "people", "exits", "retention", "median_tenure_days", "early_exits",
// "exit_reasons", "renewal", "onboarding", "groups": [{"by", "key", ...the same figures}]}, with
// "from" after "as_of" when it is given.
std::string render_retention_json(const RetentionReport& report);
// The same object, written where json stands (export json's "retention").
void write_retention_json(JsonWriter& json, const RetentionReport& report);

// A row for the whole (group "all") and one per group: group, key, people, exits, share_91 ...
// share_1826, median_tenure_days, early_exits_91/182/365, ended, renewed, moved, left, renewal_rate,
// the same five for complete_ and incomplete_ onboarding, then exit_reason_ID for every reason found.
// The headings in the language name the exit reasons as the organisation's data does.
Sheet retention_sheet(const RetentionReport& report, const Organisation& organisation, Language language);
std::string render_retention_csv(const RetentionReport& report, const Organisation& organisation, CsvStyle style);

// An exit reason inside a sentence: its title (lower-cased), "no reason given" for none, or
// "term ended and not renewed".
std::string exit_reason_words(const Organisation& organisation, const std::string& reason, Language language);

// "3 mo", "1 yr": a checkpoint (an index into retention_checkpoints) as a short heading.
std::string checkpoint_heading(std::size_t checkpoint, Language language);

// The name of a grouping as --by writes it: role, branch, adaptation, cohort.
std::string_view to_string(RetentionGrouping by);
// Those names, in that order; and the grouping of a name (none for any other).
std::vector<std::string> retention_grouping_names();
RetentionGrouping retention_grouping_named(std::string_view name);

}  // namespace repjourney

#pragma once
// `show REP`: one person's whole journey, what an organiser reads before calling them.

#include <string>
#include <vector>

#include "engine/findings.hpp"
#include "render/status_report.hpp"

namespace repjourney {

// Details, each assignment with its milestone timeline, feedback and its history,
// recognitions, goals, notes, warning signs and suggested recognition. Text from the data is shown one_line
// (text/printable.hpp): a note keeps to its line, and a control in it is escaped.
std::string render_show_text(const PersonFindings& person, const Snapshot& snapshot, const ReportStyle& style);

// The status object of `status --format json`, plus "events" (dated on or before as_of)
// and "suggestions" (with their reasons in the report's language, as recognize gives them).
std::string render_show_json(const PersonFindings& person, const Snapshot& snapshot, Language language);

// The timeline as rows: kind, role, id, title, due, state, date.
std::string render_show_csv(const PersonFindings& person, CsvStyle style);

}  // namespace repjourney

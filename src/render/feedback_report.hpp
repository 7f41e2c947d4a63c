#pragma once
// `feedback`: the overdue and due-soon feedback conversations, as feedback_due orders them.

#include <string>
#include <vector>

#include "engine/feedback.hpp"
#include "render/csv.hpp"
#include "render/sheet.hpp"
#include "render/table.hpp"

namespace repjourney {

// Name, coordinator, state, next due date, how far off it is, the last conversation and the cadence;
// "Nothing to do." when there are no items. `model` gives the coordinators' names.
std::string render_feedback_table(const std::vector<FeedbackItem>& items, const Model& model, Date as_of,
                                  Language language, const TableLayout& layout);

// The SPEC's contract: {"as_of", "items": [{"rep", "next_due", "state", "days_overdue", "last"}]}, with
// days_overdue and last null when there is none, and also name, coordinator (id or null) and every_days.
std::string render_feedback_json(const std::vector<FeedbackItem>& items, Date as_of);

// rep, name, coordinator, next_due, state, days_overdue, last, every_days; absent values are empty.
// A row per item: rep, name, coordinator, next_due, state, days_overdue, last, every_days.
Sheet feedback_sheet(const std::vector<FeedbackItem>& items, Language language);
std::string render_feedback_csv(const std::vector<FeedbackItem>& items, CsvStyle style);

}  // namespace repjourney

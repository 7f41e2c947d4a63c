#pragma once
// Where a dated item stands on as_of; shared by milestones, goals and feedback so that
// "overdue" and "due soon" mean the same everywhere.

#include <optional>
#include <string_view>

#include "model/date.hpp"
#include "model/duration.hpp"

namespace repjourney {

enum class DueState { done, overdue, due_soon, upcoming, no_due };

// done, overdue, due-soon, upcoming, no-due
std::string_view to_string(DueState state);

// An open item due on `due`: overdue (due < as_of), due-soon (due <= as_of + due_soon) or upcoming.
DueState due_state(Date due, Date as_of, Duration due_soon);

// as_of - due when the item is overdue, else nothing.
std::optional<int> days_overdue(Date due, Date as_of);

}  // namespace repjourney

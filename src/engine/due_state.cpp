#include "engine/due_state.hpp"

namespace repjourney {

std::string_view to_string(DueState state) {
    switch (state) {
        case DueState::done: return "done";
        case DueState::overdue: return "overdue";
        case DueState::due_soon: return "due-soon";
        case DueState::upcoming: return "upcoming";
        case DueState::no_due: return "no-due";
    }
    return "?";
}

DueState due_state(Date due, Date as_of, Duration due_soon) {
    if (due < as_of) return DueState::overdue;
    if (due <= as_of + due_soon) return DueState::due_soon;
    return DueState::upcoming;
}

std::optional<int> days_overdue(Date due, Date as_of) {
    if (due < as_of) return days_between(due, as_of);
    return std::nullopt;
}

}  // namespace repjourney

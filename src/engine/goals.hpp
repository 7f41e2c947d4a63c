#pragma once
// Personal development goals on as_of.

#include <optional>
#include <vector>

#include "engine/due_state.hpp"
#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

struct GoalStatus {
    const Goal* goal = nullptr;
    // done when `done` <= as_of (a later `done` is not done yet); else by `due`, or no-due without one.
    DueState state = DueState::no_due;
    std::optional<int> days_overdue;
    // Followed as a task (the calendar feed's tasks, the timeline's and the HTML card's overdue marks): its
    // representative counts. Set by representative_status, like AssignmentStatus::followed.
    bool followed = false;
};

GoalStatus goal_status(const Snapshot& snapshot, const Goal& goal);

// One per goal, in the representative's order.
std::vector<GoalStatus> goal_statuses(const Snapshot& snapshot, const Representative& rep);

}  // namespace repjourney

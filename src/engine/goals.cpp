#include "engine/goals.hpp"

namespace repjourney {

GoalStatus goal_status(const Snapshot& snapshot, const Goal& goal) {
    const Date as_of = snapshot.as_of();
    GoalStatus status;
    status.goal = &goal;
    if (goal.done && *goal.done <= as_of) {
        status.state = DueState::done;
    } else if (goal.due) {
        status.state = due_state(*goal.due, as_of, snapshot.organisation().due_soon);
        status.days_overdue = days_overdue(*goal.due, as_of);
    }
    return status;
}

std::vector<GoalStatus> goal_statuses(const Snapshot& snapshot, const Representative& rep) {
    std::vector<GoalStatus> statuses;
    statuses.reserve(rep.goals.size());
    for (const Goal& goal : rep.goals) statuses.push_back(goal_status(snapshot, goal));
    return statuses;
}

}  // namespace repjourney

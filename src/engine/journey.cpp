#include "engine/journey.hpp"

#include <algorithm>

#include "engine/activity.hpp"
#include "engine/summary.hpp"

namespace repjourney {

namespace {
// Keeps the earlier of the step found so far and a candidate due on `due`; a tie keeps the first.
NextStep* consider(std::optional<NextStep>& best, NextStep::Kind kind, Date due, const Snapshot& snapshot) {
    if (best && best->due <= due) return nullptr;
    NextStep& step = best.emplace();
    step.kind = kind;
    step.due = due;
    step.state = due_state(due, snapshot.as_of(), snapshot.organisation().due_soon);
    step.days_overdue = days_overdue(due, snapshot.as_of());
    return &step;
}

std::optional<NextStep> next_step_of(const Snapshot& snapshot, const RepresentativeStatus& status) {
    std::optional<NextStep> best;
    if (!status.counts()) return best;
    for (const AssignmentStatus& assignment : status.assignments) {
        if (!assignment.counts) continue;
        for (const MilestoneStatus& m : assignment.milestones) {
            if (m.state == DueState::done) continue;
            if (NextStep* step = consider(best, NextStep::Kind::milestone, m.due, snapshot)) {
                step->assignment = assignment.assignment;
                step->role = assignment.role;
                step->milestone = m.milestone;
            }
        }
    }
    if (status.feedback) consider(best, NextStep::Kind::feedback, status.feedback->next_due, snapshot);
    for (const GoalStatus& goal : status.goals) {
        if (goal.state == DueState::done || !goal.goal->due) continue;
        if (NextStep* step = consider(best, NextStep::Kind::goal, *goal.goal->due, snapshot)) step->goal = goal.goal;
    }
    return best;
}
}  // namespace

std::string_view to_string(NextStep::Kind kind) {
    switch (kind) {
        case NextStep::Kind::milestone: return "milestone";
        case NextStep::Kind::feedback: return "feedback";
        case NextStep::Kind::goal: return "goal";
    }
    return "?";
}

RepresentativeStatus representative_status(const Snapshot& snapshot, const Representative& rep) {
    RepresentativeStatus status;
    status.representative = &rep;
    status.active = is_active(rep, snapshot.as_of());
    status.paused = is_paused(rep, snapshot.as_of());
    status.assignments = assignment_statuses(snapshot, rep);
    status.stage = stage_of(snapshot, rep, status.assignments);
    status.feedback = feedback_status(snapshot, rep);
    status.goals = goal_statuses(snapshot, rep);
    status.signals = loyalty_signals(snapshot, rep, status.assignments, status.feedback, status.goals);
    status.next_step = next_step_of(snapshot, status);
    return status;
}

std::vector<RepresentativeStatus> compute_statuses(const Snapshot& snapshot) {
    const auto& representatives = snapshot.model().representatives;
    std::vector<RepresentativeStatus> statuses;
    statuses.reserve(representatives.size());
    for (const Representative& rep : representatives) statuses.push_back(representative_status(snapshot, rep));
    return statuses;
}

std::vector<RepresentativeStatus> compute_statuses(const Model& model, Date as_of) {
    return compute_statuses(Snapshot{model, as_of});
}

int overdue_items(const RepresentativeStatus& status) { return overdue_counts(status).total(); }

}  // namespace repjourney

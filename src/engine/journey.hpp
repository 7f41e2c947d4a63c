#pragma once
// Everything the engine knows about one representative on as_of, and the same for everyone:
// what `status`, `show` and the exports render.

#include <optional>
#include <string_view>
#include <vector>

#include "engine/activity.hpp"
#include "engine/due_state.hpp"
#include "engine/feedback.hpp"
#include "engine/goals.hpp"
#include "engine/milestones.hpp"
#include "engine/signals.hpp"
#include "engine/snapshot.hpp"
#include "engine/stage.hpp"

namespace repjourney {

// The most urgent open item: a milestone, the feedback conversation or a goal.
struct NextStep {
    enum class Kind { milestone, feedback, goal };
    Kind kind = Kind::milestone;
    Date due;
    DueState state = DueState::upcoming;  // overdue, due-soon or upcoming
    std::optional<int> days_overdue;
    const Assignment* assignment = nullptr;  // milestone
    const Role* role = nullptr;              // milestone
    const Milestone* milestone = nullptr;    // milestone
    const Goal* goal = nullptr;              // goal
};

// milestone, feedback, goal
std::string_view to_string(NextStep::Kind kind);

struct RepresentativeStatus {
    const Representative* representative = nullptr;
    bool active = false;
    bool paused = false;
    Stage stage = Stage::established;
    std::vector<AssignmentStatus> assignments;  // every assignment, in the representative's order
    std::optional<FeedbackStatus> feedback;     // only for an active, unpaused representative
    std::vector<GoalStatus> goals;
    std::vector<Signal> signals;
    // The open item with the earliest due date among those that count (milestones of assignments
    // that count, feedback, goals of a representative who counts); ties go to milestones, then
    // feedback, then goals, each in data order.
    std::optional<NextStep> next_step;

    // Active and unpaused: only then are the representative's overdue and due-soon items raised.
    bool counts() const { return repjourney::counts(active, paused); }
    bool at_risk() const { return repjourney::at_risk(signals); }
};

RepresentativeStatus representative_status(const Snapshot& snapshot, const Representative& rep);

// One per representative, in data order, including those who left (their stage says so).
std::vector<RepresentativeStatus> compute_statuses(const Snapshot& snapshot);
std::vector<RepresentativeStatus> compute_statuses(const Model& model, Date as_of);

// The overdue items that count: milestones, feedback and goals (for --fail-if-overdue and summaries).
int overdue_items(const RepresentativeStatus& status);

}  // namespace repjourney

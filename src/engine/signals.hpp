#pragma once
// Loyalty signals: explained reasons to worry that an active representative may drift away.
// Data only; wording and translation are the renderers' business.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "engine/feedback.hpp"
#include "engine/goals.hpp"
#include "engine/milestones.hpp"
#include "engine/snapshot.hpp"

namespace repjourney {

enum class SignalKind { feedback_overdue, quiet, milestones_overdue, renewal_pending, goal_overdue };

// feedback-overdue, quiet, milestones-overdue, renewal-pending, goal-overdue: stable words for programs.
std::string_view to_string(SignalKind kind);

// At most one signal per kind; where several items raise it, it describes the worst.
struct Signal {
    SignalKind kind = SignalKind::feedback_overdue;
    int count = 1;  // milestones, goals, or terms without renewal talk behind it; 1 otherwise
    // feedback_overdue, milestones_overdue, goal_overdue: days overdue; quiet: days since `date`;
    // renewal_pending: days until the term ends.
    int days = 0;
    // feedback_overdue: next due; quiet: latest recognition, else service start;
    // milestones_overdue, goal_overdue: the due date; renewal_pending: the term's end.
    Date date;
    const Assignment* assignment = nullptr;  // milestones_overdue, renewal_pending
    const Milestone* milestone = nullptr;    // milestones_overdue
    const Goal* goal = nullptr;              // goal_overdue
    // renewal_pending: when the described term's renewal talk is late, the day it was due.
    std::optional<Date> talk_due;
};

// The latest recognition event, else the service start (the earliest assignment start);
// nothing for a representative with neither.
std::optional<Date> last_recognised(const Snapshot& snapshot, const Representative& rep);

// The quiet signal when last_recognised lies quiet_after or more before as_of, whether or not the
// representative is active (loyalty_signals and recognition suggestions check that).
std::optional<Signal> quiet_signal(const Snapshot& snapshot, const Representative& rep);

// The signals of an active, unpaused representative, in SignalKind order; none for anyone else.
// The statuses are those computed for the same representative and snapshot.
std::vector<Signal> loyalty_signals(const Snapshot& snapshot, const Representative& rep,
                                    std::span<const AssignmentStatus> assignments,
                                    const std::optional<FeedbackStatus>& feedback, std::span<const GoalStatus> goals);

// Two or more signals.
bool at_risk(std::span<const Signal> signals);

}  // namespace repjourney

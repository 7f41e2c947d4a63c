#include "engine/signals.hpp"

#include "engine/activity.hpp"
#include "engine/terms.hpp"

namespace repjourney {

namespace {
Signal signal_of(SignalKind kind) {
    Signal signal;
    signal.kind = kind;
    return signal;
}

// Counts one more item behind a signal of this kind. Returns the signal for the caller to
// describe the item with when it is the first or worse than the one described so far.
template <typename IsWorse>
Signal* tally(std::optional<Signal>& signal, SignalKind kind, IsWorse is_worse) {
    if (!signal) return &signal.emplace(signal_of(kind));
    ++signal->count;
    return is_worse(*signal) ? &*signal : nullptr;
}

std::optional<Signal> feedback_signal(const std::optional<FeedbackStatus>& feedback) {
    if (!feedback || !feedback->days_overdue) return std::nullopt;
    Signal signal = signal_of(SignalKind::feedback_overdue);
    signal.days = *feedback->days_overdue;
    signal.date = feedback->next_due;
    return signal;
}

// A once-only renewal talk of a term ending within the renewal window: the renewal signal
// stands for it while it is not done, so a late talk is one sign, not two.
bool renewal_signal_covers(const AssignmentStatus& assignment, const MilestoneStatus& m, Date horizon) {
    const auto& end = assignment.assignment->end;
    return is_renewal_talk(*m.milestone) && !m.milestone->repeating() && end && *end <= horizon;
}

std::optional<Signal> milestones_signal(std::span<const AssignmentStatus> assignments, Date renewal_horizon) {
    std::optional<Signal> signal;
    for (const AssignmentStatus& assignment : assignments) {
        if (!assignment.counts) continue;
        for (const MilestoneStatus& m : assignment.milestones) {
            if (!m.days_overdue || renewal_signal_covers(assignment, m, renewal_horizon)) continue;
            const auto worse = [&](const Signal& s) { return *m.days_overdue > s.days; };
            if (Signal* s = tally(signal, SignalKind::milestones_overdue, worse)) {
                s->days = *m.days_overdue;
                s->date = m.due;
                s->assignment = assignment.assignment;
                s->milestone = m.milestone;
            }
        }
    }
    return signal;
}

// The earliest due date of the term's once-only renewal talks that are late.
std::optional<Date> late_talk_due(std::span<const MilestoneStatus> talks) {
    std::optional<Date> due;
    for (const MilestoneStatus& m : talks)
        if (m.days_overdue && !m.milestone->repeating() && (!due || m.due < *due)) due = m.due;
    return due;
}

std::optional<Signal> renewal_signal(std::span<const AssignmentStatus> assignments, Date as_of, Date horizon) {
    std::optional<Signal> signal;
    for (const AssignmentStatus& assignment : assignments) {
        const auto& end = assignment.assignment->end;
        if (!assignment.counts || !end || *end > horizon) continue;
        const auto talks = renewal_talks(assignment);
        if (!renewal_talk_pending(talks)) continue;
        // The term ending first is the most urgent.
        const auto worse = [&](const Signal& s) { return *end < s.date; };
        if (Signal* s = tally(signal, SignalKind::renewal_pending, worse)) {
            s->days = days_between(as_of, *end);
            s->date = *end;
            s->assignment = assignment.assignment;
            s->talk_due = late_talk_due(talks);
        }
    }
    return signal;
}

std::optional<Signal> goal_signal(std::span<const GoalStatus> goals) {
    std::optional<Signal> signal;
    for (const GoalStatus& goal : goals) {
        if (!goal.days_overdue) continue;
        const auto worse = [&](const Signal& s) { return *goal.days_overdue > s.days; };
        if (Signal* s = tally(signal, SignalKind::goal_overdue, worse)) {
            s->days = *goal.days_overdue;
            s->date = *goal.goal->due;
            s->goal = goal.goal;
        }
    }
    return signal;
}
}  // namespace

std::string_view to_string(SignalKind kind) {
    switch (kind) {
        case SignalKind::feedback_overdue: return "feedback-overdue";
        case SignalKind::quiet: return "quiet";
        case SignalKind::milestones_overdue: return "milestones-overdue";
        case SignalKind::renewal_pending: return "renewal-pending";
        case SignalKind::goal_overdue: return "goal-overdue";
    }
    return "?";
}

std::optional<Date> last_recognised(const Snapshot& snapshot, const Representative& rep) {
    if (const auto latest = latest_event(snapshot.events_of(rep), EventType::recognition)) return latest;
    return service_start(rep);
}

std::optional<Signal> quiet_signal(const Snapshot& snapshot, const Representative& rep) {
    const auto since = last_recognised(snapshot, rep);
    const Date as_of = snapshot.as_of();
    if (!since || as_of < *since + snapshot.organisation().recognition.quiet_after) return std::nullopt;
    Signal signal = signal_of(SignalKind::quiet);
    signal.days = days_between(*since, as_of);
    signal.date = *since;
    return signal;
}

std::vector<Signal> loyalty_signals(const Snapshot& snapshot, const Representative& rep,
                                    std::span<const AssignmentStatus> assignments,
                                    const std::optional<FeedbackStatus>& feedback, std::span<const GoalStatus> goals) {
    std::vector<Signal> signals;
    const Date as_of = snapshot.as_of();
    if (!counts_on(rep, as_of)) return signals;
    const Date renewal_horizon = as_of + snapshot.organisation().renewal_window;
    for (const auto& signal :
         {feedback_signal(feedback), quiet_signal(snapshot, rep), milestones_signal(assignments, renewal_horizon),
          renewal_signal(assignments, as_of, renewal_horizon), goal_signal(goals)})
        if (signal) signals.push_back(*signal);
    return signals;
}

bool at_risk(std::span<const Signal> signals) { return signals.size() >= 2; }

}  // namespace repjourney

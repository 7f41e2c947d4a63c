#include "engine/milestones.hpp"

#include "engine/activity.hpp"

namespace repjourney {

bool completes(const Event& event, const Assignment& assignment, const Role& role, const Milestone& milestone) {
    if (event.type != EventType::milestone || event.milestone != milestone.id) return false;
    if (!event.role.empty() && event.role != role.id) return false;
    // scope: term keeps a re-elected representative's earlier term from counting for this one.
    if (milestone.scope == MilestoneScope::term)
        return assignment.start <= event.date && (!assignment.end || event.date <= *assignment.end);
    return true;
}

std::optional<Date> first_due(const Assignment& assignment, const Milestone& milestone) {
    if (milestone.due.anchor == MilestoneDue::Anchor::start) return assignment.start + milestone.due.offset;
    if (!assignment.end) return std::nullopt;
    return *assignment.end - milestone.due.offset;
}

std::optional<MilestoneStatus> milestone_status(const Snapshot& snapshot, std::span<const Event* const> events,
                                                const Assignment& assignment, const Role& role,
                                                const Milestone& milestone) {
    const auto due = first_due(assignment, milestone);
    if (!due) return std::nullopt;

    // Events come sorted by date, so the first completion is the earliest and the last the latest.
    std::optional<Date> earliest;
    std::optional<Date> latest;
    for (const Event* event : events) {
        if (!completes(*event, assignment, role, milestone)) continue;
        if (!earliest) earliest = event->date;
        latest = event->date;
    }

    MilestoneStatus status;
    status.milestone = &milestone;
    status.due = *due;
    if (milestone.repeating()) {
        status.last = latest;
        if (latest) status.due = *latest + *milestone.every;
    } else if (earliest) {
        status.done = earliest;
        status.state = DueState::done;
        return status;
    }
    status.state = due_state(status.due, snapshot.as_of(), snapshot.organisation().due_soon);
    status.days_overdue = days_overdue(status.due, snapshot.as_of());
    return status;
}

AssignmentStatus assignment_status(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment) {
    const Date as_of = snapshot.as_of();
    AssignmentStatus status;
    status.assignment = &assignment;
    status.role = snapshot.role(assignment.role);
    status.active = assignment.active_on(as_of);
    // An active assignment makes its representative active unless they left.
    status.counts = status.active && counts_on(rep, as_of);
    status.followed = status.counts || (assignment.start > as_of && !has_left(rep, as_of) && !is_paused(rep, as_of));
    if (!status.role) return status;

    const auto events = snapshot.events_of(rep);
    for (const Milestone& milestone : status.role->journey)
        if (auto m = milestone_status(snapshot, events, assignment, *status.role, milestone))
            status.milestones.push_back(*m);
    return status;
}

std::vector<AssignmentStatus> assignment_statuses(const Snapshot& snapshot, const Representative& rep) {
    std::vector<AssignmentStatus> statuses;
    statuses.reserve(rep.assignments.size());
    for (const Assignment& assignment : rep.assignments)
        statuses.push_back(assignment_status(snapshot, rep, assignment));
    return statuses;
}

std::vector<MilestoneCompletions> repeating_completions(const Snapshot& snapshot, const Representative& rep,
                                                        std::span<const AssignmentStatus> assignments) {
    std::vector<MilestoneCompletions> found;
    const auto events = snapshot.events_of(rep);
    for (const AssignmentStatus& a : assignments) {
        if (!a.role) continue;
        for (const MilestoneStatus& m : a.milestones) {
            if (!m.milestone->repeating()) continue;
            MilestoneCompletions completions{a.assignment, m.milestone, {}};
            for (const Event* event : events)
                if (completes(*event, *a.assignment, *a.role, *m.milestone)) completions.dates.push_back(event->date);
            if (!completions.dates.empty()) found.push_back(std::move(completions));
        }
    }
    return found;
}

}  // namespace repjourney

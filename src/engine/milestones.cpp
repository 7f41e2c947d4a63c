#include "engine/milestones.hpp"

#include <algorithm>

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

const Assignment* completion_owner(const Snapshot& snapshot, const Representative& rep, const Event& event) {
    const Assignment* ahead = nullptr;
    for (const Assignment& assignment : rep.assignments) {
        const Role* role = snapshot.role(assignment.role);
        if (!role) continue;
        // Only an assignment whose status has the milestone can draw it (not an end-relative one when open-ended).
        const auto milestone = std::find_if(role->journey.begin(), role->journey.end(), [&](const Milestone& m) {
            return m.id == event.milestone && first_due(assignment, m);
        });
        if (milestone == role->journey.end() || !completes(event, assignment, *role, *milestone)) continue;
        if (assignment.active_on(event.date)) return &assignment;
        if (assignment.start > event.date && (!ahead || assignment.start < ahead->start)) ahead = &assignment;
    }
    return ahead;
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
    status.last_day = assignment.end;
    if (rep.left && (!status.last_day || *rep.left <= *status.last_day)) status.last_day = rep.left->plus_days(-1);
    status.nomination = nomination_status(snapshot, rep, assignment);
    if (!status.role) return status;

    const auto events = snapshot.events_of(rep);
    for (const Milestone& milestone : status.role->journey)
        if (auto m = milestone_status(snapshot, events, assignment, *status.role, milestone))
            status.milestones.push_back(*m);

    // The completions that belong here (rep's own assignment, as completion_owner returns), gathered first so that
    // the vector is allocated once and no larger than it must be: a report holds one for every assignment of everyone.
    thread_local std::vector<Completion> owned;
    owned.clear();
    for (const Event* event : events) {
        if (event->type != EventType::milestone || completion_owner(snapshot, rep, *event) != &assignment) continue;
        for (const MilestoneStatus& m : status.milestones)
            if (m.milestone->id == event->milestone) {
                owned.push_back({m.milestone, event->date});
                break;
            }
    }
    status.completions.assign(owned.begin(), owned.end());
    return status;
}

std::vector<AssignmentStatus> assignment_statuses(const Snapshot& snapshot, const Representative& rep) {
    std::vector<AssignmentStatus> statuses;
    statuses.reserve(rep.assignments.size());
    for (const Assignment& assignment : rep.assignments)
        statuses.push_back(assignment_status(snapshot, rep, assignment));
    return statuses;
}

}  // namespace repjourney

#include "engine/journey.hpp"

#include <algorithm>

#include "engine/activity.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
OpenItem item_due(OpenItem::Kind kind, Date due, DueState state, std::optional<int> days_overdue) {
    OpenItem item;
    item.kind = kind;
    item.due = due;
    item.state = state;
    item.days_overdue = days_overdue;
    return item;
}

// The earliest item; a tie keeps the first: milestones, then feedback, then goals, then nominations.
std::optional<OpenItem> earliest(std::vector<OpenItem> items) {
    const auto first = std::min_element(items.begin(), items.end(),
                                        [](const OpenItem& a, const OpenItem& b) { return a.due < b.due; });
    if (first == items.end()) return std::nullopt;
    return std::move(*first);
}

OverdueCounts overdue_of(const std::vector<OpenItem>& items) {
    OverdueCounts counts;
    for (const OpenItem& item : items) {
        if (item.state != DueState::overdue) continue;
        switch (item.kind) {
            case OpenItem::Kind::milestone: ++counts.milestones; break;
            case OpenItem::Kind::feedback: ++counts.feedback; break;
            case OpenItem::Kind::goal: ++counts.goals; break;
            case OpenItem::Kind::nomination: ++counts.nominations; break;
        }
    }
    return counts;
}

Progress progress_of(const std::vector<AssignmentStatus>& assignments) {
    Progress progress;
    for (const auto& assignment : assignments) {
        if (!assignment.active) continue;
        for (const auto& m : assignment.milestones) {
            if (m.milestone->repeating()) continue;
            ++progress.total;
            if (m.state == DueState::done) ++progress.done;
        }
    }
    return progress;
}
}  // namespace

std::vector<OpenItem> open_items(const RepresentativeStatus& status) {
    std::vector<OpenItem> items;
    if (!status.counts()) return items;
    for (const AssignmentStatus& assignment : status.assignments) {
        if (!assignment.counts) continue;
        for (const MilestoneStatus& m : assignment.milestones) {
            if (m.state == DueState::done) continue;
            OpenItem& item = items.emplace_back(item_due(OpenItem::Kind::milestone, m.due, m.state, m.days_overdue));
            item.assignment = assignment.assignment;
            item.role = assignment.role;
            item.milestone = m.milestone;
            item.title = m.milestone->title;
            item.last = m.last;
            item.every = m.milestone->every;
        }
    }
    if (const auto& f = status.feedback) {
        OpenItem& item = items.emplace_back(
            item_due(OpenItem::Kind::feedback, f->next_due, due_state_of(f->state), f->days_overdue));
        item.last = f->last;
        item.every = f->every;
    }
    for (const GoalStatus& goal : status.goals) {
        if (goal.state == DueState::done || !goal.goal->due) continue;
        OpenItem& item =
            items.emplace_back(item_due(OpenItem::Kind::goal, *goal.goal->due, goal.state, goal.days_overdue));
        item.goal = goal.goal;
        item.title = goal.goal->title;
    }
    for (const AssignmentStatus& assignment : status.assignments) {
        const std::optional<NominationStatus>& n = assignment.nomination;
        if (!assignment.counts || !n || n->state == DueState::done) continue;
        OpenItem& item = items.emplace_back(item_due(OpenItem::Kind::nomination, n->due, n->state, n->days_overdue));
        item.assignment = assignment.assignment;
        item.role = assignment.role;
        item.answer = n->answer;
    }
    return items;
}

std::string_view to_string(OpenItem::Kind kind) {
    switch (kind) {
        case OpenItem::Kind::milestone: return "milestone";
        case OpenItem::Kind::feedback: return "feedback";
        case OpenItem::Kind::goal: return "goal";
        case OpenItem::Kind::nomination: return "nomination";
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
    for (GoalStatus& goal : status.goals) goal.followed = status.counts();
    status.service_start = service_start(rep);
    status.signals = loyalty_signals(snapshot, rep, status.assignments, status.feedback, status.goals);
    std::vector<OpenItem> open = open_items(status);
    status.overdue = overdue_of(open);
    status.progress = progress_of(status.assignments);
    status.next_step = earliest(std::move(open));
    return status;
}

std::vector<RepresentativeStatus> compute_statuses(const Snapshot& snapshot) {
    const auto& representatives = snapshot.model().representatives;
    std::vector<RepresentativeStatus> statuses(representatives.size());
    parallel_for(representatives.size(),
                 [&](std::size_t i) { statuses[i] = representative_status(snapshot, representatives[i]); });
    return statuses;
}

std::vector<RepresentativeStatus> compute_statuses(const Model& model, Date as_of) {
    return compute_statuses(Snapshot{model, as_of});
}

int overdue_items(const RepresentativeStatus& status) { return status.overdue.total(); }

}  // namespace repjourney

#pragma once
// The journey milestones of each assignment on as_of (SPEC "Milestones").

#include <optional>
#include <span>
#include <vector>

#include "engine/due_state.hpp"
#include "engine/mandates.hpp"
#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

struct MilestoneStatus {
    const Milestone* milestone = nullptr;
    Date due;  // once-only: its due date; repeating: the next due date
    DueState state = DueState::upcoming;
    std::optional<Date> done;  // once-only: the earliest completion
    std::optional<Date> last;  // repeating: the latest completion
    std::optional<int> days_overdue;
};

// A completion of a journey milestone: the milestone and the day it was done.
struct Completion {
    const Milestone* milestone = nullptr;
    Date date;
};

struct AssignmentStatus {
    const Assignment* assignment = nullptr;
    const Role* role = nullptr;  // nullptr only for an unknown role, which the loader rejects
    bool active = false;         // start <= as_of <= end
    // Active, and its representative neither paused nor left: only then do its overdue and
    // due-soon milestones count as items to raise. The states themselves are always computed.
    bool counts = false;
    // Counts, or starts later for a representative neither paused nor left: its milestones are
    // followed as tasks (the calendar feed's tasks, the timeline's marks), overdue or not.
    bool followed = false;
    // The last day it is held: its end, or the day before its holder leaves when that comes first; none while
    // open-ended. What a timeline draws; the term itself is the assignment's.
    std::optional<Date> last_day;
    std::vector<MilestoneStatus> milestones;  // journey order; end-relative ones skipped when open-ended
    // Ask the holder about another term before the annual meeting: nomination_status, in every state.
    std::optional<NominationStatus> nomination;
    // The completions that belong to this assignment (completion_owner), by date: what its timeline draws, so that
    // one counted in several assignments is drawn on one. Kept here rather than per milestone: one vector for all.
    std::vector<Completion> completions;
};

// The event is a completion of the milestone in the assignment of the role: a milestone event with
// its id and the role or none; with scope: term, only one dated within the assignment.
bool completes(const Event& event, const Assignment& assignment, const Role& role, const Milestone& milestone);

// The assignment of the representative that a completion belongs to. A scope: role completion counts in every
// assignment of the role, but happened in one: of the assignments it completes a milestone in, the first held on
// its date, else the first to start after it (done ahead of it); nothing when all of them had ended by then.
const Assignment* completion_owner(const Snapshot& snapshot, const Representative& rep, const Event& event);

// The first due date of the milestone in the assignment; nothing when it counts back from
// the end of an open-ended assignment.
std::optional<Date> first_due(const Assignment& assignment, const Milestone& milestone);

// The milestone in one assignment of the role, judged on the representative's events
// (as Snapshot::events_of gives them); nothing when first_due is nothing.
std::optional<MilestoneStatus> milestone_status(const Snapshot& snapshot, std::span<const Event* const> events,
                                                const Assignment& assignment, const Role& role,
                                                const Milestone& milestone);

AssignmentStatus assignment_status(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment);

// One per assignment, in the representative's order.
std::vector<AssignmentStatus> assignment_statuses(const Snapshot& snapshot, const Representative& rep);

// Overdue milestones of assignments that count.

}  // namespace repjourney

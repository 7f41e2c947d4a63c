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
#include "engine/open_item_kind.hpp"
#include "engine/signals.hpp"
#include "engine/snapshot.hpp"
#include "engine/stage.hpp"

namespace repjourney {

// An open item of a representative who counts: a milestone not done of an assignment that counts,
// the feedback conversation, a goal not done that has a due date, or the nomination item of an assignment
// that counts (ask about another term) not answered yes or no. Overdue, due soon or upcoming.
struct OpenItem {
    using Kind = OpenItemKind;
    Kind kind = Kind::milestone;
    std::string_view title;  // its title in the data (milestone, goal); empty when the kind names it (feedback)
    Date due;
    DueState state = DueState::upcoming;  // overdue, due-soon or upcoming
    std::optional<int> days_overdue;
    const Assignment* assignment = nullptr;  // milestone, nomination
    const Role* role = nullptr;              // milestone, nomination
    const Milestone* milestone = nullptr;    // milestone
    const Goal* goal = nullptr;              // goal
    std::optional<Date> last;                // repeating milestone: the latest completion; feedback: the latest talk
    std::optional<Duration> every;           // repeating milestone and feedback: the cadence
    NominationAnswer answer = NominationAnswer::none;  // nomination: the answer so far (none or undecided)
};

// The overdue open items of one representative, by kind.
struct OverdueCounts {
    int milestones = 0;
    int feedback = 0;  // 0 or 1: the feedback conversation
    int goals = 0;
    int nominations = 0;  // assignments whose holder has not been asked about another term in time

    int total() const { return milestones + feedback + goals + nominations; }
};

// Once-only milestones done, of all once-only milestones, in the active assignments.
struct Progress {
    int done = 0;
    int total = 0;
};

// milestone, feedback, goal, nomination
std::string_view to_string(OpenItem::Kind kind);

struct RepresentativeStatus {
    const Representative* representative = nullptr;
    bool active = false;
    bool paused = false;
    Stage stage = Stage::established;
    std::vector<AssignmentStatus> assignments;  // every assignment, in the representative's order
    std::optional<FeedbackStatus> feedback;     // only for an active, unpaused representative
    std::vector<GoalStatus> goals;
    std::vector<Signal> signals;
    std::optional<Date> service_start;  // the first assignment's start: "representative since"; none without one
    // The open item with the earliest due date among those that count (milestones of assignments
    // that count, feedback, goals of a representative who counts, nominations); ties go to milestones,
    // then feedback, then goals, then nominations, each in data order.
    std::optional<OpenItem> next_step;
    OverdueCounts overdue;  // of the open items
    Progress progress;

    // Active and unpaused: only then are the representative's overdue and due-soon items raised.
    bool counts() const { return repjourney::counts(active, paused); }
    bool at_risk() const { return repjourney::at_risk(signals); }
};

RepresentativeStatus representative_status(const Snapshot& snapshot, const Representative& rep);

// One per representative, in data order, including those who left (their stage says so).
std::vector<RepresentativeStatus> compute_statuses(const Snapshot& snapshot);
std::vector<RepresentativeStatus> compute_statuses(const Model& model, Date as_of);

// The open items of the representative (none unless they count), in the order status lists them:
// milestones by assignment and journey, then feedback, then goals, then nominations by assignment, each in
// data order. The one
// place that says which items are open: the next step, the overdue counts, the digest and the
// exports' lists all come from here.
std::vector<OpenItem> open_items(const RepresentativeStatus& status);

// The overdue items that count: milestones, feedback, goals and nominations (for --fail-if-overdue and summaries).
int overdue_items(const RepresentativeStatus& status);

}  // namespace repjourney

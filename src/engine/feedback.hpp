#pragma once
// Feedback conversations at a regular cadence (SPEC "Feedback").

#include <optional>
#include <string_view>
#include <vector>

#include "engine/due_state.hpp"
#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

enum class FeedbackState { overdue, due_soon, ok };

// overdue, due-soon, ok
std::string_view to_string(FeedbackState state);

// The same as the DueState of milestones and goals, ok being upcoming: for renderers that show them alike.
DueState due_state_of(FeedbackState state);

struct FeedbackStatus {
    Duration every;  // the cadence that applies
    Date base;       // what the cadence counts from
    Date next_due;   // base + every
    int every_days = 0;
    std::optional<Date> last;  // the latest feedback event
    FeedbackState state = FeedbackState::ok;
    std::optional<int> days_overdue;
};

// The first adaptation whose born_from..born_until holds the representative's `born`; nullptr
// without one or without `born`.
const Adaptation* matching_adaptation(const Organisation& organisation, const Representative& rep);

// The cadence from `base`: the representative's own; else the one of the matching adaptation
// and the roles of assignments active on as_of that gives the earliest due date (1m and 4w
// compare differently from different days); else the organisation's.
Duration feedback_cadence(const Snapshot& snapshot, const Representative& rep, Date base);

// Nothing unless the representative is active and unpaused on as_of.
std::optional<FeedbackStatus> feedback_status(const Snapshot& snapshot, const Representative& rep);

struct FeedbackItem {
    const Representative* representative = nullptr;
    FeedbackStatus feedback;
};

// For the `feedback` command: every active, unpaused representative whose feedback is overdue
// or due soon; overdue first, most days overdue first, then due-soon by date; ties by id.
std::vector<FeedbackItem> feedback_due(const Snapshot& snapshot);
std::vector<FeedbackItem> feedback_due(const Model& model, Date as_of);

}  // namespace repjourney

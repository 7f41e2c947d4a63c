#pragma once
// Recognition suggestions on as_of (SPEC "Recognition suggestions"): who deserves appreciation,
// why, and which action to take. Data only; the reason is worded and translated by the renderers
// from the facts each suggestion carries.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/snapshot.hpp"
#include "model/model.hpp"
#include "model/suggestion_key.hpp"

namespace repjourney {

// Its pointers point into the model (or builtin_actions()), which must outlive it.
struct Suggestion {
    const Representative* representative = nullptr;
    SuggestionKind kind = SuggestionKind::quiet;
    // Stable, and what a recognition event's `for` names to answer it: anniversary:5y,
    // milestone:ROLE/MILESTONE (repeating: milestone:ROLE/MILESTONE@YYYY-MM-DD), goal:GOAL,
    // term:ROLE@YYYY-MM-DD, farewell, quiet.
    std::string key;
    // The day it refers to: the anniversary, the completion, the day the goal was done, the term's end, the day
    // they left; quiet: the latest recognition, else the service start.
    Date date;
    // date > as_of: an anniversary or term end still to come (within due_soon). Never for the others.
    bool upcoming = false;
    // The milestone's own `recognize` action, else the first catalogue action for the kind, else the
    // built-in one. Points into the model or builtin_actions(); never null.
    const RecognitionAction* action = nullptr;
    // The next annual meeting, when the action is done there (at_annual_meeting) and the organisation has one
    // ahead: the day to act on instead of one within the recognition window.
    std::optional<Date> annual_meeting;

    // The facts behind the reason, each set only for the kinds named.
    Duration anniversary;                    // anniversary: the configured duration, e.g. 5y
    std::optional<Date> service_start;       // anniversary, quiet
    const Role* role = nullptr;              // milestone, term
    const Milestone* milestone = nullptr;    // milestone
    const Assignment* assignment = nullptr;  // milestone: the first it counts in; term: the one ending
    const Goal* goal = nullptr;              // goal
    // farewell: why they left, from the catalogue that applies; nothing when the data does not say.
    const ExitReason* exit_reason = nullptr;
    // quiet: the latest recognition event; nothing when nobody ever recognised them, and `date` is
    // then the service start.
    std::optional<Date> last_recognition;
};

// Every representative's suggestions, at most one per key: those answered by a recognition event
// dated <= as_of with `for: KEY` left out. Except quiet: any recognition restarts its clock, so a
// `for: quiet` answers it by being the latest recognition, and an old one does not silence a later
// quiet spell.
//
// Ordered by date, then representative id, then key: the oldest first. Past achievements fall out
// of the window in date order, and the quiet ones (dated months back) have waited longest, so the
// top of the list is what most needs doing now; upcoming anniversaries and term ends come last.
// Grouping by person or coordinator is the renderer's choice (`remind` groups by coordinator).
std::vector<Suggestion> recognition_suggestions(const Snapshot& snapshot);
std::vector<Suggestion> recognition_suggestions(const Model& model, Date as_of);

// One representative's suggestions, by date, then key (for `show`).
std::vector<Suggestion> recognition_suggestions(const Snapshot& snapshot, const Representative& rep);

}  // namespace repjourney

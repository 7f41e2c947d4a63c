#include "engine/recognition.hpp"

#include <algorithm>
#include <iterator>
#include <set>
#include <tuple>
#include <utility>

#include "engine/activity.hpp"
#include "engine/anniversaries.hpp"
#include "engine/mandates.hpp"
#include "engine/milestones.hpp"
#include "engine/signals.hpp"

namespace repjourney {

namespace {
bool within(Date day, Date from, Date to) { return from <= day && day <= to; }

// The days a suggestion may refer to: achievements in [from, as_of], anniversaries and term ends
// also up to `until`, as_of + due_soon.
struct Window {
    Date from;
    Date as_of;
    Date until;
};

Suggestion suggestion_of(const Representative& rep, SuggestionKind kind, std::string key, Date date) {
    Suggestion suggestion;
    suggestion.representative = &rep;
    suggestion.kind = kind;
    suggestion.key = std::move(key);
    suggestion.date = date;
    return suggestion;
}

void add_anniversaries(const Snapshot& snapshot, const Representative& rep, Window window,
                       std::vector<Suggestion>& out) {
    if (has_left(rep, window.as_of)) return;
    for (const Anniversary& a : anniversaries_between(snapshot.organisation(), rep, window.from, window.until)) {
        Suggestion& s =
            out.emplace_back(suggestion_of(rep, SuggestionKind::anniversary, anniversary_key(a.length), a.date));
        s.anniversary = a.length;
        s.service_start = service_start(rep);
    }
}

void add_milestones(const Snapshot& snapshot, const Representative& rep, Window window, std::vector<Suggestion>& out) {
    const auto events = snapshot.events_of(rep);
    for (const Assignment& assignment : rep.assignments) {
        const Role* role = snapshot.role(assignment.role);
        if (!role) continue;
        for (const Milestone& milestone : role->journey) {
            // An end-relative milestone is no part of an open-ended assignment's journey (see first_due).
            if (!milestone.recognize || !first_due(assignment, milestone)) continue;
            // Events come sorted by date, so a once-only milestone's first completion is when it was done.
            for (const Event* event : events) {
                if (!completes(*event, assignment, *role, milestone)) continue;
                if (within(event->date, window.from, window.as_of)) {
                    std::string key = milestone.repeating() ? milestone_key(role->id, milestone.id, event->date)
                                                            : milestone_key(role->id, milestone.id);
                    Suggestion& s =
                        out.emplace_back(suggestion_of(rep, SuggestionKind::milestone, std::move(key), event->date));
                    s.role = role;
                    s.milestone = &milestone;
                    s.assignment = &assignment;
                }
                if (!milestone.repeating()) break;
            }
        }
    }
}

void add_goals(const Representative& rep, Window window, std::vector<Suggestion>& out) {
    for (const Goal& goal : rep.goals) {
        if (!goal.done || !within(*goal.done, window.from, window.as_of)) continue;
        out.emplace_back(suggestion_of(rep, SuggestionKind::goal, goal_key(goal.id), *goal.done)).goal = &goal;
    }
}

void add_terms(const Snapshot& snapshot, const Representative& rep, Window window, std::vector<Suggestion>& out) {
    if (has_left(rep, window.as_of)) return;
    for (const Assignment& assignment : rep.assignments) {
        if (!assignment.end || !within(*assignment.end, window.from, window.until)) continue;
        Suggestion& s = out.emplace_back(
            suggestion_of(rep, SuggestionKind::term, term_key(assignment.role, *assignment.end), *assignment.end));
        s.role = snapshot.role(assignment.role);
        s.assignment = &assignment;
    }
}

void add_farewell(const Snapshot& snapshot, const Representative& rep, Window window, std::vector<Suggestion>& out) {
    if (!rep.left || !within(*rep.left, window.from, window.as_of)) return;
    Suggestion& s = out.emplace_back(suggestion_of(rep, SuggestionKind::farewell, farewell_key(), *rep.left));
    s.exit_reason = find_exit_reason(snapshot.organisation(), rep.left_reason);
}

void add_quiet(const Snapshot& snapshot, const Representative& rep, std::vector<Suggestion>& out) {
    const Date as_of = snapshot.as_of();
    if (!counts_on(rep, as_of)) return;
    const auto signal = quiet_signal(snapshot, rep);
    if (!signal) return;
    Suggestion& s = out.emplace_back(suggestion_of(rep, SuggestionKind::quiet, quiet_key(), signal->date));
    s.last_recognition = latest_event(snapshot.events_of(rep), EventType::recognition);
    s.service_start = service_start(rep);
}

bool lists(const RecognitionAction& action, SuggestionKind kind) {
    return std::find(action.for_kinds.begin(), action.for_kinds.end(), kind) != action.for_kinds.end();
}

const RecognitionAction* action_for(const Organisation& organisation, const Suggestion& suggestion) {
    const auto& catalogue = organisation.recognition.actions;
    if (suggestion.milestone && !suggestion.milestone->recognize_action.empty())
        for (const RecognitionAction& action : catalogue)
            if (action.id == suggestion.milestone->recognize_action) return &action;
    for (const RecognitionAction& action : catalogue)
        if (lists(action, suggestion.kind)) return &action;
    return &builtin_action_for(suggestion.kind);
}

}  // namespace

std::vector<Suggestion> recognition_suggestions(const Snapshot& snapshot, const Representative& rep) {
    const Organisation& organisation = snapshot.organisation();
    const Date as_of = snapshot.as_of();
    const Window window{as_of - organisation.recognition.window, as_of, as_of + organisation.due_soon};

    std::vector<Suggestion> found;
    add_anniversaries(snapshot, rep, window, found);
    add_milestones(snapshot, rep, window, found);
    add_goals(rep, window, found);
    add_terms(snapshot, rep, window, found);
    add_farewell(snapshot, rep, window, found);
    add_quiet(snapshot, rep, found);
    std::stable_sort(found.begin(), found.end(), [](const Suggestion& a, const Suggestion& b) {
        return std::tie(a.date, a.key) < std::tie(b.date, b.key);
    });

    std::set<std::string_view> answered;
    for (const Event* event : snapshot.events_of(rep))
        if (event->type == EventType::recognition && !event->for_key.empty()) answered.insert(event->for_key);

    std::vector<Suggestion> suggestions;
    std::set<std::string> seen;
    for (Suggestion& suggestion : found) {
        // Any recognition restarts the quiet clock, so an old `for: quiet` must not silence a later
        // quiet spell; every other key names one occasion.
        if (suggestion.kind != SuggestionKind::quiet && answered.contains(suggestion.key)) continue;
        // A scope: role milestone counts in every assignment of its role but is one achievement.
        if (!seen.insert(suggestion.key).second) continue;
        suggestion.upcoming = suggestion.date > as_of;
        suggestion.action = action_for(organisation, suggestion);
        if (suggestion.action->at_annual_meeting) suggestion.annual_meeting = next_annual_meeting(organisation, as_of);
        suggestions.push_back(std::move(suggestion));
    }
    return suggestions;
}

std::vector<Suggestion> recognition_suggestions(const Snapshot& snapshot) {
    std::vector<Suggestion> suggestions;
    for (const Representative& rep : snapshot.model().representatives) {
        auto own = recognition_suggestions(snapshot, rep);
        std::move(own.begin(), own.end(), std::back_inserter(suggestions));
    }
    std::stable_sort(suggestions.begin(), suggestions.end(), [](const Suggestion& a, const Suggestion& b) {
        return std::tie(a.date, a.representative->id, a.key) < std::tie(b.date, b.representative->id, b.key);
    });
    return suggestions;
}

std::vector<Suggestion> recognition_suggestions(const Model& model, Date as_of) {
    return recognition_suggestions(Snapshot{model, as_of});
}

}  // namespace repjourney

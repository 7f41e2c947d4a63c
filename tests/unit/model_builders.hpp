#pragma once
// Small builders of model values for the unit tests; a test with its own twist wraps them locally.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "engine/milestones.hpp"
#include "model/model.hpp"

namespace repjourney::test {

// Text that outlives the test, for the views events hold (see Model::texts).
inline std::string_view kept(std::string_view text) {
    static TextPool pool;
    return pool.keep(text);
}

// The date of "2026-11-23".
inline Date d(std::string_view text) { return *Date::parse(text); }

// The duration of "3m".
inline Duration dur(std::string_view text) { return *Duration::parse(text); }

// A milestone with `due` as in the data: "3m" from the start or "end-3m" before the end.
inline Milestone milestone(std::string id, std::string_view due, std::string_view every = "",
                           MilestoneScope scope = MilestoneScope::role) {
    Milestone m;
    m.id = std::move(id);
    if (due.starts_with("end-")) {
        m.due.anchor = MilestoneDue::Anchor::end;
        due.remove_prefix(4);
    }
    m.due.offset = dur(due);
    if (!every.empty()) m.every = dur(every);
    m.scope = scope;
    return m;
}

// A milestone due `due` after the anchor (before it, for the end).
inline Milestone milestone(std::string id, MilestoneDue::Anchor anchor, std::string_view due,
                           std::string_view every = "", MilestoneScope scope = MilestoneScope::role) {
    Milestone m;
    m.id = std::move(id);
    m.due = {anchor, dur(due)};
    if (!every.empty()) m.every = dur(every);
    m.scope = scope;
    return m;
}

// A role with this journey and, when given, its own feedback cadence.
inline Role role(std::string id, std::vector<Milestone> journey = {},
                 std::optional<std::string_view> feedback_every = std::nullopt) {
    Role r;
    r.id = std::move(id);
    r.journey = std::move(journey);
    if (feedback_every) r.feedback_every = dur(*feedback_every);
    return r;
}

// An assignment to `role` from `start`, open-ended unless `end` is given.
inline Assignment assignment(std::string role, std::string_view start,
                             std::optional<std::string_view> end = std::nullopt) {
    Assignment a;
    a.role = std::move(role);
    a.start = d(start);
    if (end) a.end = d(*end);
    return a;
}

// A representative with these assignments.
inline Representative rep(std::string id, std::vector<Assignment> assignments) {
    Representative r;
    r.id = std::move(id);
    r.assignments = std::move(assignments);
    return r;
}

// A milestone event: `rep` did `milestone` (of `role`, when given) on `date`.
inline Event completion(std::string_view date, std::string rep, std::string milestone, std::string role = "") {
    Event e;
    e.date = d(date);
    e.rep = kept(rep);
    e.type = EventType::milestone;
    e.milestone = kept(milestone);
    e.role = kept(role);
    return e;
}

// An event of any type, with its milestone and note when given.
inline Event event(std::string_view date, std::string rep, EventType type, std::string milestone = "",
                   std::string note = "") {
    Event e;
    e.date = d(date);
    e.rep = kept(rep);
    e.type = type;
    e.milestone = kept(milestone);
    e.note = kept(note);
    return e;
}

// A goal, due and done when given.
inline Goal goal(std::string id, std::optional<std::string_view> due = std::nullopt,
                 std::optional<std::string_view> done = std::nullopt) {
    Goal g;
    g.id = std::move(id);
    if (due) g.due = d(*due);
    if (done) g.done = d(*done);
    return g;
}

// The status of a (renewal talk) milestone in this state.
inline MilestoneStatus talk(const Milestone& milestone, DueState state) {
    MilestoneStatus status;
    status.milestone = &milestone;
    status.state = state;
    return status;
}

}  // namespace repjourney::test

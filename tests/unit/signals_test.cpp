#include "engine/signals.hpp"

#include <algorithm>

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;
using test::goal;
using test::milestone;

// A steward's assignment.
Assignment assignment(std::string_view start, std::string_view end) { return test::assignment("steward", start, end); }

// An event of anna's.
Event event(std::string_view date, EventType type, std::string milestone = "") {
    return test::event(date, "anna", type, std::move(milestone));
}

// anna, steward 2025-03-01..2027-02-28, with nothing to worry about on 2026-12-01.
Model all_well() {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.journey = {milestone("welcome", MilestoneDue::Anchor::start, "1w"),
                       milestone("mentor", MilestoneDue::Anchor::start, "2w"),
                       milestone("renewal-talk", MilestoneDue::Anchor::end, "3m")};
    model.roles = {steward};
    model.representatives.resize(1);
    Representative& anna = model.representatives[0];
    anna.id = "anna";
    anna.assignments = {assignment("2025-03-01", "2027-02-28")};
    anna.goals = {goal("lead-meeting", "2026-11-01", "2026-10-20")};
    model.events = {
        event("2025-03-05", EventType::milestone, "welcome"),
        event("2025-03-10", EventType::milestone, "mentor"),
        event("2026-11-01", EventType::milestone, "renewal-talk"),
        event("2026-11-15", EventType::feedback),
        event("2026-10-01", EventType::recognition),
    };
    return model;
}

// Drops the events of this type (and milestone).
void forget(Model& model, EventType type, std::string_view milestone = "") {
    std::erase_if(model.events, [&](const Event& e) { return e.type == type && e.milestone == milestone; });
}

std::vector<Signal> signals_on(const Model& model, std::string_view as_of) {
    const Snapshot snapshot{model, d(as_of)};
    const Representative& anna = model.representatives.at(0);
    return loyalty_signals(snapshot, anna, assignment_statuses(snapshot, anna), feedback_status(snapshot, anna),
                           goal_statuses(snapshot, anna));
}

// The only signal on 2026-12-01.
Signal only_signal(const Model& model) {
    const auto signals = signals_on(model, "2026-12-01");
    REQUIRE(signals.size() == 1);
    return signals[0];
}
}  // namespace

TEST_CASE("signals: none when all is well") {
    const Model model = all_well();
    CHECK(signals_on(model, "2026-12-01").empty());
    CHECK_FALSE(at_risk(signals_on(model, "2026-12-01")));
}

TEST_CASE("signals: feedback overdue") {
    Model model = all_well();
    forget(model, EventType::feedback);
    model.events.push_back(event("2026-09-01", EventType::feedback));
    const Signal signal = only_signal(model);
    CHECK(signal.kind == SignalKind::feedback_overdue);
    CHECK(signal.date == d("2026-10-27"));  // 2026-09-01 + 8w
    CHECK(signal.days == 35);
}

TEST_CASE("signals: nobody recognised them for quiet_after") {
    Model model = all_well();
    forget(model, EventType::recognition);

    SUBCASE("since the latest recognition, quiet_after to the day") {
        model.events.push_back(event("2026-06-01", EventType::recognition));
        model.events.push_back(event("2026-12-02", EventType::recognition));  // after as_of
        const Signal signal = only_signal(model);
        CHECK(signal.kind == SignalKind::quiet);
        CHECK(signal.date == d("2026-06-01"));
        CHECK(signal.days == 183);
        CHECK(last_recognised(Snapshot{model, d("2026-12-01")}, model.representatives[0]) == d("2026-06-01"));
    }
    SUBCASE("a day less is not quiet yet") {
        model.events.push_back(event("2026-06-02", EventType::recognition));
        CHECK(signals_on(model, "2026-12-01").empty());
    }
    SUBCASE("never recognised: since the service start") {
        model.representatives[0].assignments.push_back(assignment("2023-03-01", "2025-02-28"));
        const Signal signal = only_signal(model);
        CHECK(signal.kind == SignalKind::quiet);
        CHECK(signal.date == d("2023-03-01"));  // the earlier term counts as service
    }
}

TEST_CASE("signals: overdue milestones of counted assignments, with the most overdue") {
    Model model = all_well();
    forget(model, EventType::milestone, "welcome");
    forget(model, EventType::milestone, "mentor");
    const Signal signal = only_signal(model);
    CHECK(signal.kind == SignalKind::milestones_overdue);
    CHECK(signal.count == 2);
    CHECK(signal.milestone->id == "welcome");
    CHECK(signal.assignment == &model.representatives[0].assignments[0]);
    CHECK(signal.date == d("2025-03-08"));
    CHECK(signal.days == 633);

    SUBCASE("an ended assignment's overdue milestones do not count") {
        Model ended = all_well();
        Role board;
        board.id = "board";
        board.journey = {milestone("intro", MilestoneDue::Anchor::start, "1w")};
        ended.roles.push_back(board);
        Assignment old = assignment("2020-01-01", "2021-12-31");
        old.role = "board";
        ended.representatives[0].assignments.push_back(old);
        const Snapshot snapshot{ended, d("2026-12-01")};
        CHECK(assignment_statuses(snapshot, ended.representatives[0])[1].milestones[0].state == DueState::overdue);
        CHECK(signals_on(ended, "2026-12-01").empty());
    }
}

TEST_CASE("signals: a term ending within the renewal window without its renewal talk") {
    Model model = all_well();
    forget(model, EventType::milestone, "renewal-talk");
    CHECK(signals_on(model, "2026-11-27").empty());  // 2026-11-27 + 3m = 2027-02-27: not yet in the window

    const auto on_time = signals_on(model, "2026-11-28");  // the talk is due today
    REQUIRE(on_time.size() == 1);
    CHECK(on_time[0].kind == SignalKind::renewal_pending);
    CHECK(on_time[0].date == d("2027-02-28"));
    CHECK(on_time[0].days == 92);
    CHECK(on_time[0].assignment == &model.representatives[0].assignments[0]);

    // A late talk is still one sign: the renewal signal stands for it, not an overdue milestone too.
    const auto late = signals_on(model, "2026-12-01");
    REQUIRE(late.size() == 1);
    CHECK(late[0].kind == SignalKind::renewal_pending);
    CHECK(late[0].days == 89);
    CHECK_FALSE(at_risk(late));

    SUBCASE("a late talk of a term not yet within the renewal window is an overdue milestone") {
        model.organisation.renewal_window = test::dur("1m");  // on 2026-12-01 it reaches 2027-01-01
        const auto before_window = signals_on(model, "2026-12-01");
        REQUIRE(before_window.size() == 1);
        CHECK(before_window[0].kind == SignalKind::milestones_overdue);
        CHECK(before_window[0].milestone->id == "renewal-talk");
        const auto in_window = signals_on(model, "2027-02-01");  // feedback is overdue by then too
        CHECK(std::none_of(in_window.begin(), in_window.end(),
                           [](const Signal& s) { return s.kind == SignalKind::milestones_overdue; }));
        CHECK(std::any_of(in_window.begin(), in_window.end(),
                          [](const Signal& s) { return s.kind == SignalKind::renewal_pending; }));
    }

    SUBCASE("the term ending first is described, all are counted") {
        model.representatives[0].assignments.push_back(assignment("2025-01-01", "2027-01-31"));
        const auto signals = signals_on(model, "2026-11-28");  // the new term's talk is overdue: still one sign
        REQUIRE(signals.size() == 1);
        CHECK(signals[0].kind == SignalKind::renewal_pending);
        CHECK(signals[0].count == 2);
        CHECK(signals[0].date == d("2027-01-31"));
        CHECK(signals[0].assignment == &model.representatives[0].assignments[1]);
    }
}

TEST_CASE("signals: personal goals overdue, with the most overdue") {
    Model model = all_well();
    Representative& anna = model.representatives[0];
    anna.goals.push_back(goal("first-meeting", "2026-11-01"));
    anna.goals.push_back(goal("course", "2026-10-01", "2026-12-02"));  // done after as_of: not yet
    anna.goals.push_back(goal("talk", "2026-12-10"));                  // due soon, not overdue
    const Signal signal = only_signal(model);
    CHECK(signal.kind == SignalKind::goal_overdue);
    CHECK(signal.count == 2);
    CHECK(signal.goal == &anna.goals[2]);
    CHECK(signal.date == d("2026-10-01"));
    CHECK(signal.days == 61);
}

TEST_CASE("signals: in kind order; at risk with two or more") {
    Model model = all_well();
    model.events.clear();
    model.representatives[0].goals.push_back(goal("first-meeting", "2026-11-01"));
    const auto signals = signals_on(model, "2026-12-01");
    std::vector<SignalKind> kinds;
    for (const Signal& signal : signals) kinds.push_back(signal.kind);
    CHECK(kinds == std::vector{SignalKind::feedback_overdue, SignalKind::quiet, SignalKind::milestones_overdue,
                               SignalKind::renewal_pending, SignalKind::goal_overdue});
    CHECK(at_risk(signals));
    CHECK_FALSE(at_risk(std::span{signals}.first(1)));
}

TEST_CASE("signals: none for representatives who are paused, left or without an active assignment") {
    Model model = all_well();
    model.events.clear();
    Representative& anna = model.representatives[0];
    SUBCASE("paused") { anna.paused = Pause{d("2026-11-01"), std::nullopt}; }
    SUBCASE("left") { anna.left = d("2026-12-01"); }
    SUBCASE("between terms") { anna.assignments[0].end = d("2026-11-30"); }
    CHECK(signals_on(model, "2026-12-01").empty());
}

TEST_CASE("signals: names") {
    CHECK(to_string(SignalKind::feedback_overdue) == "feedback-overdue");
    CHECK(to_string(SignalKind::quiet) == "quiet");
    CHECK(to_string(SignalKind::milestones_overdue) == "milestones-overdue");
    CHECK(to_string(SignalKind::renewal_pending) == "renewal-pending");
    CHECK(to_string(SignalKind::goal_overdue) == "goal-overdue");
}

#include "engine/journey.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;
using test::dur;
using test::event;
using test::goal;
using test::milestone;

// A steward's assignment.
Assignment assignment(std::string_view start, std::string_view end) { return test::assignment("steward", start, end); }

// The example of SPEC.md's `status --format json`.
Model spec_example() {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.term = dur("2y");
    steward.journey = {milestone("welcome-call", "1w"), milestone("reflection", "6m", "1y")};
    model.roles = {steward};
    model.representatives.resize(1);
    Representative& anna = model.representatives[0];
    anna.id = "anna-larsson";
    anna.feedback_every = dur("4w");
    anna.assignments = {assignment("2025-03-01", "2027-02-28")};
    model.events = {
        event("2025-03-05", "anna-larsson", EventType::milestone, "welcome-call"),
        event("2025-03-01", "anna-larsson", EventType::milestone, "reflection"),
        event("2026-09-01", "anna-larsson", EventType::feedback),
        event("2026-10-01", "anna-larsson", EventType::recognition),
    };
    return model;
}

// bo, steward from 2026-01-01, welcomed; on 2026-03-01 feedback (8w from the start) is due 2026-02-26.
Model bo_model() {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.journey = {milestone("welcome-call", "1w"), milestone("reflection", "6m")};
    model.roles = {steward};
    model.representatives.resize(1);
    model.representatives[0].id = "bo";
    model.representatives[0].assignments = {assignment("2026-01-01", "2027-12-31")};
    model.events = {event("2026-01-02", "bo", EventType::milestone, "welcome-call")};
    return model;
}

OpenItem next_step_on(const Model& model, std::string_view as_of) {
    const auto status = representative_status(Snapshot{model, d(as_of)}, model.representatives.at(0));
    REQUIRE(status.next_step);
    return *status.next_step;
}
}  // namespace

TEST_CASE("journey: the SPEC example") {
    const Model model = spec_example();
    const auto statuses = compute_statuses(model, d("2026-11-23"));
    REQUIRE(statuses.size() == 1);
    const RepresentativeStatus& anna = statuses[0];
    CHECK(anna.representative == &model.representatives[0]);
    CHECK(anna.active);
    CHECK_FALSE(anna.paused);
    CHECK(anna.counts());
    CHECK(anna.stage == Stage::established);

    REQUIRE(anna.assignments.size() == 1);
    CHECK(anna.assignments[0].active);
    const auto& milestones = anna.assignments[0].milestones;
    REQUIRE(milestones.size() == 2);
    CHECK(milestones[0].due == d("2025-03-08"));
    CHECK(milestones[0].state == DueState::done);
    CHECK(milestones[0].done == d("2025-03-05"));
    CHECK(milestones[1].due == d("2026-03-01"));
    CHECK(milestones[1].last == d("2025-03-01"));
    CHECK(milestones[1].state == DueState::overdue);
    CHECK(milestones[1].days_overdue == 267);

    REQUIRE(anna.feedback);
    CHECK(anna.feedback->every_days == 28);
    CHECK(anna.feedback->last == d("2026-09-01"));
    CHECK(anna.feedback->next_due == d("2026-09-29"));
    CHECK(anna.feedback->state == FeedbackState::overdue);
    CHECK(anna.feedback->days_overdue == 55);

    REQUIRE(anna.signals.size() == 2);
    CHECK(anna.signals[0].kind == SignalKind::feedback_overdue);
    CHECK(anna.signals[1].kind == SignalKind::milestones_overdue);
    CHECK(anna.at_risk());
    CHECK(overdue_items(anna) == 2);

    REQUIRE(anna.next_step);
    CHECK(anna.next_step->kind == OpenItem::Kind::milestone);
    CHECK(anna.next_step->milestone->id == "reflection");
    CHECK(anna.next_step->role == &model.roles[0]);
    CHECK(anna.next_step->assignment == &model.representatives[0].assignments[0]);
    CHECK(anna.next_step->state == DueState::overdue);
    CHECK(anna.next_step->days_overdue == 267);
}

TEST_CASE("journey: the open items, in order, and what is derived from them") {
    Model model = bo_model();
    Representative& bo = model.representatives[0];
    Goal goal;
    goal.id = "lead";
    goal.title = "Lead a meeting";
    goal.due = d("2026-02-20");
    Goal undated = goal;
    undated.id = "someday";
    undated.due.reset();
    bo.goals = {goal, undated};

    const auto status = representative_status(Snapshot{model, d("2026-03-01")}, bo);
    const std::vector<OpenItem> items = open_items(status);
    CHECK(status.goals[0].followed);  // bo counts: both goals are followed, the undated one too
    CHECK(status.goals[1].followed);
    // welcome-call is done; the reflection (due 2026-07-01), the feedback (2026-02-26), the dated goal.
    REQUIRE(items.size() == 3);
    CHECK(items[0].kind == OpenItem::Kind::milestone);
    CHECK(items[0].milestone->id == "reflection");
    CHECK(items[0].state == DueState::upcoming);
    CHECK(items[1].kind == OpenItem::Kind::feedback);
    CHECK(items[1].due == d("2026-02-26"));
    CHECK(items[1].days_overdue == 3);
    CHECK(items[1].every == Duration::of_days(56));
    CHECK_FALSE(items[1].last);
    CHECK(items[2].kind == OpenItem::Kind::goal);
    CHECK(items[2].goal == &bo.goals[0]);
    CHECK(items[2].days_overdue == 9);

    CHECK(status.overdue.milestones == 0);
    CHECK(status.overdue.feedback == 1);
    CHECK(status.overdue.goals == 1);
    CHECK(status.progress.done == 1);
    CHECK(status.progress.total == 2);
    CHECK(status.next_step->kind == OpenItem::Kind::goal);  // the earliest: 2026-02-20

    SUBCASE("a paused representative has none") {
        bo.paused = Pause{d("2026-02-01"), std::nullopt};
        const auto paused = representative_status(Snapshot{model, d("2026-03-01")}, bo);
        CHECK(open_items(paused).empty());
        CHECK(paused.overdue.total() == 0);
        CHECK_FALSE(paused.next_step);
    }
}

TEST_CASE("journey: the next step is the open item due first") {
    Model model = bo_model();
    Representative& bo = model.representatives[0];

    SUBCASE("feedback before a later milestone") {
        const OpenItem step = next_step_on(model, "2026-03-01");
        CHECK(step.kind == OpenItem::Kind::feedback);
        CHECK(step.due == d("2026-02-26"));
        CHECK(step.state == DueState::overdue);
        CHECK(step.days_overdue == 3);
        CHECK(step.milestone == nullptr);
    }
    SUBCASE("an upcoming item when nothing is overdue") {
        model.events.push_back(event("2026-02-20", "bo", EventType::feedback));  // next due 2026-04-17
        const OpenItem step = next_step_on(model, "2026-03-01");
        CHECK(step.kind == OpenItem::Kind::feedback);
        CHECK(step.state == DueState::upcoming);
        CHECK_FALSE(step.days_overdue);
        bo.feedback_every = dur("6m");  // next due 2026-08-20
        const OpenItem reflection = next_step_on(model, "2026-03-01");
        REQUIRE(reflection.kind == OpenItem::Kind::milestone);
        CHECK(reflection.milestone->id == "reflection");
        CHECK(reflection.due == d("2026-07-01"));
        CHECK(reflection.state == DueState::upcoming);
    }
    SUBCASE("a goal due earlier; goals without a due date never") {
        bo.goals = {goal("someday", std::nullopt), goal("course", "2026-02-20")};
        const OpenItem step = next_step_on(model, "2026-03-01");
        CHECK(step.kind == OpenItem::Kind::goal);
        CHECK(step.goal == &bo.goals[1]);
        CHECK(step.days_overdue == 9);
        bo.goals[1].done = d("2026-02-25");
        CHECK(next_step_on(model, "2026-03-01").kind == OpenItem::Kind::feedback);
    }
    SUBCASE("ties go to milestones, then feedback, then goals") {
        bo.goals = {goal("course", "2026-02-26")};
        CHECK(next_step_on(model, "2026-03-01").kind == OpenItem::Kind::feedback);
        model.roles[0].journey.push_back(milestone("check-in", "8w"));  // 2026-02-26
        const OpenItem step = next_step_on(model, "2026-03-01");
        REQUIRE(step.kind == OpenItem::Kind::milestone);
        CHECK(step.milestone->id == "check-in");
    }
    SUBCASE("milestones of assignments that do not count are no step") {
        bo.assignments.push_back(assignment("2020-01-01", "2021-12-31"));  // its reflection is long overdue
        CHECK(next_step_on(model, "2026-03-01").kind == OpenItem::Kind::feedback);
    }
}

TEST_CASE("journey: representatives who do not count raise nothing") {
    Model model = bo_model();
    Representative& bo = model.representatives[0];
    bo.goals = {goal("course", "2026-02-20")};
    bo.paused = Pause{d("2026-02-01"), std::nullopt};
    const auto status = representative_status(Snapshot{model, d("2026-03-01")}, bo);
    CHECK(status.active);
    CHECK(status.paused);
    CHECK_FALSE(status.counts());
    CHECK(status.stage == Stage::paused);
    CHECK_FALSE(status.feedback);
    CHECK_FALSE(status.next_step);
    CHECK(status.signals.empty());
    CHECK(status.goals[0].state == DueState::overdue);  // the state is still computed
    CHECK_FALSE(status.goals[0].followed);              // but not followed as a task
    CHECK(overdue_items(status) == 0);
}

TEST_CASE("journey: everyone, in data order, including those who left") {
    Model model = bo_model();
    model.representatives.push_back(model.representatives[0]);
    model.representatives[1].id = "ann";
    model.representatives[1].left = d("2026-02-01");
    const auto statuses = compute_statuses(Snapshot{model, d("2026-03-01")});
    REQUIRE(statuses.size() == 2);
    CHECK(statuses[0].representative->id == "bo");
    CHECK(statuses[0].stage == Stage::onboarding);  // the reflection talk is not done
    CHECK(statuses[0].service_start == statuses[0].representative->assignments[0].start);
    CHECK(overdue_items(statuses[0]) == 1);  // feedback
    CHECK(statuses[1].representative->id == "ann");
    CHECK(statuses[1].stage == Stage::left);
    CHECK_FALSE(statuses[1].active);
    CHECK_FALSE(statuses[1].next_step);
}

TEST_CASE("journey: names") {
    CHECK(to_string(OpenItem::Kind::milestone) == "milestone");
    CHECK(to_string(OpenItem::Kind::feedback) == "feedback");
    CHECK(to_string(OpenItem::Kind::goal) == "goal");
}

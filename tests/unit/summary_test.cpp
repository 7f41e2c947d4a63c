#include "engine/summary.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
MilestoneStatus milestone(const Milestone& m, DueState state) {
    MilestoneStatus status;
    status.milestone = &m;
    status.state = state;
    return status;
}
}  // namespace

TEST_CASE("summary: people per stage, and per coordinator what is overdue") {
    Model model;
    model.organisation.coordinators = {{"maria", "Maria", "", {}}, {"jonas", "Jonas", "", {}}};
    Representative anna;
    anna.id = "anna";
    anna.coordinator = "maria";
    Representative bo;
    bo.id = "bo";
    Representative cia;
    cia.id = "cia";
    cia.coordinator = "maria";
    const Milestone mentor;
    Goal goal;

    RepresentativeStatus a;  // active, with an overdue milestone, feedback and goal
    a.representative = &anna;
    a.active = true;
    a.stage = Stage::onboarding;
    AssignmentStatus counted;
    counted.counts = true;
    counted.milestones = {milestone(mentor, DueState::overdue), milestone(mentor, DueState::done)};
    a.assignments = {counted};
    a.feedback = FeedbackStatus{};
    a.feedback->state = FeedbackState::overdue;
    a.goals = {GoalStatus{&goal, DueState::overdue, 3}};
    Signal feedback_signal;
    feedback_signal.kind = SignalKind::feedback_overdue;
    Signal goal_signal;
    goal_signal.kind = SignalKind::goal_overdue;
    a.signals = {feedback_signal, goal_signal};

    RepresentativeStatus b;  // paused: nothing of theirs counts
    b.representative = &bo;
    b.active = true;
    b.paused = true;
    b.stage = Stage::paused;
    b.assignments = {counted};

    RepresentativeStatus c;
    c.representative = &cia;
    c.stage = Stage::left;

    a.overdue = OverdueCounts{1, 1, 1};  // as open_items finds them (journey_test); b's and c's are none

    const std::vector statuses{a, b, c};
    const Summary summary = summarise(model, statuses);
    CHECK(summary.people == 3);
    CHECK(summary.stages.at(static_cast<std::size_t>(Stage::onboarding)) == 1);
    CHECK(summary.stages.at(static_cast<std::size_t>(Stage::paused)) == 1);
    CHECK(summary.stages.at(static_cast<std::size_t>(Stage::left)) == 1);
    CHECK(summary.stages.at(static_cast<std::size_t>(Stage::established)) == 0);
    CHECK(summary.overdue.total() == 3);
    CHECK(summary.at_risk == 1);
    // Maria follows up two people; Jonas nobody, so he is left out; Bo has no coordinator and comes last.
    REQUIRE(summary.coordinators.size() == 2);
    CHECK(summary.coordinators[0].coordinator->id == "maria");
    CHECK(summary.coordinators[0].people == 2);
    CHECK(summary.coordinators[0].people_overdue == 1);
    CHECK(summary.coordinators[0].overdue.milestones == 1);
    CHECK(summary.coordinators[0].at_risk == 1);
    CHECK(summary.coordinators[1].coordinator == nullptr);
    CHECK(summary.coordinators[1].people == 1);
}

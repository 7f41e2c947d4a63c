#include "engine/goals.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;
using test::goal;
}  // namespace

TEST_CASE("goals: done on or before as_of, else by the due date") {
    Model model;
    model.representatives.resize(1);
    Representative& anna = model.representatives[0];
    anna.goals = {
        goal("late-but-done", "2026-04-01", "2026-05-01"), goal("done-tomorrow", "2026-05-01", "2026-06-02"),
        goal("soon", "2026-06-15", std::nullopt),          goal("later", "2026-06-16", std::nullopt),
        goal("someday", std::nullopt, std::nullopt),       goal("done-someday", std::nullopt, "2026-06-01"),
    };
    const auto statuses = goal_statuses(Snapshot{model, d("2026-06-01")}, anna);
    REQUIRE(statuses.size() == 6);
    CHECK(statuses[0].goal == &anna.goals[0]);
    CHECK(statuses[0].state == DueState::done);
    CHECK_FALSE(statuses[0].days_overdue);
    CHECK(statuses[1].state == DueState::overdue);  // its done date is after as_of: not done yet
    CHECK(statuses[1].days_overdue == 31);
    CHECK(statuses[2].state == DueState::due_soon);  // as_of + 14d
    CHECK(statuses[3].state == DueState::upcoming);
    CHECK(statuses[4].state == DueState::no_due);
    CHECK_FALSE(statuses[4].days_overdue);
    CHECK(statuses[5].state == DueState::done);

    CHECK(goal_status(Snapshot{model, d("2026-06-02")}, anna.goals[1]).state == DueState::done);
}

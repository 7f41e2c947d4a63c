#include "engine/stage.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;
using test::dur;
using test::milestone;

// A steward's assignment.
Assignment assignment(std::string_view start, std::optional<std::string_view> end) {
    return test::assignment("steward", start, end);
}

// anna did `milestone` on `date`.
Event completion(std::string_view date, std::string milestone) {
    return test::completion(date, "anna", std::move(milestone));
}

// A steward role whose only once-only, start-relative milestone is the welcome call.
Model steward_model() {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.journey = {milestone("welcome", MilestoneDue::Anchor::start, "1w"),
                       milestone("network", MilestoneDue::Anchor::start, "2m", "6m"),
                       milestone("renewal-talk", MilestoneDue::Anchor::end, "3m")};
    model.roles = {steward};
    model.representatives.resize(1);
    model.representatives[0].id = "anna";
    return model;
}

Stage stage_on(const Model& model, std::string_view as_of) {
    const Snapshot snapshot{model, d(as_of)};
    const Representative& anna = model.representatives[0];
    return stage_of(snapshot, anna, assignment_statuses(snapshot, anna));
}
}  // namespace

TEST_CASE("stage: left comes first, then paused") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    anna.assignments = {assignment("2025-03-01", "2027-02-28")};
    anna.paused = Pause{d("2025-12-01"), std::nullopt};
    CHECK(stage_on(model, "2026-01-01") == Stage::paused);
    anna.left = d("2026-01-01");
    CHECK(stage_on(model, "2025-12-31") == Stage::paused);
    CHECK(stage_on(model, "2026-01-01") == Stage::left);
}

TEST_CASE("stage: paused comes before incoming and ended, and ends with the pause") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    anna.assignments = {assignment("2026-02-01", "2028-01-31")};
    anna.paused = Pause{d("2025-12-01"), d("2025-12-31")};
    CHECK(stage_on(model, "2025-12-31") == Stage::paused);
    CHECK(stage_on(model, "2026-01-01") == Stage::incoming);
    anna.assignments = {assignment("2023-02-01", "2025-01-31")};
    CHECK(stage_on(model, "2025-12-31") == Stage::paused);
    CHECK(stage_on(model, "2026-01-01") == Stage::ended);
}

TEST_CASE("stage: incoming before the first assignment, ended after the last") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    anna.assignments = {assignment("2023-02-01", "2025-01-31"), assignment("2026-02-01", "2028-01-31")};
    CHECK(stage_on(model, "2023-01-31") == Stage::incoming);
    CHECK(stage_on(model, "2025-06-01") == Stage::incoming);  // between terms, one lined up
    CHECK(stage_on(model, "2028-02-01") == Stage::ended);
}

TEST_CASE("stage: prospect with no assignment at all, unless left or paused") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    anna.assignments.clear();
    CHECK(stage_on(model, "2026-01-01") == Stage::prospect);
    anna.paused = Pause{d("2025-12-01"), std::nullopt};
    CHECK(stage_on(model, "2026-01-01") == Stage::paused);
    anna.left = d("2025-12-15");
    CHECK(stage_on(model, "2026-01-01") == Stage::left);
}

TEST_CASE("stage: renewal when an active assignment ends within the renewal window, before onboarding") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    // The welcome call is never done, so onboarding applies whenever renewal does not.
    anna.assignments = {assignment("2024-04-02", "2026-04-01")};
    CHECK(stage_on(model, "2026-01-01") == Stage::renewal);  // 2026-01-01 + 3m = 2026-04-01
    CHECK(stage_on(model, "2025-12-31") == Stage::onboarding);
    CHECK(stage_on(model, "2026-04-01") == Stage::renewal);  // the last day

    model.organisation.renewal_window = dur("1m");
    CHECK(stage_on(model, "2026-01-01") == Stage::onboarding);
    CHECK(stage_on(model, "2026-03-01") == Stage::renewal);
}

TEST_CASE("stage: renewal ignores open-ended and inactive assignments") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    model.events = {completion("2020-01-02", "welcome")};
    anna.assignments = {assignment("2020-01-01", std::nullopt), assignment("2018-01-01", "2026-01-15"),
                        assignment("2026-03-01", "2026-03-31")};
    CHECK(stage_on(model, "2026-02-01") == Stage::established);
    CHECK(stage_on(model, "2026-01-15") == Stage::renewal);
}

TEST_CASE("stage: onboarding until every once-only, start-relative milestone of an active assignment is done") {
    Model model = steward_model();
    Representative& anna = model.representatives[0];
    anna.assignments = {assignment("2025-03-01", "2027-02-28"), assignment("2027-03-01", "2029-02-28")};
    CHECK(stage_on(model, "2025-03-01") == Stage::onboarding);
    CHECK(stage_on(model, "2026-06-01") == Stage::onboarding);

    model.events = {completion("2025-03-05", "welcome")};
    CHECK(stage_on(model, "2025-03-04") == Stage::onboarding);  // the completion is after as_of
    // Done: the overdue repeating network meeting, the undone end-relative renewal talk and
    // the next term's milestones do not keep anyone onboarding.
    CHECK(stage_on(model, "2025-03-05") == Stage::established);
    CHECK(stage_on(model, "2026-06-01") == Stage::established);
}

TEST_CASE("stage: names") {
    CHECK(to_string(Stage::left) == "left");
    CHECK(to_string(Stage::paused) == "paused");
    CHECK(to_string(Stage::incoming) == "incoming");
    CHECK(to_string(Stage::ended) == "ended");
    CHECK(to_string(Stage::renewal) == "renewal");
    CHECK(to_string(Stage::onboarding) == "onboarding");
    CHECK(to_string(Stage::established) == "established");
}

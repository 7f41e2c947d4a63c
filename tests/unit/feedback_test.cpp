#include "engine/feedback.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::assignment;
using test::d;
using test::dur;
using test::rep;

// A role with no journey, with its own feedback cadence when given.
Role role(std::string id, std::optional<std::string_view> feedback_every = std::nullopt) {
    return test::role(std::move(id), {}, feedback_every);
}

Event feedback(std::string_view date, std::string rep) {
    Event e;
    e.date = d(date);
    e.rep = test::kept(rep);
    e.type = EventType::feedback;
    return e;
}

Adaptation adaptation(std::optional<int> born_from, std::optional<int> born_until,
                      std::optional<std::string_view> feedback_every) {
    Adaptation a;
    a.born_from = born_from;
    a.born_until = born_until;
    if (feedback_every) a.feedback_every = dur(*feedback_every);
    return a;
}

// anna, steward from 2026-01-05 (open-ended); no cadence anywhere but the organisation's.
Model anna_model() {
    Model model;
    model.roles = {role("steward"), role("safety")};
    model.representatives = {rep("anna", {assignment("steward", "2026-01-05")})};
    return model;
}

FeedbackStatus feedback_on(const Model& model, std::string_view as_of) {
    const auto status = feedback_status(Snapshot{model, d(as_of)}, model.representatives.at(0));
    REQUIRE(status);
    return *status;
}

Duration cadence_on(const Model& model, std::string_view as_of) { return feedback_on(model, as_of).every; }
}  // namespace

TEST_CASE("feedback: the organisation's cadence, 8w by default, from the assignment's start") {
    Model model = anna_model();
    const auto status = feedback_on(model, "2026-02-01");
    CHECK(status.every == dur("8w"));
    CHECK(status.base == d("2026-01-05"));
    CHECK(status.next_due == d("2026-03-02"));
    CHECK(status.every_days == 56);
    CHECK(status.state == FeedbackState::ok);
    CHECK_FALSE(status.last);
    CHECK_FALSE(status.days_overdue);

    model.organisation.feedback_every = dur("6w");
    CHECK(feedback_on(model, "2026-02-01").next_due == d("2026-02-16"));
}

TEST_CASE("feedback: state edges") {
    const Model model = anna_model();  // next due 2026-03-02
    CHECK(feedback_on(model, "2026-02-15").state == FeedbackState::ok);
    CHECK(feedback_on(model, "2026-02-16").state == FeedbackState::due_soon);  // next_due == as_of + 14d
    CHECK(feedback_on(model, "2026-03-02").state == FeedbackState::due_soon);  // next_due == as_of
    CHECK_FALSE(feedback_on(model, "2026-03-02").days_overdue);
    const auto day_after = feedback_on(model, "2026-03-03");  // next_due == as_of - 1
    CHECK(day_after.state == FeedbackState::overdue);
    CHECK(day_after.days_overdue == 1);
}

TEST_CASE("feedback: a role's cadence replaces the organisation's, shorter or longer") {
    Model model = anna_model();
    model.roles[0].feedback_every = dur("6w");
    CHECK(cadence_on(model, "2026-02-01") == dur("6w"));
    model.roles[0].feedback_every = dur("10w");
    CHECK(cadence_on(model, "2026-02-01") == dur("10w"));
}

TEST_CASE("feedback: the representative's own cadence wins, even when longer") {
    Model model = anna_model();
    model.roles[0].feedback_every = dur("4w");
    model.organisation.adaptations = {adaptation(1997, std::nullopt, "2w")};
    model.representatives[0].born = 2001;
    model.representatives[0].feedback_every = dur("12w");
    CHECK(cadence_on(model, "2026-02-01") == dur("12w"));
}

TEST_CASE("feedback: the first adaptation whose years hold the representative's born") {
    Model model = anna_model();
    Representative& anna = model.representatives[0];
    model.organisation.adaptations = {adaptation(1997, std::nullopt, "4w"), adaptation(1990, std::nullopt, "3w"),
                                      adaptation(std::nullopt, 1960, "10w")};

    CHECK(cadence_on(model, "2026-02-01") == dur("8w"));  // no born, no adaptation
    anna.born = 2001;
    CHECK(cadence_on(model, "2026-02-01") == dur("4w"));  // the first match, not the shortest
    CHECK(matching_adaptation(model.organisation, anna) == &model.organisation.adaptations[0]);
    anna.born = 1997;
    CHECK(cadence_on(model, "2026-02-01") == dur("4w"));
    anna.born = 1996;
    CHECK(cadence_on(model, "2026-02-01") == dur("3w"));
    anna.born = 1975;
    CHECK(cadence_on(model, "2026-02-01") == dur("8w"));
    CHECK(matching_adaptation(model.organisation, anna) == nullptr);
    anna.born = 1960;
    CHECK(cadence_on(model, "2026-02-01") == dur("10w"));  // born_until is inclusive
    anna.born = 1961;
    CHECK(cadence_on(model, "2026-02-01") == dur("8w"));

    SUBCASE("a first match without a cadence gives none; later matches are not consulted") {
        model.organisation.adaptations.insert(model.organisation.adaptations.begin(),
                                              adaptation(2000, std::nullopt, std::nullopt));
        anna.born = 2001;
        CHECK(cadence_on(model, "2026-02-01") == dur("8w"));
    }
    SUBCASE("the shorter of the adaptation's and the role's") {
        anna.born = 2001;
        model.roles[0].feedback_every = dur("6w");
        CHECK(cadence_on(model, "2026-02-01") == dur("4w"));
        model.roles[0].feedback_every = dur("3w");
        CHECK(cadence_on(model, "2026-02-01") == dur("3w"));
    }
}

TEST_CASE("feedback: the shortest cadence is the one with the earliest due date from the base") {
    Model model;
    model.roles = {role("monthly", "1m"), role("thirty", "30d"), role("weekly", "1w")};
    Representative anna = rep("anna", {assignment("monthly", "2026-01-01"), assignment("thirty", "2026-01-01"),
                                       assignment("weekly", "2025-01-01", "2025-12-31")});  // weekly: not active
    model.representatives = {anna};

    // From 2026-01-01, 1m is 31 days: 30d is shorter.
    auto status = feedback_on(model, "2026-01-10");
    CHECK(status.every == dur("30d"));
    CHECK(status.next_due == d("2026-01-31"));
    CHECK(status.every_days == 30);

    // From 2026-02-01, 1m is 28 days: 1m is shorter.
    model.events = {feedback("2026-02-01", "anna")};
    status = feedback_on(model, "2026-02-10");
    CHECK(status.every == dur("1m"));
    CHECK(status.next_due == d("2026-03-01"));
    CHECK(status.every_days == 28);
}

TEST_CASE("feedback: base is the latest of the last feedback, the earliest active start, the end of a pause") {
    Model model = anna_model();
    Representative& anna = model.representatives[0];

    SUBCASE("the latest feedback event, ignoring events after as_of") {
        model.events = {feedback("2026-03-10", "anna"), feedback("2026-02-01", "anna"), feedback("2026-06-01", "anna")};
        const auto status = feedback_on(model, "2026-05-31");
        CHECK(status.last == d("2026-03-10"));
        CHECK(status.base == d("2026-03-10"));
        CHECK(status.next_due == d("2026-05-05"));
        CHECK(status.state == FeedbackState::overdue);
        CHECK(status.days_overdue == 26);
        CHECK(feedback_on(model, "2026-06-01").last == d("2026-06-01"));
    }
    SUBCASE("a start after the last feedback: a new term begins a new cadence") {
        anna.assignments = {assignment("steward", "2024-01-05", "2026-01-04"), assignment("safety", "2026-01-05")};
        model.events = {feedback("2025-12-01", "anna")};
        const auto status = feedback_on(model, "2026-02-01");
        CHECK(status.last == d("2025-12-01"));
        CHECK(status.base == d("2026-01-05"));
    }
    SUBCASE("the earliest start among active assignments") {
        anna.assignments = {assignment("steward", "2025-06-01"), assignment("safety", "2025-01-01"),
                            assignment("steward", "2023-01-01", "2024-12-31")};
        CHECK(feedback_on(model, "2026-02-01").base == d("2025-01-01"));
    }
    SUBCASE("the day after a pause that ended") {
        anna.paused = Pause{d("2026-01-10"), d("2026-02-15")};
        model.events = {feedback("2026-01-08", "anna")};
        CHECK_FALSE(feedback_status(Snapshot{model, d("2026-02-15")}, anna));
        auto status = feedback_on(model, "2026-02-16");
        CHECK(status.base == d("2026-02-16"));
        CHECK(status.next_due == d("2026-04-13"));
        CHECK(status.last == d("2026-01-08"));
        model.events.push_back(feedback("2026-02-20", "anna"));
        CHECK(feedback_on(model, "2026-03-01").base == d("2026-02-20"));
    }
}

TEST_CASE("feedback: only for active, unpaused representatives") {
    Model model = anna_model();
    Representative& anna = model.representatives[0];
    CHECK_FALSE(feedback_status(Snapshot{model, d("2026-01-04")}, anna));  // before the start
    anna.left = d("2026-06-01");
    CHECK(feedback_status(Snapshot{model, d("2026-05-31")}, anna));
    CHECK_FALSE(feedback_status(Snapshot{model, d("2026-06-01")}, anna));
    anna.left.reset();
    anna.paused = Pause{d("2026-03-01"), std::nullopt};
    CHECK_FALSE(feedback_status(Snapshot{model, d("2026-03-01")}, anna));
}

TEST_CASE("feedback: the list for the feedback command") {
    Model model;
    model.roles = {role("steward", "10d")};
    const auto member = [&](std::string id, std::string_view last) {
        model.representatives.push_back(rep(id, {assignment("steward", "2026-01-01")}));
        model.events.push_back(feedback(last, id));
        return &model.representatives.back();
    };
    model.representatives.reserve(8);
    member("cat", "2026-02-24");                              // due 03-06: due-soon
    member("zed", "2026-02-09");                              // due 02-19: 10 days overdue
    member("bob", "2026-02-24");                              // due 03-06: due-soon, before cat by id
    member("ann", "2026-02-16");                              // due 02-26: 3 days overdue
    member("amy", "2026-02-16");                              // due 02-26: 3 days overdue, before ann by id
    member("dan", "2026-02-20")->feedback_every = dur("4w");  // due 03-20: ok
    member("eve", "2026-01-01")->paused = Pause{d("2026-02-01"), std::nullopt};
    member("fay", "2026-01-01")->left = d("2026-02-01");

    const auto items = feedback_due(model, d("2026-03-01"));
    std::vector<std::string> ids;
    for (const FeedbackItem& item : items) ids.push_back(item.representative->id);
    CHECK(ids == std::vector<std::string>{"zed", "amy", "ann", "bob", "cat"});
    CHECK(items[0].feedback.days_overdue == 10);
    CHECK(items[1].feedback.state == FeedbackState::overdue);
    CHECK(items[3].feedback.state == FeedbackState::due_soon);
    CHECK(items[3].feedback.next_due == d("2026-03-06"));
    CHECK(items[3].feedback.last == d("2026-02-24"));
}

TEST_CASE("feedback: names") {
    CHECK(to_string(FeedbackState::overdue) == "overdue");
    CHECK(to_string(FeedbackState::due_soon) == "due-soon");
    CHECK(to_string(FeedbackState::ok) == "ok");
}

TEST_CASE("feedback: its state reads as a due state, ok as upcoming") {
    CHECK(due_state_of(FeedbackState::overdue) == DueState::overdue);
    CHECK(due_state_of(FeedbackState::due_soon) == DueState::due_soon);
    CHECK(due_state_of(FeedbackState::ok) == DueState::upcoming);
}

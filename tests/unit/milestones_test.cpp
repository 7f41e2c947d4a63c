#include "engine/milestones.hpp"

#include <doctest/doctest.h>

#include "engine/journey.hpp"
#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::assignment;
using test::completion;
using test::d;
using test::milestone;
using test::rep;
using test::role;

// The status of milestone `id` in assignment `index` of the model's first representative.
MilestoneStatus status_of(const Model& model, Date as_of, std::size_t index, std::string_view id) {
    const auto statuses = assignment_statuses(Snapshot{model, as_of}, model.representatives.at(0));
    for (const MilestoneStatus& m : statuses.at(index).milestones)
        if (m.milestone->id == id) return m;
    FAIL("no milestone " << id);
    return {};
}
}  // namespace

TEST_CASE("milestones: due from the start with month-end clamping and leap days, back from the end") {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w"), milestone("month", "1m"), milestone("year", "1y"),
                                    milestone("renewal", "end-3m"), milestone("last-year", "end-1y")})};
    model.representatives = {rep("anna", {assignment("steward", "2024-01-31", "2026-01-30"),
                                          assignment("steward", "2024-02-29", "2028-02-29")})};
    const Date as_of = d("2024-01-01");
    CHECK(status_of(model, as_of, 0, "welcome").due == d("2024-02-07"));
    CHECK(status_of(model, as_of, 0, "month").due == d("2024-02-29"));  // 2024-01-31 + 1m, clamped
    CHECK(status_of(model, as_of, 0, "year").due == d("2025-01-31"));
    CHECK(status_of(model, as_of, 0, "renewal").due == d("2025-10-30"));
    CHECK(status_of(model, as_of, 1, "month").due == d("2024-03-29"));
    CHECK(status_of(model, as_of, 1, "year").due == d("2025-02-28"));       // no 2025-02-29
    CHECK(status_of(model, as_of, 1, "renewal").due == d("2027-11-29"));    // 2028-02-29 - 3m
    CHECK(status_of(model, as_of, 1, "last-year").due == d("2027-02-28"));  // 2028-02-29 - 1y, clamped
}

TEST_CASE("milestones: end-relative ones are skipped when the assignment is open-ended") {
    const Milestone renewal = milestone("renewal", "end-3m");
    const Assignment open = assignment("board", "2024-01-01", std::nullopt);
    CHECK_FALSE(first_due(open, renewal));
    CHECK(first_due(assignment("board", "2024-01-01", "2024-12-31"), renewal) == d("2024-09-30"));

    Model model;
    model.roles = {role("board", {milestone("welcome", "1w"), renewal})};
    model.representatives = {rep("anna", {open})};
    const auto statuses = assignment_statuses(Snapshot{model, d("2024-06-01")}, model.representatives[0]);
    REQUIRE(statuses.size() == 1);
    REQUIRE(statuses[0].milestones.size() == 1);
    CHECK(statuses[0].milestones[0].milestone->id == "welcome");
}

TEST_CASE("milestones: once-only is done at the earliest completion") {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w"), milestone("mentor", "2w")})};
    model.representatives = {rep("anna", {assignment("steward", "2025-03-01", "2027-02-28")})};
    model.events = {completion("2025-03-20", "anna", "welcome"), completion("2025-03-05", "anna", "welcome")};

    const auto welcome = status_of(model, d("2026-01-01"), 0, "welcome");
    CHECK(welcome.state == DueState::done);
    CHECK(welcome.done == d("2025-03-05"));
    CHECK(welcome.due == d("2025-03-08"));
    CHECK_FALSE(welcome.days_overdue);
    CHECK_FALSE(welcome.last);

    const auto mentor = status_of(model, d("2026-01-01"), 0, "mentor");
    CHECK(mentor.state == DueState::overdue);
    CHECK(mentor.due == d("2025-03-15"));
    CHECK(mentor.days_overdue == 292);  // 2025-03-15 .. 2026-01-01
    CHECK_FALSE(mentor.done);
}

TEST_CASE("milestones: repeating runs from the latest completion and is never done") {
    Model model;
    model.roles = {role("steward", {milestone("network", "2m", "6m")})};
    model.representatives = {rep("anna", {assignment("steward", "2025-03-01", "2027-02-28")})};

    SUBCASE("without a completion the first due applies") {
        const auto network = status_of(model, d("2025-06-01"), 0, "network");
        CHECK(network.due == d("2025-05-01"));
        CHECK(network.state == DueState::overdue);
        CHECK(network.days_overdue == 31);
        CHECK_FALSE(network.last);
        CHECK_FALSE(network.done);
    }
    SUBCASE("after completions the next due is the latest + every") {
        model.events = {completion("2025-10-15", "anna", "network"), completion("2025-04-20", "anna", "network")};
        const auto network = status_of(model, d("2026-04-01"), 0, "network");
        CHECK(network.last == d("2025-10-15"));
        CHECK(network.due == d("2026-04-15"));
        CHECK(network.state == DueState::due_soon);  // as_of + 14d, the window's last day
        CHECK_FALSE(network.done);
        CHECK(status_of(model, d("2026-03-31"), 0, "network").state == DueState::upcoming);
        CHECK(status_of(model, d("2026-04-16"), 0, "network").days_overdue == 1);

        // Every completion, by date, for the timeline: the assignment's, apart from the status's latest.
        const Snapshot snapshot{model, d("2026-04-01")};
        const Representative& anna = model.representatives[0];
        const auto completions = assignment_statuses(snapshot, anna)[0].completions;
        REQUIRE(completions.size() == 2);
        CHECK(completions[0].milestone->id == "network");
        CHECK(completions[0].date == d("2025-04-20"));
        CHECK(completions[1].date == d("2025-10-15"));
    }
}

TEST_CASE("milestones: scope term counts only completions within this term of a re-elected representative") {
    Model model;
    model.roles = {
        role("steward", {milestone("renewal-talk", "end-3m", "", MilestoneScope::term),
                         milestone("intro", "1m", "", MilestoneScope::term), milestone("basic-training", "3m")})};
    model.representatives = {rep("anna", {assignment("steward", "2023-03-01", "2025-02-28"),
                                          assignment("steward", "2025-03-01", "2027-02-28")})};
    model.events = {
        completion("2024-12-01", "anna", "renewal-talk"),
        completion("2025-03-01", "anna", "intro"),  // the second term's first day
        completion("2023-05-01", "anna", "basic-training"),
    };
    const Date as_of = d("2026-12-01");

    const auto first_talk = status_of(model, as_of, 0, "renewal-talk");
    CHECK(first_talk.state == DueState::done);
    CHECK(first_talk.due == d("2024-11-28"));
    CHECK(first_talk.done == d("2024-12-01"));
    const auto second_talk = status_of(model, as_of, 1, "renewal-talk");
    CHECK(second_talk.due == d("2026-11-28"));
    CHECK(second_talk.state == DueState::overdue);
    CHECK(second_talk.days_overdue == 3);

    CHECK(status_of(model, as_of, 0, "intro").state == DueState::overdue);
    CHECK(status_of(model, as_of, 0, "intro").due == d("2023-04-01"));
    CHECK(status_of(model, as_of, 1, "intro").done == d("2025-03-01"));

    SUBCASE("scope role counts a completion from an earlier term") {
        CHECK(status_of(model, as_of, 0, "basic-training").done == d("2023-05-01"));
        CHECK(status_of(model, as_of, 1, "basic-training").done == d("2023-05-01"));
        CHECK(status_of(model, as_of, 1, "basic-training").state == DueState::done);
    }
}

TEST_CASE("milestones: scope term on an open-ended assignment has no upper bound") {
    Model model;
    model.roles = {role("coach", {milestone("reflection", "6m", "1y", MilestoneScope::term)})};
    model.representatives = {rep("anna", {assignment("coach", "2020-01-01", std::nullopt)})};
    model.events = {completion("2019-12-31", "anna", "reflection"), completion("2025-05-05", "anna", "reflection")};
    const auto reflection = status_of(model, d("2026-01-01"), 0, "reflection");
    CHECK(reflection.last == d("2025-05-05"));
    CHECK(reflection.due == d("2026-05-05"));
}

TEST_CASE("milestones: an event's role must be the assignment's role or absent") {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w")}), role("safety", {milestone("welcome", "1w")})};
    model.representatives = {rep(
        "anna", {assignment("steward", "2025-03-01", "2027-02-28"), assignment("safety", "2025-03-01", "2027-02-28")})};
    const Date as_of = d("2025-04-01");

    SUBCASE("another role's completion does not count") {
        model.events = {completion("2025-03-02", "anna", "welcome", "safety")};
        CHECK(status_of(model, as_of, 0, "welcome").state == DueState::overdue);
        CHECK(status_of(model, as_of, 1, "welcome").done == d("2025-03-02"));
    }
    SUBCASE("a completion without a role counts for every role with the milestone") {
        model.events = {completion("2025-03-02", "anna", "welcome")};
        CHECK(status_of(model, as_of, 0, "welcome").done == d("2025-03-02"));
        CHECK(status_of(model, as_of, 1, "welcome").done == d("2025-03-02"));
    }
    SUBCASE("another milestone or another representative does not count") {
        model.events = {completion("2025-03-02", "anna", "mentor"), completion("2025-03-02", "bo", "welcome")};
        CHECK(status_of(model, as_of, 0, "welcome").state == DueState::overdue);
    }
}

TEST_CASE("milestones: events after as_of are ignored") {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w"), milestone("network", "2m", "6m")})};
    model.representatives = {rep("anna", {assignment("steward", "2025-03-01", "2027-02-28")})};
    model.events = {completion("2025-03-05", "anna", "welcome"), completion("2025-04-20", "anna", "network")};

    const auto before = status_of(model, d("2025-03-04"), 0, "welcome");
    CHECK(before.state == DueState::due_soon);
    CHECK_FALSE(before.done);
    CHECK(status_of(model, d("2025-03-05"), 0, "welcome").state == DueState::done);

    CHECK(status_of(model, d("2025-04-19"), 0, "network").due == d("2025-05-01"));
    CHECK(status_of(model, d("2025-04-20"), 0, "network").due == d("2025-10-20"));
}

TEST_CASE("milestones: only active assignments of present, unpaused representatives count") {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w")})};
    model.representatives = {rep(
        "anna", {assignment("steward", "2023-03-01", "2025-02-28"), assignment("steward", "2025-03-01", "2027-02-28"),
                 assignment("steward", "2027-03-01", "2029-02-28")})};
    const Date as_of = d("2026-01-01");
    Representative& anna = model.representatives[0];

    auto statuses = assignment_statuses(Snapshot{model, as_of}, anna);
    REQUIRE(statuses.size() == 3);
    CHECK(statuses[0].assignment == &anna.assignments[0]);
    CHECK(statuses[0].role == &model.roles[0]);
    CHECK_FALSE(statuses[0].active);
    CHECK(statuses[1].active);
    CHECK_FALSE(statuses[2].active);
    CHECK_FALSE(statuses[0].counts);
    CHECK(statuses[1].counts);
    CHECK_FALSE(statuses[2].counts);
    // States are computed for every assignment all the same; only the active one counts.
    CHECK(statuses[0].milestones[0].state == DueState::overdue);
    CHECK(statuses[2].milestones[0].state == DueState::upcoming);
    CHECK(representative_status(Snapshot{model, as_of}, anna).overdue.milestones == 1);
    // Followed: the one that counts, and the one still to start; not the one that ended.
    CHECK_FALSE(statuses[0].followed);
    CHECK(statuses[1].followed);
    CHECK(statuses[2].followed);

    SUBCASE("paused") {
        anna.paused = Pause{d("2025-12-01"), std::nullopt};
        statuses = assignment_statuses(Snapshot{model, as_of}, anna);
        CHECK(statuses[1].active);
        CHECK_FALSE(statuses[1].counts);
        CHECK(representative_status(Snapshot{model, as_of}, anna).overdue.milestones == 0);
        CHECK_FALSE(statuses[1].followed);
        CHECK_FALSE(statuses[2].followed);
    }
    SUBCASE("left") {
        anna.left = d("2026-01-01");
        statuses = assignment_statuses(Snapshot{model, as_of}, anna);
        CHECK(statuses[1].active);
        CHECK_FALSE(statuses[1].counts);
        CHECK_FALSE(statuses[2].followed);  // the calendar and the timeline agree: nobody's task
    }
}

TEST_CASE("milestones: each completion belongs to one assignment, where the timeline draws it") {
    Model model;
    model.roles = {role("steward", {milestone("training", "3m"), milestone("network", "2m", "6m"),
                                    milestone("renewal", "end-1m", "", MilestoneScope::term)}),
                   role("safety", {milestone("training", "1m")})};
    model.representatives = {rep(
        "anna", {assignment("steward", "2024-03-01", "2025-02-28"), assignment("steward", "2025-06-01", "2027-05-31"),
                 assignment("safety", "2025-09-01", "2026-08-31")})};
    model.events = {
        completion("2024-02-20", "anna", "training"),            // ahead of the first term: the first
        completion("2024-05-01", "anna", "network"),             // in the first term
        completion("2025-01-20", "anna", "renewal"),             // in the first term, scope: term
        completion("2025-04-01", "anna", "network"),             // between terms: the next one, ahead
        completion("2025-10-01", "anna", "network"),             // in the second term
        completion("2025-10-02", "anna", "training"),            // both roles have it, both held: the first
        completion("2025-11-01", "anna", "training", "safety"),  // only the safety role's
    };
    const Snapshot snapshot{model, d("2026-01-01")};
    const Representative& anna = model.representatives[0];
    const auto owner = [&](std::size_t event) { return completion_owner(snapshot, anna, model.events.at(event)); };
    CHECK(owner(0) == &anna.assignments[0]);
    CHECK(owner(1) == &anna.assignments[0]);
    CHECK(owner(2) == &anna.assignments[0]);
    CHECK(owner(3) == &anna.assignments[1]);
    CHECK(owner(4) == &anna.assignments[1]);
    CHECK(owner(5) == &anna.assignments[1]);
    CHECK(owner(6) == &anna.assignments[2]);

    const auto statuses = assignment_statuses(snapshot, anna);
    // The days of the completions of milestone id that belong to assignment index.
    const auto completions = [&](std::size_t index, std::string_view id) {
        std::vector<Date> days;
        for (const Completion& c : statuses.at(index).completions)
            if (c.milestone->id == id) days.push_back(c.date);
        return days;
    };
    // Counted in both steward terms (scope: role), drawn on one.
    CHECK(completions(0, "training") == std::vector{d("2024-02-20")});
    CHECK(completions(1, "training") == std::vector{d("2025-10-02")});
    CHECK(statuses[1].milestones[0].done == d("2024-02-20"));
    CHECK(completions(0, "network") == std::vector{d("2024-05-01")});
    CHECK(completions(1, "network") == std::vector{d("2025-04-01"), d("2025-10-01")});
    CHECK(completions(0, "renewal") == std::vector{d("2025-01-20")});
    CHECK(completions(1, "renewal").empty());
    CHECK(completions(2, "training") == std::vector{d("2025-11-01")});
    // Nothing else, by date, each with the milestone of its own role.
    CHECK(statuses[0].completions.size() == 3);
    REQUIRE(statuses[1].completions.size() == 3);
    CHECK(statuses[1].completions[2].date == d("2025-10-02"));
    CHECK(statuses[1].completions[2].milestone == &model.roles[0].journey[0]);
    REQUIRE(statuses[2].completions.size() == 1);
    CHECK(statuses[2].completions[0].milestone == &model.roles[1].journey[0]);

    SUBCASE("a completion after every assignment it counts in had ended belongs to none") {
        model.events.push_back(completion("2027-07-01", "anna", "network"));
        const Snapshot later{model, d("2027-08-01")};
        CHECK(completion_owner(later, anna, model.events.back()) == nullptr);
        for (const AssignmentStatus& a : assignment_statuses(later, anna))
            for (const Completion& c : a.completions) CHECK(c.date != d("2027-07-01"));
    }
}

TEST_CASE("milestones: an assignment's last day is its end, or the day before its holder leaves") {
    Model model;
    model.roles = {role("steward")};
    Representative anna =
        rep("anna", {assignment("steward", "2025-01-01", "2026-12-31"), assignment("steward", "2027-01-01")});
    const Snapshot snapshot{model, d("2026-06-01")};
    CHECK(assignment_status(snapshot, anna, anna.assignments[0]).last_day == d("2026-12-31"));
    CHECK_FALSE(assignment_status(snapshot, anna, anna.assignments[1]).last_day);  // open-ended
    anna.left = d("2026-09-15");
    CHECK(assignment_status(snapshot, anna, anna.assignments[0]).last_day == d("2026-09-14"));
    CHECK(assignment_status(snapshot, anna, anna.assignments[1]).last_day == d("2026-09-14"));  // never held
    anna.left = d("2027-03-01");
    CHECK(assignment_status(snapshot, anna, anna.assignments[0]).last_day == d("2026-12-31"));
    CHECK(assignment_status(snapshot, anna, anna.assignments[1]).last_day == d("2027-02-28"));
}

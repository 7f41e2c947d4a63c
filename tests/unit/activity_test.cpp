#include "engine/activity.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;

// A steward's assignment.
Assignment assignment(std::string_view start, std::optional<std::string_view> end) {
    return test::assignment("steward", start, end);
}
}  // namespace

TEST_CASE("activity: left on and after the left date") {
    Representative rep;
    CHECK_FALSE(has_left(rep, d("2026-01-01")));
    rep.left = d("2026-03-01");
    CHECK_FALSE(has_left(rep, d("2026-02-28")));
    CHECK(has_left(rep, d("2026-03-01")));
}

TEST_CASE("activity: paused from..until inclusive, open until") {
    Representative rep;
    CHECK_FALSE(is_paused(rep, d("2026-01-01")));
    rep.paused = Pause{d("2026-01-01"), d("2026-03-31")};
    CHECK_FALSE(is_paused(rep, d("2025-12-31")));
    CHECK(is_paused(rep, d("2026-01-01")));
    CHECK(is_paused(rep, d("2026-03-31")));
    CHECK_FALSE(is_paused(rep, d("2026-04-01")));
    rep.paused->until.reset();
    CHECK(is_paused(rep, d("2030-01-01")));
}

TEST_CASE("activity: active with an active assignment until the day they leave") {
    Representative rep;
    rep.assignments = {assignment("2025-03-01", "2027-02-28")};
    CHECK_FALSE(is_active(rep, d("2025-02-28")));
    CHECK(is_active(rep, d("2025-03-01")));
    CHECK(is_active(rep, d("2027-02-28")));
    CHECK_FALSE(is_active(rep, d("2027-03-01")));

    rep.assignments.push_back(assignment("2027-06-01", std::nullopt));  // open-ended
    CHECK(is_active(rep, d("2040-01-01")));
    rep.left = d("2030-01-01");
    CHECK(is_active(rep, d("2029-12-31")));
    CHECK_FALSE(is_active(rep, d("2030-01-01")));
}

TEST_CASE("activity: counts when active and not paused") {
    CHECK(counts(true, false));
    CHECK_FALSE(counts(true, true));
    CHECK_FALSE(counts(false, false));
    CHECK_FALSE(counts(false, true));
}

TEST_CASE("activity: counts on a day when active and not paused then") {
    Representative rep;
    CHECK_FALSE(counts_on(rep, d("2026-01-01")));  // no assignment
    rep.assignments = {assignment("2025-03-01", "2027-02-28")};
    CHECK_FALSE(counts_on(rep, d("2025-02-28")));  // incoming
    CHECK(counts_on(rep, d("2025-03-01")));
    CHECK(counts_on(rep, d("2027-02-28")));
    CHECK_FALSE(counts_on(rep, d("2027-03-01")));  // ended

    rep.paused = Pause{d("2026-01-01"), d("2026-03-31")};
    CHECK(counts_on(rep, d("2025-12-31")));
    CHECK_FALSE(counts_on(rep, d("2026-01-01")));
    CHECK_FALSE(counts_on(rep, d("2026-03-31")));
    CHECK(counts_on(rep, d("2026-04-01")));

    rep.left = d("2026-06-01");
    CHECK(counts_on(rep, d("2026-05-31")));
    CHECK_FALSE(counts_on(rep, d("2026-06-01")));  // left, though the assignment runs on
}

TEST_CASE("activity: service start is the earliest assignment start") {
    Representative rep;
    CHECK_FALSE(service_start(rep));
    rep.assignments = {assignment("2025-03-01", "2027-02-28"), assignment("2023-03-01", "2025-02-28")};
    CHECK(service_start(rep) == d("2023-03-01"));
}

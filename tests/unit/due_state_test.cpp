#include "engine/due_state.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }
}  // namespace

TEST_CASE("due state: overdue before as_of, due-soon through as_of + window, then upcoming") {
    const Date as_of = d("2026-02-20");
    const Duration window = Duration::of_days(14);
    CHECK(due_state(d("2026-02-19"), as_of, window) == DueState::overdue);
    CHECK(due_state(d("2026-02-20"), as_of, window) == DueState::due_soon);
    CHECK(due_state(d("2026-03-06"), as_of, window) == DueState::due_soon);  // as_of + 14d
    CHECK(due_state(d("2026-03-07"), as_of, window) == DueState::upcoming);
    // A window in months is calendar arithmetic: 2026-01-31 + 1m = 2026-02-28.
    CHECK(due_state(d("2026-02-28"), d("2026-01-31"), Duration::of_months(1)) == DueState::due_soon);
    CHECK(due_state(d("2026-03-01"), d("2026-01-31"), Duration::of_months(1)) == DueState::upcoming);
}

TEST_CASE("due state: days overdue only when overdue") {
    CHECK(days_overdue(d("2026-02-19"), d("2026-02-20")) == 1);
    CHECK(days_overdue(d("2024-02-01"), d("2024-03-01")) == 29);  // leap February
    CHECK_FALSE(days_overdue(d("2026-02-20"), d("2026-02-20")));
    CHECK_FALSE(days_overdue(d("2026-02-21"), d("2026-02-20")));
}

TEST_CASE("due state: names") {
    CHECK(to_string(DueState::done) == "done");
    CHECK(to_string(DueState::overdue) == "overdue");
    CHECK(to_string(DueState::due_soon) == "due-soon");
    CHECK(to_string(DueState::upcoming) == "upcoming");
    CHECK(to_string(DueState::no_due) == "no-due");
}

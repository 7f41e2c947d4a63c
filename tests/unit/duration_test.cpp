#include <doctest/doctest.h>

#include "model/duration.hpp"

using namespace repjourney;

namespace {
std::string add(const char* date, const char* duration) {
    return (*Date::parse(date) + *Duration::parse(duration)).iso();
}
std::string subtract(const char* date, const char* duration) {
    return (*Date::parse(date) - *Duration::parse(duration)).iso();
}
}  // namespace

TEST_CASE("durations parse one or more <n><unit> parts") {
    CHECK(Duration::parse("10d") == Duration{0, 10});
    CHECK(Duration::parse("6w") == Duration{0, 42});
    CHECK(Duration::parse("3m") == Duration{3, 0});
    CHECK(Duration::parse("1y6m") == Duration{18, 0});
    CHECK(Duration::parse("1y2w3d") == Duration{12, 17});
    CHECK_FALSE(Duration::parse(""));
    CHECK_FALSE(Duration::parse("m"));
    CHECK_FALSE(Duration::parse("3"));
    CHECK_FALSE(Duration::parse("3mo"));
    CHECK_FALSE(Duration::parse("-3m"));
    CHECK_FALSE(Duration::parse("3 m"));
    CHECK_FALSE(Duration::parse("two weeks"));
    CHECK_FALSE(Duration::parse("99999999999d"));
}

TEST_CASE("durations print canonically") {
    CHECK(Duration::parse("18m")->text() == "1y6m");
    CHECK(Duration::parse("14d")->text() == "2w");
    CHECK(Duration::parse("10d")->text() == "10d");
    CHECK(Duration{}.text() == "0d");
}

TEST_CASE("months are calendar months, clamped to the month's end") {
    CHECK(add("2024-01-31", "1m") == "2024-02-29");
    CHECK(add("2025-01-31", "1m") == "2025-02-28");
    CHECK(add("2025-03-31", "1m") == "2025-04-30");
    CHECK(add("2024-02-29", "1y") == "2025-02-28");
    CHECK(add("2025-03-01", "2y") == "2027-03-01");
    CHECK(add("2025-11-15", "3m") == "2026-02-15");
}

TEST_CASE("years and months are added in one step, then weeks and days") {
    // 1y1m in one step from Jan 31: Feb 28 of the next year, not Feb 28 + clamping twice.
    CHECK(add("2024-01-31", "1y1m") == "2025-02-28");
    // Months first, then days: Jan 31 + 1m = Feb 29, + 1d = Mar 1.
    CHECK(add("2024-01-31", "1m1d") == "2024-03-01");
    CHECK(add("2026-11-23", "2w") == "2026-12-07");
}

TEST_CASE("subtracting goes back months first, clamping, then days") {
    CHECK(subtract("2027-02-28", "3m") == "2026-11-28");
    CHECK(subtract("2026-05-31", "3m") == "2026-02-28");
    CHECK(subtract("2026-03-01", "1d") == "2026-02-28");
}

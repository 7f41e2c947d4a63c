#include <doctest/doctest.h>

#include "model/date.hpp"

using namespace repjourney;

TEST_CASE("a date parses from YYYY-MM-DD and prints back the same") {
    const auto date = Date::parse("2026-11-23");
    REQUIRE(date);
    CHECK(date->iso() == "2026-11-23");
    CHECK(date->year() == 2026);
}

TEST_CASE("only real calendar dates parse") {
    CHECK(Date::parse("2024-02-29"));  // leap year
    CHECK_FALSE(Date::parse("2025-02-29"));
    CHECK_FALSE(Date::parse("2026-02-30"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-00-10"));
    CHECK_FALSE(Date::parse("2026-1-1"));
    CHECK_FALSE(Date::parse("26-11-23"));
    CHECK_FALSE(Date::parse("2026/11/23"));
    CHECK_FALSE(Date::parse("+026-11-23"));
    CHECK_FALSE(Date::parse(""));
    CHECK_FALSE(Date::parse("2026-11-23 "));
}

TEST_CASE("days between dates count calendar days") {
    CHECK(days_between(*Date::parse("2026-03-01"), *Date::parse("2026-11-23")) == 267);
    CHECK(days_between(*Date::parse("2024-02-28"), *Date::parse("2024-03-01")) == 2);
    CHECK(days_between(*Date::parse("2026-11-23"), *Date::parse("2026-11-20")) == -3);
    CHECK(Date::parse("2026-12-31")->plus_days(1).iso() == "2027-01-01");
}

TEST_CASE("only years from 1900 to 2199 parse, and the reason is told apart from a malformed date") {
    CHECK(Date::parse("1900-01-01"));
    CHECK(Date::parse("2199-12-31"));
    for (const char* text : {"0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"}) {
        CAPTURE(text);
        CHECK_FALSE(Date::parse(text));
        CHECK(year_out_of_range(text) == "the year must be from 1900 to 2199");
    }
    CHECK_FALSE(Date::parse("10000-01-01"));
    CHECK_FALSE(year_out_of_range("10000-01-01"));  // not YYYY-MM-DD: the format is what is wrong
    CHECK_FALSE(year_out_of_range("1899-02-30"));   // no calendar date in any year
    CHECK_FALSE(year_out_of_range("2026-11-23"));
    CHECK(is_supported_year(1900));
    CHECK_FALSE(is_supported_year(2200));
}

TEST_CASE("iso writes every date in full, also far from today") {
    CHECK(Date::from_ymd(999, 1, 5).iso() == "0999-01-05");
    CHECK(Date::from_ymd(1, 12, 31).iso() == "0001-12-31");
    CHECK(Date::from_ymd(9999, 12, 31).iso() == "9999-12-31");
    CHECK(Date::from_ymd(9999, 12, 31).plus_days(1).iso() == "10000-01-01");
    CHECK(Date::from_ymd(0, 1, 1).plus_days(-1).iso() == "-001-12-31");
}

TEST_CASE("a date written YYYY-MM-DD that names no day is told apart from a malformed one") {
    CHECK(is_no_calendar_day("2026-02-30"));
    CHECK(is_no_calendar_day("2026-13-01"));
    CHECK(is_no_calendar_day("2026-00-10"));
    CHECK(is_no_calendar_day("2025-02-29"));
    CHECK_FALSE(is_no_calendar_day("2024-02-29"));
    CHECK_FALSE(is_no_calendar_day("2026-2-3"));
    CHECK_FALSE(is_no_calendar_day("26-02-30xx"));
    CHECK_FALSE(is_no_calendar_day("2026-02-3x"));
    CHECK_FALSE(is_no_calendar_day("0000-01-01"));  // a real day, refused for its year
}

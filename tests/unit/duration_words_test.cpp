#include "render/duration_words.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Duration dur(std::string_view text) { return *Duration::parse(text); }

Milestone milestone(MilestoneDue::Anchor anchor, std::string_view due, std::string_view every = "") {
    Milestone m;
    m.due = {anchor, dur(due)};
    if (!every.empty()) m.every = dur(every);
    return m;
}

constexpr auto start = MilestoneDue::Anchor::start;
constexpr auto end = MilestoneDue::Anchor::end;
}  // namespace

TEST_CASE("durations in words: years and months, then weeks or days") {
    CHECK(duration_words(Language::en, dur("3m")) == "3 months");
    CHECK(duration_words(Language::sv, dur("3m")) == "3 månader");
    CHECK(duration_words(Language::en, dur("1m")) == "1 month");
    CHECK(duration_words(Language::sv, dur("1m")) == "1 månad");
    CHECK(duration_words(Language::en, dur("1y6m")) == "1 year 6 months");
    CHECK(duration_words(Language::sv, dur("1y6m")) == "1 år 6 månader");
    CHECK(duration_words(Language::en, dur("18m")) == "1 year 6 months");
    CHECK(duration_words(Language::en, dur("2y")) == "2 years");
    CHECK(duration_words(Language::sv, dur("2y")) == "2 år");
    CHECK(duration_words(Language::sv, dur("1y")) == "1 år");
    CHECK(duration_words(Language::en, dur("6w")) == "6 weeks");
    CHECK(duration_words(Language::sv, dur("6w")) == "6 veckor");
    CHECK(duration_words(Language::en, dur("1w")) == "1 week");
    CHECK(duration_words(Language::sv, dur("1w")) == "1 vecka");
    CHECK(duration_words(Language::en, dur("14d")) == "2 weeks");
    CHECK(duration_words(Language::en, dur("10d")) == "10 days");
    CHECK(duration_words(Language::sv, dur("10d")) == "10 dagar");
    CHECK(duration_words(Language::en, dur("1d")) == "1 day");
    CHECK(duration_words(Language::en, dur("1m1w3d")) == "1 month 10 days");
    CHECK(duration_words(Language::en, dur("1y2w")) == "1 year 2 weeks");
    CHECK(duration_words(Language::en, Duration{}) == "0 days");
    CHECK(duration_words(Language::sv, Duration{}) == "0 dagar");
}

TEST_CASE("cadences in words: the largest whole unit, English with a number") {
    CHECK(every_words(Language::en, dur("6w")) == "every 6 weeks");
    CHECK(every_words(Language::en, dur("56d")) == "every 8 weeks");  // days that make whole weeks are weeks
    CHECK(every_words(Language::en, dur("1w")) == "every week");
    CHECK(every_words(Language::en, dur("7d")) == "every week");
    CHECK(every_words(Language::en, dur("2w")) == "every 2 weeks");
    CHECK(every_words(Language::en, dur("1y")) == "every year");
    CHECK(every_words(Language::en, dur("12m")) == "every year");
    CHECK(every_words(Language::en, dur("3y")) == "every 3 years");
    CHECK(every_words(Language::en, dur("6m")) == "every 6 months");
    CHECK(every_words(Language::en, dur("1m")) == "every month");
    CHECK(every_words(Language::en, dur("1y6m")) == "every 18 months");
    CHECK(every_words(Language::en, dur("10d")) == "every 10 days");
    CHECK(every_words(Language::en, dur("90d")) == "every 90 days");
    CHECK(every_words(Language::en, dur("1d")) == "every day");
    // Months and days together have no single unit.
    CHECK(every_words(Language::en, dur("1m2w")) == "every 1 month 2 weeks");
}

TEST_CASE("cadences in words: Swedish ordinals in words up to the twelfth, numerals above") {
    CHECK(every_words(Language::sv, dur("56d")) == "var åttonde vecka");
    CHECK(every_words(Language::sv, dur("6w")) == "var sjätte vecka");
    CHECK(every_words(Language::sv, dur("42d")) == "var sjätte vecka");
    CHECK(every_words(Language::sv, dur("21d")) == "var tredje vecka");
    CHECK(every_words(Language::sv, dur("4w")) == "var fjärde vecka");
    CHECK(every_words(Language::sv, dur("70d")) == "var tionde vecka");
    CHECK(every_words(Language::sv, dur("12w")) == "var tolfte vecka");
    CHECK(every_words(Language::sv, dur("13w")) == "var 13:e vecka");
    CHECK(every_words(Language::sv, dur("112d")) == "var 16:e vecka");
    CHECK(every_words(Language::sv, dur("6m")) == "var sjätte månad");
    CHECK(every_words(Language::sv, dur("5m")) == "var femte månad");
    CHECK(every_words(Language::sv, dur("1y6m")) == "var 18:e månad");
    CHECK(every_words(Language::sv, dur("3y")) == "vart tredje år");  // år is neuter: vart, not var
    CHECK(every_words(Language::sv, dur("12y")) == "vart tolfte år");
    CHECK(every_words(Language::sv, dur("13y")) == "vart 13:e år");
    CHECK(every_words(Language::sv, dur("9d")) == "var nionde dag");
    CHECK(every_words(Language::sv, dur("11d")) == "var elfte dag");
    CHECK(every_words(Language::sv, dur("90d")) == "var 90:e dag");
    CHECK(every_words(Language::sv, dur("5d")) == "var femte dag");
    CHECK(every_words(Language::sv, dur("3m")) == "var tredje månad");
    CHECK(every_words(Language::sv, dur("8m")) == "var åttonde månad");
    // Numerals end in :a after 1 and 2, except 11 and 12.
    CHECK(every_words(Language::sv, dur("22d")) == "var 22:a dag");
    CHECK(every_words(Language::sv, dur("31d")) == "var 31:a dag");
    CHECK(every_words(Language::sv, dur("111d")) == "var 111:e dag");
    // Every second one is a word of its own.
    CHECK(every_words(Language::sv, dur("2w")) == "varannan vecka");
    CHECK(every_words(Language::sv, dur("14d")) == "varannan vecka");
    CHECK(every_words(Language::sv, dur("2m")) == "varannan månad");
    CHECK(every_words(Language::sv, dur("2y")) == "vartannat år");
    CHECK(every_words(Language::sv, dur("2d")) == "varannan dag");
    // One of a unit.
    CHECK(every_words(Language::sv, dur("1w")) == "varje vecka");
    CHECK(every_words(Language::sv, dur("1y")) == "varje år");
    CHECK(every_words(Language::sv, dur("12m")) == "varje år");
    CHECK(every_words(Language::sv, dur("1m")) == "varje månad");
    CHECK(every_words(Language::sv, dur("1d")) == "varje dag");
    CHECK(every_words(Language::sv, dur("1m2w")) == "med 1 månad 2 veckor emellan");
}

TEST_CASE("when a milestone is due, in words") {
    CHECK(milestone_due_words(Language::en, milestone(start, "1w")) == "1 week after the start");
    CHECK(milestone_due_words(Language::sv, milestone(start, "1w")) == "1 vecka efter tillträdet");
    CHECK(milestone_due_words(Language::en, milestone(end, "3m")) == "3 months before the end of the term");
    CHECK(milestone_due_words(Language::sv, milestone(end, "3m")) == "3 månader före mandatperiodens slut");
    CHECK(milestone_due_words(Language::en, milestone(start, "0d")) == "at the start");
    CHECK(milestone_due_words(Language::sv, milestone(end, "0d")) == "när mandatperioden slutar");
    CHECK(milestone_due_words(Language::en, milestone(start, "2m", "6m")) ==
          "every 6 months, first 2 months after the start");
    CHECK(milestone_due_words(Language::sv, milestone(start, "2m", "6m")) ==
          "var sjätte månad, första gången 2 månader efter tillträdet");
    CHECK(milestone_due_words(Language::sv, milestone(start, "6m", "1y")) ==
          "varje år, första gången 6 månader efter tillträdet");
    CHECK(milestone_due_words(Language::en, milestone(end, "1m", "2w")) ==
          "every 2 weeks, first 1 month before the end of the term");
}

#include "engine/anniversaries.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }

Representative serving_since(std::string_view start) {
    Representative rep;
    rep.id = "anna";
    Assignment later;
    later.role = "board";
    later.start = d("2025-01-01");
    Assignment first;
    first.role = "steward";
    first.start = d(start);
    rep.assignments = {later, first};
    return rep;
}
}  // namespace

TEST_CASE("anniversaries: counted from the earliest start, within the days asked for") {
    const Organisation organisation;  // 1y, 2y, 5y, 10y
    const auto found =
        anniversaries_between(organisation, serving_since("2021-12-05"), d("2026-11-23"), d("2027-11-23"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].length.text() == "5y");
    CHECK(found[0].date == d("2026-12-05"));

    CHECK(anniversaries_between(organisation, serving_since("2021-12-05"), d("2026-12-06"), d("2027-11-23")).empty());
    // Both ends count.
    CHECK(anniversaries_between(organisation, serving_since("2021-12-05"), d("2026-12-05"), d("2026-12-05")).size() ==
          1);
}

TEST_CASE("anniversaries: a leap-day start clamps to the month's end") {
    const Organisation organisation;
    const auto found =
        anniversaries_between(organisation, serving_since("2024-02-29"), d("2025-01-01"), d("2025-12-31"));
    REQUIRE(found.size() == 1);
    CHECK(found[0].date == d("2025-02-28"));
}

TEST_CASE("anniversaries: none without assignments") {
    CHECK(anniversaries_between(Organisation{}, Representative{}, d("2000-01-01"), d("2100-01-01")).empty());
}

#include "engine/selection.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }

Representative rep(std::string id, std::string branch, std::string role, std::string_view start) {
    Representative r;
    r.id = std::move(id);
    r.branch = std::move(branch);
    Assignment a;
    a.role = std::move(role);
    a.start = d(start);
    r.assignments.push_back(a);
    return r;
}
}  // namespace

TEST_CASE("selection without a stage at hand works the stage out only for --stage") {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.title = "Steward";
    steward.term = Duration::of_months(24);
    model.roles = {steward};
    model.representatives = {rep("anna", "north", "steward", "2025-03-01"), rep("bo", "south", "steward", "2026-12-01"),
                             rep("cy", "north", "steward", "2020-01-01")};
    model.representatives[2].left = d("2026-01-01");
    const Snapshot snapshot{model, d("2026-11-23")};
    const auto& anna = model.representatives[0];
    const auto& bo = model.representatives[1];
    const auto& cy = model.representatives[2];

    Selection all;
    CHECK(selected(all, snapshot, anna));
    CHECK(selected(all, snapshot, bo));
    CHECK_FALSE(selected(all, snapshot, cy));  // left
    all.include_left = true;
    CHECK(selected(all, snapshot, cy));

    Selection north;
    north.branch = "north";
    CHECK(selected(north, snapshot, anna));
    CHECK_FALSE(selected(north, snapshot, bo));

    Selection incoming;
    incoming.stage = Stage::incoming;
    CHECK_FALSE(selected(incoming, snapshot, anna));
    CHECK(selected(incoming, snapshot, bo));
    Selection established;
    established.stage = Stage::established;
    CHECK(selected(established, snapshot, anna));  // no journey: nothing left to onboard
    Selection left;
    left.stage = Stage::left;
    CHECK(selected(left, snapshot, cy));
    CHECK_FALSE(selected(left, snapshot, anna));
}

// for_each_status computes statuses on several threads and in chunks; what it hands over
// must be what computing them all and sorting gives.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <fmt/format.h>

#include "engine/ordered_statuses.hpp"
#include "model_builders.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
// Enough people for several threads and several chunks, in every stage and state.
Model crowd(int people) {
    Model model;
    model.roles = {
        role("steward", {milestone("welcome", "1w"), milestone("course", "3m"), milestone("talk", "end-3m")}),
        role("chair", {milestone("welcome", "2w")}, "30d")};
    model.roles[0].term = dur("2y");
    model.representatives.reserve(people);
    for (int i = 0; i < people; ++i) {
        const std::string start = fmt::format("20{:02}-{:02}-{:02}", 20 + i % 7, i % 12 + 1, i % 28 + 1);
        Representative r = rep(fmt::format("r{}", i), {assignment(i % 5 == 0 ? "chair" : "steward", start)});
        r.name = fmt::format("Person {}", (i * 7919) % 1000);  // names repeat, so ties fall to the id
        if (i % 11 == 0) r.left = d("2026-01-01");
        model.representatives.push_back(r);
        if (i % 3 == 0) model.events.push_back(completion("2026-06-01", r.id, "welcome"));
        if (i % 4 == 0) model.events.push_back(event("2026-09-01", r.id, EventType::feedback));
    }
    return model;
}

std::vector<std::string> ids_in_order(const Snapshot& snapshot, StatusOrder order, const StatusFilter& keep) {
    std::vector<std::string> ids;
    for_each_status(snapshot, keep, order,
                    [&](const RepresentativeStatus& status) { ids.push_back(status.representative->id); });
    return ids;
}

std::vector<std::string> ids_sorted_whole(const Snapshot& snapshot, StatusOrder order, const StatusFilter& keep) {
    std::vector<RepresentativeStatus> statuses;
    for (auto& status : compute_statuses(snapshot))
        if (keep(status)) statuses.push_back(std::move(status));
    sort_statuses(statuses, order);
    std::vector<std::string> ids;
    for (const auto& status : statuses) ids.push_back(status.representative->id);
    return ids;
}
}  // namespace

TEST_CASE("statuses computed in parallel chunks come in the order of sorting them all") {
    const Model model = crowd(9000);
    const Snapshot snapshot{model, d("2026-11-23")};
    const StatusFilter everyone = [](const RepresentativeStatus&) { return true; };
    const StatusFilter at_work = [](const RepresentativeStatus& s) { return s.counts(); };
    for (const auto order : {StatusOrder::urgency, StatusOrder::name, StatusOrder::stage}) {
        const auto all = ids_in_order(snapshot, order, everyone);
        CHECK(all.size() == 9000);
        CHECK(all == ids_sorted_whole(snapshot, order, everyone));
        const auto some = ids_in_order(snapshot, order, at_work);
        CHECK(some.size() < 9000);
        CHECK(some == ids_sorted_whole(snapshot, order, at_work));
    }
}

TEST_CASE("no one listed: nothing is handed over") {
    const Model model = crowd(10);
    const Snapshot snapshot{model, d("2026-11-23")};
    CHECK(ids_in_order(snapshot, StatusOrder::urgency, [](const RepresentativeStatus&) { return false; }).empty());
}

TEST_CASE("statuses in the order of the data are everyone's, as computing them all gives") {
    const Model model = crowd(9000);  // more than two chunks
    const Snapshot snapshot{model, d("2026-11-23")};
    const std::vector<RepresentativeStatus> whole = compute_statuses(snapshot);
    std::size_t seen = 0;
    for_each_status_in_data_order(snapshot, [&](const RepresentativeStatus& status) {
        REQUIRE(seen < whole.size());
        CHECK(status.representative == whole[seen].representative);
        CHECK(status.stage == whole[seen].stage);
        CHECK(overdue_items(status) == overdue_items(whole[seen]));
        CHECK(status.next_step.has_value() == whole[seen].next_step.has_value());
        ++seen;
    });
    CHECK(seen == model.representatives.size());
}

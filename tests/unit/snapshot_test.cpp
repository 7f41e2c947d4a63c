#include "engine/snapshot.hpp"

#include <algorithm>
#include <utility>

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;

// An event with a note and no milestone.
Event event(std::string_view date, std::string rep, EventType type, std::string note = "") {
    return test::event(date, std::move(rep), type, "", std::move(note));
}
}  // namespace

TEST_CASE("snapshot: events per representative, by date, file order within a day, none after as_of") {
    Model model;
    model.events = {
        event("2026-03-01", "anna", EventType::note, "third"),
        event("2026-01-01", "anna", EventType::note, "first"),
        event("2026-03-02", "anna", EventType::note, "after as_of"),
        event("2026-02-01", "bo", EventType::feedback),
        event("2026-03-01", "anna", EventType::feedback, "fourth"),
        event("2026-02-01", "anna", EventType::note, "second"),
    };
    const Snapshot snapshot{model, d("2026-03-01")};
    CHECK(snapshot.as_of() == d("2026-03-01"));

    const auto anna = snapshot.events_of("anna");
    REQUIRE(anna.size() == 4);
    CHECK(anna[0]->note == "first");
    CHECK(anna[1]->note == "second");
    CHECK(anna[2]->note == "third");
    CHECK(anna[3]->note == "fourth");
    CHECK(snapshot.events_of("bo").size() == 1);
    CHECK(snapshot.events_of("nobody").empty());

    CHECK(latest_event(anna, EventType::note) == d("2026-03-01"));
    CHECK(latest_event(anna, EventType::feedback) == d("2026-03-01"));
    CHECK_FALSE(latest_event(anna, EventType::recognition));
    // One day later the event after as_of is there.
    CHECK(Snapshot{model, d("2026-03-02")}.events_of("anna").size() == 5);
}

TEST_CASE("snapshot: a representative's events found by the representative are those of its id") {
    Model model;
    model.representatives.resize(4);
    for (const auto& [i, id] : {std::pair{0, "bo"}, {1, "anna"}, {2, "bo"}, {3, "cecilia"}})
        model.representatives[i].id = id;
    model.events = {event("2026-01-02", "anna", EventType::note), event("2026-01-01", "bo", EventType::note),
                    event("2026-01-03", "anna", EventType::feedback), event("2026-01-01", "dan", EventType::note)};
    const Snapshot snapshot{model, d("2026-03-01")};
    for (const Representative& rep : model.representatives) {
        const auto by_rep = snapshot.events_of(rep), by_id = snapshot.events_of(rep.id);
        CHECK(std::equal(by_rep.begin(), by_rep.end(), by_id.begin(), by_id.end()));
    }
    CHECK(snapshot.events_of(model.representatives[1]).size() == 2);
    CHECK(snapshot.events_of(model.representatives[2]).data() == snapshot.events_of(model.representatives[0]).data());
    CHECK(snapshot.events_of(model.representatives[3]).empty());
    Representative dan;  // not one of the model's: found by id
    dan.id = "dan";
    CHECK(snapshot.events_of(dan).size() == 1);
}

TEST_CASE("snapshot: events placed by the person validation found, as by their ids") {
    Model model;
    model.representatives.resize(2);
    model.representatives[0].id = "bo";
    model.representatives[1].id = "anna";
    model.events = {event("2026-01-02", "anna", EventType::note), event("2026-01-01", "bo", EventType::note),
                    event("2026-01-01", "anna", EventType::feedback), event("2026-01-01", "dan", EventType::note)};
    const Snapshot by_id{model, d("2026-03-01")};
    for (auto [i, person] : {std::pair{0, 1u}, {1, 0u}, {2, 1u}}) model.events[i].person = person;
    const Snapshot by_person{model, d("2026-03-01")};
    for (const std::string_view id : {"anna", "bo", "dan", "nobody"}) {
        const auto a = by_id.events_of(id), b = by_person.events_of(id);
        CHECK(std::equal(a.begin(), a.end(), b.begin(), b.end()));
    }
    CHECK(by_person.events_of("anna").size() == 2);
    CHECK(by_person.events_of("anna")[0]->type == EventType::feedback);  // by date
}

TEST_CASE("snapshot: roles by id, the first of duplicates") {
    Model model;
    model.roles.resize(3);
    model.roles[0].id = "steward";
    model.roles[1].id = "safety";
    model.roles[2].id = "steward";
    const Snapshot snapshot{model, d("2026-01-01")};
    CHECK(snapshot.role("steward") == &model.roles[0]);
    CHECK(snapshot.role("safety") == &model.roles[1]);
    CHECK(snapshot.role("board") == nullptr);
    CHECK(&snapshot.organisation() == &model.organisation);
}

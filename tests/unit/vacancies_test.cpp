#include "engine/vacancies.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
Representative person(std::string id, std::string branch, std::vector<Assignment> assignments) {
    Representative r = rep(std::move(id), std::move(assignments));
    r.branch = std::move(branch);
    return r;
}

Assignment at(Assignment a, std::string workplace) {
    a.workplace = std::move(workplace);
    return a;
}

Event nomination(std::string_view date, std::string rep, std::string role, NominationAnswer answer) {
    Event e = event(date, std::move(rep), EventType::nomination);
    e.role = kept(role);
    e.answer = answer;
    return e;
}

std::vector<std::string> holder_ids(const SeatFilling& filling) {
    std::vector<std::string> ids;
    for (const SeatHolder& h : filling.holders) ids.push_back(h.representative->id);
    return ids;
}

std::vector<std::string> leaving_ids(const SeatFilling& filling) {
    std::vector<std::string> ids;
    for (const SeatHolder& h : filling.holders)
        if (h.leaving) ids.push_back(h.representative->id);
    return ids;
}

std::vector<std::string> candidate_ids(const SeatFilling& filling) {
    std::vector<std::string> ids;
    for (const Representative* r : filling.candidates) ids.push_back(r->id);
    return ids;
}

// A model with the roles steward and safety and an annual meeting on 2027-03-15.
Model union_model() {
    Model model;
    model.roles = {role("steward"), role("safety")};
    model.organisation.annual_meeting = d("2027-03-15");
    return model;
}
}  // namespace

TEST_CASE("vacancies: holders match the seat's role, branch and workplace, and vacant places are count minus holders") {
    Model model = union_model();
    model.organisation.seats = {Seat{"safety", "", "Volvo Torslanda", 2, {}}, Seat{"steward", "Göteborg", "", 3, {}},
                                Seat{"steward", "", "", 1, {}}};
    model.representatives = {
        person("anna", "Göteborg", {at(assignment("safety", "2026-01-15"), "Volvo Torslanda")}),
        person("bo", "Göteborg", {at(assignment("safety", "2026-01-15"), "SKF")}),       // another workplace
        person("cia", "Göteborg", {assignment("steward", "2026-02-01", "2028-01-31")}),  //
        person("dan", "Borås", {assignment("steward", "2026-02-01")}),                   // another branch
        person("eva", "Göteborg", {assignment("steward", "2025-01-01", "2026-06-30")}),  // ended
        person("fia", "Göteborg", {assignment("steward", "2027-01-01")}),                // not yet
    };
    Representative gun = person("gun", "Göteborg", {assignment("steward", "2026-01-01")});
    gun.left = d("2026-10-01");  // left: holds no seat
    model.representatives.push_back(gun);

    const std::vector<SeatFilling> seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    REQUIRE(seats.size() == 3);
    CHECK(seats[0].seat == &model.organisation.seats[0]);
    CHECK(holder_ids(seats[0]) == std::vector<std::string>{"anna"});
    CHECK(seats[0].vacant == 1);
    CHECK(holder_ids(seats[1]) == std::vector<std::string>{"cia"});
    CHECK(seats[1].vacant == 2);
    // A seat without branch or workplace takes every holder of its role: one place, two holders.
    CHECK(holder_ids(seats[2]) == std::vector<std::string>{"cia", "dan"});  // by end date, open-ended last
    CHECK(seats[2].vacant == 0);
    CHECK(seats[2].over_filled);
    CHECK_FALSE(seats[1].over_filled);
}

TEST_CASE("vacancies: holders are ordered by end date, open-ended last, then id") {
    Model model = union_model();
    model.organisation.seats = {Seat{"steward", "", "", 4, {}}};
    model.representatives = {person("dan", "", {assignment("steward", "2026-01-01")}),
                             person("bo", "", {assignment("steward", "2026-01-01", "2029-12-31")}),
                             person("anna", "", {assignment("steward", "2026-01-01")}),
                             person("cia", "", {assignment("steward", "2026-01-01", "2028-12-31")})};
    const auto seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    CHECK(holder_ids(seats[0]) == std::vector<std::string>{"cia", "bo", "anna", "dan"});
    CHECK(seats[0].vacant == 0);
    CHECK_FALSE(seats[0].needs_candidates());
}

TEST_CASE("vacancies: a holder whose term ends before the annual meeting is leaving unless succeeded within 31 days") {
    Model model = union_model();  // annual meeting 2027-03-15
    model.organisation.seats = {Seat{"steward", "", "", 5, {}}};
    model.representatives = {
        // Ends before the meeting, nobody starts within 31 days after: leaving.
        person("anna", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
        // Ends on the meeting's day: not before it, so not leaving.
        person("bo", "", {assignment("steward", "2025-03-16", "2027-03-15")}),
        // Ends after the meeting: not leaving.
        person("cia", "", {assignment("steward", "2025-03-16", "2027-03-16")}),
        // Followed by someone else 31 days after the end: not leaving.
        person("eva", "", {assignment("steward", "2025-01-01", "2026-12-31")}),
        person("fia", "", {assignment("steward", "2027-01-31")}),
    };
    const auto seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    CHECK(holder_ids(seats[0]) == std::vector<std::string>{"eva", "anna", "bo", "cia"});
    CHECK(leaving_ids(seats[0]) == std::vector<std::string>{"anna"});
    CHECK(seats[0].vacant == 1);
    CHECK(seats[0].needs_candidates());

    // 32 days after the end is too late.
    model.representatives[4].assignments[0].start = d("2027-02-01");
    CHECK(leaving_ids(seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"))[0]) ==
          std::vector<std::string>{"eva", "anna"});
}

TEST_CASE("vacancies: an assignment of the seat, the holder's own or another's, succeeds every holder it follows") {
    Model model = union_model();
    model.organisation.seats = {Seat{"steward", "", "", 2, {}}};
    model.representatives = {person("anna", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
                             person("bo", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
                             person("cia", "", {assignment("steward", "2027-03-01")})};
    const auto seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    CHECK(leaving_ids(seats[0])
              .empty());  // SPEC: "the same person or another has an assignment ... starting within 31 days"

    model.representatives.pop_back();  // anna re-elected: her next term starts the day after
    model.representatives[0].assignments.push_back(assignment("steward", "2027-03-01"));
    CHECK(leaving_ids(seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"))[0]).empty());
}

TEST_CASE("vacancies: a yes to another term keeps the holder, and no or undecided do not") {
    Model model = union_model();
    model.organisation.seats = {Seat{"steward", "", "", 4, {}}};
    model.representatives = {person("anna", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
                             person("bo", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
                             person("cia", "", {assignment("steward", "2025-03-01", "2027-02-28")}),
                             person("dan", "", {assignment("steward", "2025-03-01", "2027-02-28")})};
    model.events = {nomination("2026-10-01", "anna", "steward", NominationAnswer::yes),
                    nomination("2026-10-01", "bo", "steward", NominationAnswer::no),
                    nomination("2026-10-01", "cia", "steward", NominationAnswer::undecided),
                    nomination("2026-12-01", "dan", "steward", NominationAnswer::yes)};  // after as_of
    const auto seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    CHECK(leaving_ids(seats[0]) == std::vector<std::string>{"bo", "cia", "dan"});

    // The answers are what is known on as_of, whichever day is asked about: an earlier day sees dan's later yes.
    CHECK(leaving_ids(seat_fillings(Snapshot{model, d("2026-12-01")}, d("2026-11-23"))[0]) ==
          std::vector<std::string>{"bo", "cia"});
}

TEST_CASE("vacancies: without an annual meeting ahead, a holder leaves when the term ends in the renewal window") {
    Model model = union_model();
    model.organisation.annual_meeting.reset();  // renewal_window: 3m by default
    model.organisation.seats = {Seat{"steward", "", "", 3, {}}};
    model.representatives = {person("anna", "", {assignment("steward", "2025-03-01", "2027-02-23")}),
                             person("bo", "", {assignment("steward", "2025-03-01", "2027-02-24")}),
                             person("cia", "", {assignment("steward", "2025-03-01")})};
    CHECK(leaving_ids(seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"))[0]) ==
          std::vector<std::string>{"anna"});

    // A meeting that already took place counts as none.
    model.organisation.annual_meeting = d("2026-11-01");
    CHECK(leaving_ids(seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"))[0]) ==
          std::vector<std::string>{"anna"});
}

TEST_CASE("vacancies: the day asked about decides holders and the meeting's horizon") {
    Model model = union_model();
    model.organisation.seats = {Seat{"steward", "", "", 1, {}}};
    model.representatives = {person("anna", "", {assignment("steward", "2025-03-01", "2027-02-28")})};
    const Snapshot snapshot{model, d("2026-11-23")};
    CHECK(seat_fillings(snapshot, d("2027-03-01"))[0].vacant == 1);
    CHECK(seat_fillings(snapshot, d("2027-03-01"))[0].holders.empty());
    // After the meeting, the horizon is the renewal window from that day.
    CHECK(leaving_ids(seat_fillings(snapshot, d("2027-03-20"))[0]).empty());
    model.representatives[0].assignments[0].end = d("2027-06-01");
    CHECK(leaving_ids(seat_fillings(snapshot, d("2027-03-20"))[0]) == std::vector<std::string>{"anna"});
}

TEST_CASE("vacancies: candidates are the prospects of the seat's branch, for seats with a place to fill") {
    Model model = union_model();
    model.organisation.seats = {Seat{"steward", "Kungälv", "", 1, {}}, Seat{"steward", "", "", 1, {}},
                                Seat{"safety", "Mölndal", "", 1, {}}};
    model.representatives = {person("otto", "Kungälv", {}), person("maja", "Kungälv", {}),
                             person("lars", "Mölndal", {}),
                             person("stina", "Mölndal", {assignment("safety", "2026-01-01")})};
    Representative gone = person("gone", "Kungälv", {});
    gone.left = d("2026-06-01");  // left: no longer a prospect
    model.representatives.push_back(gone);
    Representative resting = person("resting", "Kungälv", {});
    resting.paused = Pause{d("2026-06-01"), std::nullopt};  // paused: not a prospect either
    model.representatives.push_back(resting);

    const auto seats = seat_fillings(Snapshot{model, d("2026-11-23")}, d("2026-11-23"));
    CHECK(candidate_ids(seats[0]) == std::vector<std::string>{"maja", "otto"});
    CHECK(candidate_ids(seats[1]) == std::vector<std::string>{"lars", "maja", "otto"});  // every prospect
    CHECK(candidate_ids(seats[2]).empty());                                              // filled by stina, who stays
}

#include "engine/mandates.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
Event nomination(std::string_view date, std::string rep, std::string role, NominationAnswer answer) {
    Event e = event(date, std::move(rep), EventType::nomination);
    e.role = kept(role);
    e.answer = answer;
    return e;
}
}  // namespace

TEST_CASE("mandates: a seat is filled by its role, and by its branch and workplace when it names them") {
    Representative anna = rep("anna", {assignment("safety", "2026-01-15")});
    anna.branch = "Göteborg";
    anna.assignments[0].workplace = "Volvo Torslanda";
    const Assignment& a = anna.assignments[0];
    CHECK(fills(Seat{"safety", "", "", 1, {}}, anna, a));
    CHECK(fills(Seat{"safety", "Göteborg", "Volvo Torslanda", 2, {}}, anna, a));
    CHECK_FALSE(fills(Seat{"steward", "", "", 1, {}}, anna, a));
    CHECK_FALSE(fills(Seat{"safety", "Borås", "", 1, {}}, anna, a));
    CHECK_FALSE(fills(Seat{"safety", "", "Volvo Torsland", 1, {}}, anna, a));
    CHECK_FALSE(fills(Seat{"safety", "göteborg", "", 1, {}}, anna, a));  // as written

    Organisation organisation;
    organisation.seats = {Seat{"safety", "Borås", "", 1, {}}, Seat{"safety", "", "Volvo Torslanda", 2, {}},
                          Seat{"safety", "", "", 1, {}}};
    CHECK(seat_of(organisation, anna, a) == &organisation.seats[1]);
    organisation.seats.erase(organisation.seats.begin() + 1, organisation.seats.end());
    CHECK(seat_of(organisation, anna, a) == nullptr);
}

TEST_CASE("mandates: the nomination answer is the latest since the assignment started, for its role") {
    Model model;
    model.roles = {role("safety"), role("steward")};
    model.representatives = {rep("anna", {assignment("safety", "2026-01-15", "2027-03-31")})};
    const Representative& anna = model.representatives[0];
    const auto answer_on = [&](std::string_view day) {
        return nomination_answer(Snapshot{model, d(day)}, anna, anna.assignments[0]);
    };
    CHECK(answer_on("2027-01-01") == NominationAnswer::none);

    model.events = {nomination("2025-12-01", "anna", "safety", NominationAnswer::no),         // before the start
                    nomination("2027-01-10", "anna", "steward", NominationAnswer::yes),       // another role
                    nomination("2027-01-20", "anna", "safety", NominationAnswer::undecided),  //
                    nomination("2027-02-05", "anna", "safety", NominationAnswer::yes)};
    CHECK(answer_on("2027-01-15") == NominationAnswer::none);
    CHECK(answer_on("2027-01-20") == NominationAnswer::undecided);
    CHECK(answer_on("2027-02-04") == NominationAnswer::undecided);
    CHECK(answer_on("2027-02-05") == NominationAnswer::yes);  // the latest wins
}

#include "engine/mandates.hpp"

#include <doctest/doctest.h>

#include "engine/journey.hpp"
#include "engine/terms.hpp"

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

namespace {
// anna's board term ends 2027-02-28; the annual meeting on 2027-03-15 elects it anew, and the nominating
// committee wants its answers 6 weeks before: by 2027-02-01. due_soon is the default 14 days.
Model meeting_model() {
    Model model;
    model.organisation.annual_meeting = d("2027-03-15");
    model.roles = {role("board")};
    model.representatives = {rep("anna", {assignment("board", "2025-03-01", "2027-02-28")})};
    return model;
}

std::optional<NominationStatus> nomination_on(const Model& model, std::string_view day) {
    const Representative& anna = model.representatives[0];
    return nomination_status(Snapshot{model, d(day)}, anna, anna.assignments[0]);
}

// The open nomination items of anna on the day, as status, show, remind and the calendar take them.
std::vector<OpenItem> nomination_items(const Model& model, std::string_view day) {
    std::vector<OpenItem> items = open_items(representative_status(Snapshot{model, d(day)}, model.representatives[0]));
    std::erase_if(items, [](const OpenItem& item) { return item.kind != OpenItem::Kind::nomination; });
    return items;
}
}  // namespace

TEST_CASE("mandates: the nomination item is due nominations_due before the annual meeting, in the usual states") {
    const Model model = meeting_model();
    const auto upcoming = nomination_on(model, "2027-01-10");
    REQUIRE(upcoming);
    CHECK(upcoming->due == d("2027-02-01"));
    CHECK(upcoming->state == DueState::upcoming);
    CHECK(upcoming->answer == NominationAnswer::none);
    CHECK_FALSE(upcoming->days_overdue);
    CHECK(nomination_on(model, "2027-01-18")->state == DueState::due_soon);  // 2027-02-01 is 14 days ahead
    CHECK(nomination_on(model, "2027-02-01")->state == DueState::due_soon);  // due today is not overdue yet
    const auto overdue = nomination_on(model, "2027-02-04");
    CHECK(overdue->state == DueState::overdue);
    CHECK(overdue->days_overdue == 3);

    const auto items = nomination_items(model, "2027-02-04");
    REQUIRE(items.size() == 1);
    CHECK(items[0].due == d("2027-02-01"));
    CHECK(items[0].state == DueState::overdue);
    CHECK(items[0].assignment == &model.representatives[0].assignments[0]);
    CHECK(items[0].role == &model.roles[0]);
    const RepresentativeStatus status =
        representative_status(Snapshot{model, d("2027-02-04")}, model.representatives[0]);
    CHECK(status.overdue.nominations == 1);

    Model later = model;
    later.organisation.nominations_due = dur("10w");  // 2027-01-04
    CHECK(nomination_on(later, "2027-01-10")->due == d("2027-01-04"));
    CHECK(nomination_on(later, "2027-01-10")->state == DueState::overdue);
}

TEST_CASE("mandates: no nomination item without an annual meeting ahead, or for a term that outlasts it") {
    Model model = meeting_model();
    model.representatives[0].assignments[0].end = d("2027-03-15");
    CHECK(nomination_on(model, "2027-03-15"));  // the meeting's own day still counts
    model.representatives[0].assignments[0].end = d("2027-03-16");
    CHECK_FALSE(nomination_on(model, "2027-03-16"));            // active, but the meeting has passed
    CHECK_FALSE(nomination_on(meeting_model(), "2027-03-01"));  // the term has ended: not active

    model = meeting_model();

    model.organisation.annual_meeting.reset();
    CHECK_FALSE(nomination_on(model, "2027-01-10"));
    CHECK(nomination_items(model, "2027-02-04").empty());

    model = meeting_model();
    model.representatives[0].assignments[0].end = d("2027-03-16");  // elected again at next year's meeting
    CHECK_FALSE(nomination_on(model, "2027-01-10"));
    model.representatives[0].assignments[0].end = d("2027-03-15");  // ends on the meeting day: up for election
    CHECK(nomination_on(model, "2027-01-10"));
    model.representatives[0].assignments[0].end.reset();  // open-ended: never up for election
    CHECK_FALSE(nomination_on(model, "2027-01-10"));

    model = meeting_model();
    CHECK_FALSE(nomination_on(model, "2025-02-01"));  // not started yet: not active
}

TEST_CASE("mandates: a yes or no answer closes the nomination item; undecided leaves it open") {
    Model model = meeting_model();
    model.events = {nomination("2027-01-05", "anna", "board", NominationAnswer::undecided)};
    const auto undecided = nomination_on(model, "2027-02-04");
    CHECK(undecided->state == DueState::overdue);
    CHECK(undecided->answer == NominationAnswer::undecided);
    CHECK(undecided->answered == d("2027-01-05"));
    REQUIRE(nomination_items(model, "2027-02-04").size() == 1);
    CHECK(nomination_items(model, "2027-02-04")[0].answer == NominationAnswer::undecided);

    for (const NominationAnswer answer : {NominationAnswer::yes, NominationAnswer::no}) {
        model.events = {nomination("2027-01-05", "anna", "board", NominationAnswer::undecided),
                        nomination("2027-01-20", "anna", "board", answer)};
        const auto answered = nomination_on(model, "2027-02-04");
        CHECK(answered->state == DueState::done);
        CHECK(answered->answer == answer);
        CHECK(answered->answered == d("2027-01-20"));
        CHECK_FALSE(answered->days_overdue);
        CHECK(nomination_items(model, "2027-02-04").empty());
        CHECK(nomination_on(model, "2027-01-19")->answer == NominationAnswer::undecided);  // the answer came later
    }
}

TEST_CASE("mandates: only a representative who counts gets the nomination item; the status keeps its state") {
    Model model = meeting_model();
    model.representatives[0].paused = Pause{d("2027-01-01"), std::nullopt};
    CHECK(nomination_items(model, "2027-02-04").empty());
    CHECK(nomination_on(model, "2027-02-04")->state == DueState::overdue);  // what status --format json shows
    CHECK(nomination_items(model, "2026-12-31").size() == 1);               // before the pause

    model = meeting_model();
    model.representatives[0].left = d("2027-01-31");
    CHECK(nomination_items(model, "2027-02-04").empty());
    CHECK(nomination_items(model, "2027-01-30").size() == 1);
}

TEST_CASE("mandates: terms lists up to the annual meeting ahead, else for the renewal window") {
    Organisation organisation;
    organisation.renewal_window = dur("3m");
    CHECK(default_terms_until(organisation, d("2026-11-23")) == d("2027-02-23"));
    organisation.annual_meeting = d("2027-03-15");
    CHECK(default_terms_until(organisation, d("2026-11-23")) == d("2027-03-15"));
    CHECK(default_terms_until(organisation, d("2027-03-15")) == d("2027-03-15"));
    CHECK(default_terms_until(organisation, d("2027-03-16")) == d("2027-06-16"));
}

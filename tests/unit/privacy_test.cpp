#include "render/privacy.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Model sample() {
    Model model;
    model.organisation.email = "office@example.org";
    model.organisation.coordinators.push_back({"maria", "Maria Nilsson", "maria@example.org", {}});
    Representative anna;
    anna.id = "anna-larsson";
    anna.name = "Anna Larsson";
    anna.email = "anna@example.org";
    anna.phone = "+46 70 123 45 67";
    anna.born = 2001;
    model.representatives.push_back(anna);
    Event note;
    note.rep = "anna-larsson";
    note.type = EventType::note;
    note.note = "Wants to try the safety role";
    Event feedback;
    feedback.rep = "anna-larsson";
    feedback.type = EventType::feedback;
    feedback.by = "maria";
    feedback.note = "Good start";
    model.events = {note, feedback};
    return model;
}
}  // namespace

TEST_CASE("privacy: notes stay out unless asked for") {
    const Model plain = private_model(sample(), {});
    REQUIRE(plain.events.size() == 1);
    CHECK(plain.events[0].type == EventType::feedback);
    CHECK(plain.events[0].note.empty());
    CHECK(plain.events[0].by == "maria");
    CHECK(plain.representatives[0].name == "Anna Larsson");
    // Birth years stay in the model: feedback cadences depend on them. The renderers leave them out.
    CHECK(plain.representatives[0].born == 2001);

    const Model with_notes = private_model(sample(), {.include_notes = true});
    REQUIRE(with_notes.events.size() == 2);
    CHECK(with_notes.events[1].note == "Good start");
}

TEST_CASE("privacy: redact puts ids in place of names and empties e-mail addresses and phone numbers") {
    CHECK(private_model(sample(), {}).representatives[0].phone == "+46 70 123 45 67");
    const Model model = private_model(sample(), {.redact = true});
    CHECK(model.representatives[0].name == "anna-larsson");
    CHECK(model.representatives[0].email.empty());
    CHECK(model.representatives[0].phone.empty());
    CHECK(model.organisation.coordinators[0].name == "maria");
    CHECK(model.organisation.coordinators[0].email.empty());
    CHECK(model.organisation.email.empty());
}

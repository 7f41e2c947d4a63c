#include "render/words.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("an exit reason's title: a built-in one in English or Swedish, the organisation's own as written") {
    Organisation organisation;
    CHECK(exit_reason_title(organisation, "moved", Language::en) == "Moved away");
    CHECK(exit_reason_title(organisation, "moved", Language::sv) == "Flyttat");
    CHECK(exit_reason_title(organisation, "workload", Language::sv) == "För hög arbetsbelastning");
    // An id the catalogue lacks (never in valid data) is shown as it is.
    CHECK(exit_reason_title(organisation, "emigrated", Language::en) == "emigrated");

    organisation.exit_reasons = {ExitReason{"moved", "Flyttade utomlands", "", {}}};
    CHECK(exit_reason_title(organisation, "moved", Language::en) == "Flyttade utomlands");
    CHECK(exit_reason_title(organisation, "moved", Language::sv) == "Flyttade utomlands");
    CHECK(exit_reason_title(organisation.exit_reasons[0], Language::sv) == "Flyttade utomlands");
}

TEST_CASE("left_words: when they left, and why when the data says") {
    const Organisation organisation;
    Representative per;
    per.left = *Date::parse("2026-11-10");
    CHECK(left_words(Language::en, per, organisation) == "left 10 Nov 2026");
    CHECK(left_words(Language::sv, per, organisation) == "avgick 10 nov 2026");
    per.left_reason = "retired";
    CHECK(left_words(Language::en, per, organisation) == "left 10 Nov 2026 (Retired)");
    CHECK(left_words(Language::sv, per, organisation) == "avgick 10 nov 2026 (Gått i pension)");
}

TEST_CASE("a recognition action's name: its title in the catalogue, else its id") {
    Organisation organisation;
    RecognitionAction card;
    card.id = "card";
    card.title = "Handwritten card";
    organisation.recognition.actions = {card};
    CHECK(action_name(organisation, "card") == "Handwritten card");
    CHECK(action_name(organisation, "dinner") == "dinner");
}

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
    CHECK(left_words(Language::en, per, organisation) == "left 10 Nov 2026 (retired)");
    CHECK(left_words(Language::sv, per, organisation) == "avgick 10 nov 2026 (gått i pension)");
}

TEST_CASE("a passed due date is not 'senast' in Swedish") {
    const Date as_of = *Date::parse("2026-11-23");
    CHECK(due_words(Language::sv, *Date::parse("2026-06-03"), as_of) == "skulle ha gjorts 3 jun 2026 (173 dagar sent)");
    CHECK(due_words(Language::sv, *Date::parse("2026-11-22"), as_of) == "skulle ha gjorts 22 nov 2026 (1 dag sent)");
    CHECK(due_words(Language::sv, *Date::parse("2026-11-23"), as_of) == "senast 23 nov 2026 (i dag)");
    CHECK(due_words(Language::sv, *Date::parse("2026-12-10"), as_of) == "senast 10 dec 2026 (om 17 dagar)");
    CHECK(due_words(Language::en, *Date::parse("2026-06-03"), as_of) == "due 3 Jun 2026 (173 days overdue)");
    CHECK(due_on_words(Language::sv, *Date::parse("2026-06-03"), "3 jun", as_of) == "skulle ha gjorts 3 jun");
}

TEST_CASE("the feedback line: the cadence in words, the last conversation or none, the next") {
    const Date as_of = *Date::parse("2026-11-23");
    FeedbackStatus f;
    f.every = *Duration::parse("56d");
    f.last = *Date::parse("2026-06-15");
    f.next_due = *Date::parse("2026-08-10");
    CHECK(feedback_line(Language::sv, f, as_of) ==
          "var åttonde vecka; senaste samtal 15 jun 2026; nästa samtal senast 10 aug 2026 (105 dagar sent)");
    CHECK(feedback_line(Language::en, f, as_of) ==
          "every 8 weeks; last conversation 15 Jun 2026; next conversation due 10 Aug 2026 (105 days overdue)");
    f.last.reset();
    f.every = *Duration::parse("4w");
    f.next_due = *Date::parse("2026-12-16");
    CHECK(feedback_line(Language::sv, f, as_of) ==
          "var fjärde vecka; inget samtal ännu; nästa samtal senast 16 dec 2026 (om 23 dagar)");
    CHECK(feedback_line(Language::en, f, as_of) ==
          "every 4 weeks; no conversation yet; next conversation due 16 Dec 2026 (in 23 days)");
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

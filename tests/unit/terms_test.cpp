#include "engine/terms.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::assignment;
using test::completion;
using test::d;
using test::rep;
using test::role;
using test::talk;

// A term milestone.
Milestone milestone(std::string id, MilestoneDue::Anchor anchor, std::string_view due, std::string_view every = "") {
    return test::milestone(std::move(id), anchor, due, every, MilestoneScope::term);
}
}  // namespace

TEST_CASE("terms: assignments ending in [as_of, until], by end, representative and role") {
    Model model;
    model.roles = {
        role("steward", {milestone("welcome", MilestoneDue::Anchor::start, "1w"),
                         milestone("renewal-talk", MilestoneDue::Anchor::end, "3m")}),
        role("safety", {milestone("renewal-talk", MilestoneDue::Anchor::end, "2m")}),
        role("board", {}),
    };
    model.representatives = {
        rep("anna", {assignment("steward", "2025-03-01", "2027-02-28"), assignment("board", "2028-01-01", std::nullopt),
                     assignment("steward", "2027-03-01", "2029-02-28")}),
        rep("bo", {assignment("board", "2024-01-01", std::nullopt), assignment("safety", "2025-01-01", "2026-11-23")}),
        rep("cy", {assignment("steward", "2022-11-23", "2026-11-22"), assignment("steward", "2023-04-01", "2027-03-31"),
                   assignment("safety", "2027-06-01", "2027-12-31")}),
        rep("dee", {assignment("steward", "2025-03-01", "2027-02-28")}),
        rep("abe", {assignment("steward", "2025-03-01", "2027-02-28")}),
        rep("eli", {assignment("steward", "2025-04-02", "2027-04-01")}),
        rep("fay", {assignment("board", "2020-01-01", std::nullopt)}),
        rep("gus", {assignment("steward", "2025-01-01", "2026-12-31"), assignment("safety", "2025-06-01", "2026-12-15"),
                    assignment("safety", "2026-06-01", "2027-06-30")}),
    };
    model.representatives[3].left = d("2026-11-01");
    model.events = {
        completion("2026-11-20", "anna", "renewal-talk"),
        completion("2026-11-24", "abe", "renewal-talk"),  // after as_of
    };

    const auto terms = terms_ending(model, d("2026-11-23"), d("2027-03-31"));
    std::vector<std::string> listed;
    for (const TermEnding& term : terms) listed.push_back(term.representative->id + " " + term.role->id);
    CHECK(listed == std::vector<std::string>{"bo safety", "gus safety", "gus steward", "abe steward", "anna steward",
                                             "cy steward"});
    REQUIRE(terms.size() == 6);
    const auto& people = model.representatives;

    SUBCASE("the renewal talk: end-relative milestones only") {
        for (const TermEnding& term : terms) REQUIRE(term.renewal_talks.size() == 1);
        CHECK(terms[0].renewal_talks[0].due == d("2026-09-23"));  // bo: 2026-11-23 - 2m
        CHECK(terms[0].renewal_talks[0].state == DueState::overdue);
        CHECK(terms[2].renewal_talks[0].due == d("2026-09-30"));  // gus: 2026-12-31 - 3m
        CHECK(terms[3].renewal_talks[0].due == d("2026-11-28"));  // abe: not done on as_of
        CHECK(terms[3].renewal_talks[0].state == DueState::due_soon);
        CHECK(renewal_talk_pending(terms[3].renewal_talks));
        CHECK(terms[4].renewal_talks[0].state == DueState::done);  // anna
        CHECK(terms[4].renewal_talks[0].done == d("2026-11-20"));
        CHECK_FALSE(renewal_talk_pending(terms[4].renewal_talks));
        for (const TermEnding& term : terms) {  // the one talk each has is the one shown
            REQUIRE(term.shown_talk);
            CHECK(term.shown_talk->milestone == term.renewal_talks[0].milestone);
        }
        CHECK(terms[4].shown_talk->state == DueState::done);
    }
    SUBCASE("what comes next") {
        CHECK(terms[0].assignment == &people[1].assignments[1]);
        CHECK(terms[0].next == nullptr);  // bo's board seat started before the safety term
        CHECK(terms[1].next == &people[7].assignments[2]);
        CHECK(terms[2].next == &people[7].assignments[2]);
        CHECK(terms[3].next == nullptr);
        CHECK(terms[4].next == &people[0].assignments[2]);  // re-elected: the earliest lined up
        CHECK(terms[5].next == &people[2].assignments[2]);  // starts after the end
    }
    SUBCASE("an overdue talk is chased while the assignment counts") {
        CHECK(terms[0].talk_overdue);        // bo: overdue, active
        CHECK(terms[2].talk_overdue);        // gus steward: due 2026-09-30
        CHECK_FALSE(terms[3].talk_overdue);  // abe: due soon
        CHECK_FALSE(terms[4].talk_overdue);  // anna: done
        model.representatives[1].paused = Pause{d("2026-10-01"), std::nullopt};
        const auto paused = terms_ending(model, d("2026-11-23"), d("2027-03-31"));
        CHECK(paused[0].representative->id == "bo");
        CHECK(paused[0].renewal_talks[0].state == DueState::overdue);
        CHECK_FALSE(paused[0].talk_overdue);  // bo is paused: not chased
    }
    SUBCASE("until before as_of lists nothing") {
        CHECK(terms_ending(model, d("2026-11-23"), d("2026-11-22")).empty());
    }
}

TEST_CASE("terms: lined up after an assignment") {
    Representative anna = rep("anna", {assignment("steward", "2025-03-01", "2027-02-28")});
    const auto next = [&] { return lined_up_after(anna, anna.assignments[0]); };
    CHECK(next() == nullptr);
    anna.assignments.push_back(assignment("safety", "2025-06-01", "2027-02-28"));  // ends with it
    CHECK(next() == nullptr);
    anna.assignments.push_back(assignment("board", "2025-01-01", std::nullopt));  // started before it
    CHECK(next() == nullptr);
    anna.assignments.push_back(assignment("safety", "2025-06-01", "2027-03-01"));  // still active after the end
    CHECK(next() == &anna.assignments[3]);
    anna.assignments.push_back(assignment("steward", "2025-05-01", std::nullopt));  // open-ended, starts earlier
    CHECK(next() == &anna.assignments[4]);
    CHECK(lined_up_after(anna, anna.assignments[2]) == nullptr);  // an open-ended assignment never ends
}

TEST_CASE("terms: a renewal talk is pending while a once-only one is not done") {
    const Milestone once = milestone("renewal-talk", MilestoneDue::Anchor::end, "3m");
    const Milestone repeating = milestone("check-in", MilestoneDue::Anchor::end, "1m", "1w");
    CHECK_FALSE(renewal_talk_pending({}));
    CHECK(renewal_talk_pending(std::vector{talk(once, DueState::upcoming)}));
    CHECK_FALSE(renewal_talk_pending(std::vector{talk(once, DueState::done)}));
    CHECK_FALSE(renewal_talk_pending(std::vector{talk(repeating, DueState::overdue)}));
}

TEST_CASE("terms: the renewal talk shown is the first not done, else the first") {
    Milestone first;
    first.id = "first";
    Milestone second;
    second.id = "second";
    CHECK_FALSE(shown_renewal_talk({}));

    const std::vector one{talk(first, DueState::upcoming)};
    CHECK(shown_renewal_talk(one)->milestone == &first);

    const std::vector both_done{talk(first, DueState::done), talk(second, DueState::done)};
    CHECK(shown_renewal_talk(both_done)->milestone == &first);

    const std::vector second_open{talk(first, DueState::done), talk(second, DueState::overdue)};
    CHECK(shown_renewal_talk(second_open)->milestone == &second);
}

TEST_CASE("terms: each term has its holder's nomination answer, whether or not a meeting is set") {
    Model model;
    model.roles = {role("board")};
    model.representatives = {rep("anna", {assignment("board", "2025-03-01", "2027-02-28")}),
                             rep("bo", {assignment("board", "2025-03-01", "2027-02-28")})};
    Event yes = test::event("2026-11-01", "anna", EventType::nomination);
    yes.role = test::kept("board");
    yes.answer = NominationAnswer::yes;
    model.events = {yes};
    const auto terms = terms_ending(model, d("2026-11-23"), d("2027-03-31"));
    REQUIRE(terms.size() == 2);
    CHECK(terms[0].representative->id == "anna");
    CHECK(terms[0].nomination == NominationAnswer::yes);
    CHECK(terms[1].nomination == NominationAnswer::none);
    CHECK(terms_ending(model, d("2026-10-31"), d("2027-03-31"))[0].nomination == NominationAnswer::none);
}

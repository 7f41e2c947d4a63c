#include "engine/digest.hpp"

#include <doctest/doctest.h>

#include "digest_fixture.hpp"

using namespace repjourney;
using namespace repjourney::test;

TEST_CASE("items are grouped by coordinator in data order, people without one last") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    CHECK(digest.first == as_of);
    CHECK(digest.last == d("2026-11-29"));
    REQUIRE(digest.groups.size() == 2);

    const DigestGroup& maria = digest.groups[0];
    REQUIRE(maria.coordinator);
    CHECK(maria.coordinator->id == "maria");
    REQUIRE(maria.overdue.size() == 1);
    CHECK(maria.overdue[0].representative->id == "anna");
    CHECK(maria.overdue[0].step.kind == OpenItem::Kind::milestone);
    CHECK(maria.overdue[0].step.milestone->id == "welcome");
    CHECK(maria.overdue[0].step.days_overdue == 15);
    REQUIRE(maria.due.size() == 1);
    CHECK(maria.due[0].step.kind == OpenItem::Kind::goal);
    CHECK(maria.due[0].step.due == d("2026-11-25"));
    CHECK(maria.suggestions.empty());

    const DigestGroup& unassigned = digest.groups[1];
    CHECK_FALSE(unassigned.coordinator);
    REQUIRE(unassigned.overdue.size() == 1);
    CHECK(unassigned.overdue[0].step.milestone->id == "network");
    CHECK(unassigned.overdue[0].step.last == d("2026-03-01"));
    CHECK(unassigned.overdue[0].step.every == Duration::of_months(6));
    REQUIRE(unassigned.due.size() == 1);
    CHECK(unassigned.due[0].step.kind == OpenItem::Kind::feedback);
    CHECK(unassigned.due[0].step.due == d("2026-11-26"));
    CHECK(unassigned.due[0].step.last == d("2026-10-01"));
    REQUIRE(unassigned.suggestions.size() == 1);
    CHECK(unassigned.suggestions[0].key == "quiet");
}

TEST_CASE("the counts add up per group and overall") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestCounts& maria = digest.groups[0].counts;
    CHECK(maria.overdue_of(OpenItemKind::milestone) == 1);
    CHECK(maria.due_of(OpenItemKind::goal) == 1);
    CHECK(maria.people_to_thank == 0);
    CHECK(digest.counts.overdue_of(OpenItemKind::milestone) == 2);
    CHECK(digest.counts.overdue_of(OpenItemKind::feedback) == 0);
    CHECK(digest.counts.due_of(OpenItemKind::feedback) == 1);
    CHECK(digest.counts.due_of(OpenItemKind::goal) == 1);
    CHECK(digest.counts.due_of(OpenItemKind::milestone) == 0);
    CHECK(digest.counts.people_to_thank == 1);

    const Digest alone = digest_of_group(digest, digest.groups[1]);
    REQUIRE(alone.groups.size() == 1);
    CHECK(alone.counts.overdue_of(OpenItemKind::milestone) == 1);
    CHECK(alone.counts.due_of(OpenItemKind::goal) == 0);
    CHECK(alone.first == digest.first);
}

TEST_CASE("the period is as_of and the days after it") {
    const Model model = digest_example();
    const Snapshot snapshot{model, as_of};
    // One day: today only. Anna's goal on Wednesday and Bo's feedback on Thursday fall outside.
    const Digest today = compute_digest(snapshot, {1, "", false});
    CHECK(today.last == as_of);
    CHECK(today.counts.due_of(OpenItemKind::goal) == 0);
    CHECK(today.counts.due_of(OpenItemKind::feedback) == 0);
    CHECK(today.counts.overdue_of(OpenItemKind::milestone) == 2);
    // Three days reach Wednesday, not Thursday.
    const Digest three = compute_digest(snapshot, {3, "", false});
    CHECK(three.counts.due_of(OpenItemKind::goal) == 1);
    CHECK(three.counts.due_of(OpenItemKind::feedback) == 0);
}

TEST_CASE("one coordinator's digest holds only their people") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {7, "maria", false});
    REQUIRE(digest.groups.size() == 1);
    CHECK(digest.groups[0].coordinator->id == "maria");
    CHECK(digest.counts.people_to_thank == 0);
    // Jonas's only person has nothing to do: an empty digest.
    CHECK(compute_digest(Snapshot{model, as_of}, {7, "jonas", false}).empty());
}

TEST_CASE("a paused representative's items are not chased") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    for (const auto& group : digest.groups)
        for (const auto& item : group.overdue) CHECK(item.representative->id != "cai");
}

TEST_CASE("notes appear only when asked for: the latest per person in the digest") {
    const Model model = digest_example();
    const Snapshot snapshot{model, as_of};
    for (const auto& group : compute_digest(snapshot, {}).groups) CHECK(group.notes.empty());
    const Digest digest = compute_digest(snapshot, {7, "", true});
    REQUIRE(digest.groups[0].notes.size() == 1);
    CHECK(digest.groups[0].notes[0].representative->id == "anna");
    CHECK(digest.groups[0].notes[0].event->note == "Private: moving in spring");
    CHECK(digest.groups[1].notes.empty());  // Bo's events have no notes
}

TEST_CASE("a week with nothing to do is empty") {
    const Model model = digest_example();
    // Before anyone started: nothing is due and nobody is to be recognised.
    const Digest digest = compute_digest(Snapshot{model, d("2025-06-02")}, {});
    CHECK(digest.empty());
    CHECK(digest.counts.empty());
}

TEST_CASE("overdue items come oldest first, then by name") {
    Model model = digest_example();
    model.representatives[3].coordinator = "maria";
    model.events.pop_back();  // dan's welcome call is now overdue since 2026-11-17, after anna's (2026-11-08)
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const auto& overdue = digest.groups[0].overdue;
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].representative->id == "anna");
    CHECK(overdue[1].representative->id == "dan");
}

TEST_CASE("vacant seats go to the coordinators of people in their branch, and seats without a branch to all") {
    Model model = digest_example();
    model.representatives[0].branch = "Norr";  // anna (maria)
    model.representatives[1].branch = "Syd";   // bo (no coordinator)
    model.representatives[2].branch = "Väst";  // cai (maria)
    Representative eva = rep("eva", "Eva Ek", "", "2026-01-01");
    eva.assignments.clear();  // a prospect
    eva.branch = "Norr";
    model.representatives.push_back(eva);
    model.organisation.seats = {Seat{"steward", "Norr", "", 2, {}}, Seat{"steward", "Syd", "", 1, {}},
                                Seat{"steward", "Öst", "", 1, {}}, Seat{"board", "", "", 1, {}},
                                Seat{"steward", "Väst", "", 1, {}}};
    model.roles.push_back(role("board"));
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    REQUIRE(digest.groups.size() == 2);

    const auto seats_of = [](const DigestGroup& group) {
        std::vector<std::string> seats;
        for (const DigestSeat& seat : group.vacant_seats) seats.push_back(seat.seat->role + "/" + seat.seat->branch);
        return seats;
    };
    // Norr: anna holds one of two places; Väst is filled by cai (paused, still a holder); Syd by bo; nobody
    // follows anyone in Öst. The people without a coordinator include eva, of Norr.
    CHECK(seats_of(digest.groups[0]) == std::vector<std::string>{"steward/Norr", "board/"});
    CHECK(seats_of(digest.groups[1]) == std::vector<std::string>{"steward/Norr", "board/"});
    const DigestSeat& norr = digest.groups[0].vacant_seats[0];
    CHECK(norr.vacant == 1);
    CHECK(norr.role == &model.roles[0]);
    REQUIRE(norr.candidates.size() == 1);
    CHECK(norr.candidates[0]->id == "eva");
    // A seat alone makes no digest: dan's coordinator jonas has nothing to do.
    CHECK(digest.groups[0].coordinator->id == "maria");
}

TEST_CASE("an item not in last week's digest is new; the counts say how many of each") {
    const Model model = digest_example();
    const Snapshot snapshot{model, as_of};
    // Last week's digest (2026-11-16 to 11-22) had anna's welcome call (due 11-08) and bo's network meeting (due
    // 09-01), both overdue then too; anna's goal (11-25) and bo's feedback (11-26) are new.
    const Digest digest = compute_digest(snapshot, {});
    const DigestGroup& maria = digest.groups[0];
    CHECK_FALSE(maria.overdue[0].is_new);
    CHECK(maria.due[0].is_new);
    CHECK(maria.counts.new_items == 1);
    CHECK(maria.counts.still_open == 1);
    CHECK(digest.groups[1].due[0].is_new);
    CHECK_FALSE(digest.groups[1].overdue[0].is_new);
    CHECK(digest.counts.new_items == 2);
    CHECK(digest.counts.still_open == 2);
}

TEST_CASE("--days lengthens last week's period too") {
    const Model model = digest_example();
    // Ten days from 2026-11-16 reach anna's goal on 11-25: it was in last week's digest, so it is not new.
    const Digest digest = compute_digest(Snapshot{model, as_of}, {10, "", false});
    REQUIRE(digest.groups[0].due.size() == 1);
    CHECK_FALSE(digest.groups[0].due[0].is_new);
    CHECK(digest.counts.new_items == 1);  // bo's feedback (11-26) was one day beyond last week's period
}

TEST_CASE("--always keeps the selected coordinators' groups, with nothing to do") {
    const Model model = digest_example();
    const Snapshot snapshot{model, as_of};
    DigestOptions options;
    options.coordinator = "jonas";
    options.always = true;
    const Digest jonas = compute_digest(snapshot, options);
    REQUIRE(jonas.groups.size() == 1);
    CHECK(jonas.groups[0].coordinator->id == "jonas");
    CHECK(jonas.nothing_to_do());
    options.coordinator.clear();
    const Digest all = compute_digest(snapshot, options);
    REQUIRE(all.groups.size() == 3);  // maria, jonas with nothing, and the people without a coordinator
    CHECK_FALSE(all.nothing_to_do());
    const Digest early = compute_digest(Snapshot{model, d("2025-06-02")}, options);
    CHECK(early.groups.size() == 2);
    CHECK(early.nothing_to_do());
}

TEST_CASE("items overdue longer than escalate_after also go to escalate_to, by coordinator") {
    Model model = digest_example();
    // bo's network meeting is 83 days overdue (due 2026-09-01), anna's welcome call 15 (2026-11-08).
    model.organisation.escalate_after = Duration::of_days(14);
    model.organisation.escalate_to = "jonas";
    const Snapshot snapshot{model, as_of};
    const Digest digest = compute_digest(snapshot, {});
    REQUIRE(digest.groups.size() == 3);  // jonas, with nothing of his own, is in for the escalation
    const DigestGroup& jonas = digest.groups[1];
    CHECK(jonas.coordinator->id == "jonas");
    CHECK(jonas.overdue.empty());
    REQUIRE(jonas.escalated.size() == 2);
    CHECK(jonas.escalated[0].coordinator->id == "maria");
    REQUIRE(jonas.escalated[0].items.size() == 1);
    CHECK(jonas.escalated[0].items[0].representative->id == "anna");
    CHECK_FALSE(jonas.escalated[1].coordinator);  // the people without one, last
    CHECK(jonas.escalated[1].items[0].step.milestone->id == "network");
    CHECK(jonas.counts.escalated == 2);
    CHECK(digest.counts.overdue_of(OpenItemKind::milestone) == 2);  // not counted twice
    // Only jonas's digest: the escalation alone.
    const Digest alone = compute_digest(snapshot, {7, "jonas", false});
    REQUIRE(alone.groups.size() == 1);
    CHECK(alone.groups[0].escalated.size() == 2);
    // maria's digest has no escalation, and her own items do not go to herself.
    CHECK(compute_digest(snapshot, {7, "maria", false}).groups[0].escalated.empty());
    model.organisation.escalate_to = "maria";
    const Digest to_maria = compute_digest(Snapshot{model, as_of}, {});
    REQUIRE(to_maria.groups[0].escalated.size() == 1);
    CHECK_FALSE(to_maria.groups[0].escalated[0].coordinator);
}

TEST_CASE("exactly escalate_after overdue is not yet escalated") {
    Model model = digest_example();
    model.organisation.escalate_to = "jonas";
    model.organisation.escalate_after = Duration::of_days(15);  // anna's welcome call: 15 days overdue
    CHECK(compute_digest(Snapshot{model, as_of}, {7, "jonas", false}).groups[0].escalated.size() == 1);  // bo's
    model.organisation.escalate_after = Duration::of_days(14);
    CHECK(compute_digest(Snapshot{model, as_of}, {7, "jonas", false}).groups[0].escalated.size() == 2);
    model.organisation.escalate_after.reset();
    CHECK(compute_digest(Snapshot{model, as_of}, {7, "jonas", false}).empty());
}

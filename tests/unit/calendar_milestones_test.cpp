#include "engine/calendar_milestones.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::assignment;
using test::completion;
using test::d;
using test::milestone;
using test::rep;
using test::role;

// A steward's journey: a welcome call and a check-in every 3 months that any term's completion does (scope: role),
// a course and a review every 6 months that each term needs of its own (scope: term).
Model back_to_back(bool later_first) {
    Model model;
    model.roles = {role("steward", {milestone("welcome", "1w"), milestone("checkin", "3m", "3m"),
                                    milestone("course", "1m", "", MilestoneScope::term),
                                    milestone("review", "6m", "6m", MilestoneScope::term)})};
    const Assignment first = assignment("steward", "2025-12-01", "2026-11-30");
    const Assignment second = assignment("steward", "2026-12-01", "2028-11-30");
    model.representatives = {rep("ann", later_first ? std::vector{second, first} : std::vector{first, second})};
    model.events = {completion("2025-12-05", "ann", "welcome"), completion("2025-12-20", "ann", "course"),
                    completion("2026-09-01", "ann", "checkin")};
    return model;
}

// Each item as "assignment start/milestone id".
std::vector<std::string> named(const RepresentativeStatus& status, const std::vector<CalendarMilestone>& items) {
    std::vector<std::string> names;
    for (const CalendarMilestone& item : items) {
        const AssignmentStatus& a = status.assignments[item.assignment];
        names.push_back(a.assignment->start.iso() + "/" + a.milestones[item.milestone].milestone->id);
    }
    return names;
}
}  // namespace

TEST_CASE("calendar milestones: two terms of one role back to back give each task once") {
    // On 2026-11-23 the first term is active and the second still to start: both are followed. Worked out by hand:
    // - welcome: done on 2025-12-05, which counts in both terms; one task, the earlier term's.
    // - checkin: next due 2026-09-01 + 3m = 2026-12-01 in both; the first term ends 2026-11-30, before it falls
    //   due, so only the second term's is shown.
    // - course and review: each term's own (the first term's course done, the second's due 2027-01-01; the first
    //   term's review due 2026-06-01 and overdue, the second's due 2027-06-01).
    const std::vector<std::string> expected = {"2025-12-01/welcome", "2025-12-01/course", "2025-12-01/review",
                                               "2026-12-01/checkin", "2026-12-01/course", "2026-12-01/review"};
    SUBCASE("in the order of the data") {
        const Model model = back_to_back(false);
        const Snapshot snapshot{model, d("2026-11-23")};
        const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);
        CHECK(named(status, calendar_milestones(status)) == expected);
    }
    SUBCASE("the later term listed first: the earlier still gives the shared task, the items stay in data order") {
        const Model model = back_to_back(true);
        const Snapshot snapshot{model, d("2026-11-23")};
        const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);
        const std::vector<std::string> reordered = {expected[3], expected[4], expected[5],
                                                    expected[0], expected[1], expected[2]};
        CHECK(named(status, calendar_milestones(status)) == reordered);
    }
}

TEST_CASE("calendar milestones: an ended assignment gives none, nor does one whose repeat falls after its end") {
    Model model = back_to_back(false);
    SUBCASE("once the first term has ended, everything is the second term's") {
        const Snapshot snapshot{model, d("2026-12-10")};
        const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);
        CHECK(named(status, calendar_milestones(status)) ==
              std::vector<std::string>{"2026-12-01/welcome", "2026-12-01/checkin", "2026-12-01/course",
                                       "2026-12-01/review"});
    }
    SUBCASE("a single term: the check-in due after its end is left out, the rest stays") {
        model.representatives[0].assignments.pop_back();
        const Snapshot snapshot{model, d("2026-11-23")};
        const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);
        CHECK(named(status, calendar_milestones(status)) ==
              std::vector<std::string>{"2025-12-01/welcome", "2025-12-01/course", "2025-12-01/review"});
    }
    SUBCASE("a repeat due on the last day of the term is still shown") {
        model.representatives[0].assignments.pop_back();
        model.representatives[0].assignments[0].end = d("2026-12-01");
        const Snapshot snapshot{model, d("2026-11-23")};
        const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);
        CHECK(named(status, calendar_milestones(status)) ==
              std::vector<std::string>{"2025-12-01/welcome", "2025-12-01/checkin", "2025-12-01/course",
                                       "2025-12-01/review"});
    }
}

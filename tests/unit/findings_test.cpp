#include "engine/findings.hpp"

#include <doctest/doctest.h>

#include "engine/urgency.hpp"
#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::assignment;
using test::d;
using test::dur;
using test::milestone;
using test::rep;
using test::role;

// Three stewards since 2025-06-01 (the first anniversary 2026-06-01), their terms ending 2027-05-31;
// cy left on 2026-01-01; bo welcomed, ann not.
Model stewards() {
    Model model;
    model.organisation.recognition.anniversaries = {dur("1y"), dur("2y")};
    model.roles = {role("steward", {milestone("welcome", "1w")})};
    model.roles[0].term = dur("2y");
    for (const char* id : {"ann", "bo", "cy"})
        model.representatives.push_back(rep(id, {assignment("steward", "2025-06-01", "2027-05-31")}));
    model.representatives[0].name = "Ann";
    model.representatives[1].name = "Bo";
    model.representatives[2].name = "Cy";
    model.representatives[2].left = d("2026-01-01");
    model.events = {test::completion("2025-06-02", "bo", "welcome")};
    return model;
}
}  // namespace

TEST_CASE("findings: what the exports show, computed once for the statuses given") {
    const Model model = stewards();
    const Snapshot snapshot{model, d("2026-05-01")};
    const std::vector<RepresentativeStatus> statuses = compute_statuses(snapshot);
    const Findings findings = compute_findings(snapshot, statuses, {}, d("2027-06-30"));

    CHECK(findings.summary.people == 3);
    CHECK(findings.summary.overdue.total() == summarise(model, statuses).overdue.total());

    // By urgency, as sort_statuses orders them.
    std::vector<RepresentativeStatus> sorted = statuses;
    sort_statuses(sorted, StatusOrder::urgency);
    REQUIRE(findings.by_urgency.size() == 3);
    for (std::size_t i = 0; i < sorted.size(); ++i)
        CHECK(statuses[findings.by_urgency[i]].representative == sorted[i].representative);
    CHECK(statuses[findings.by_urgency[0]].representative->id == "ann");  // her welcome call is overdue

    REQUIRE(findings.open_items.size() == 3);
    for (std::size_t i = 0; i < statuses.size(); ++i)
        CHECK(findings.open_items[i].size() == open_items(statuses[i]).size());
    CHECK(findings.open_items[2].empty());  // cy has left

    REQUIRE(findings.anniversaries.size() == 3);
    REQUIRE(findings.anniversaries[0].size() == 2);  // 1y and 2y within [as_of, until]
    CHECK(findings.anniversaries[0][0].date == d("2026-06-01"));
    CHECK(findings.anniversaries[2].empty());  // none once left

    REQUIRE(findings.terms.size() == 2);  // cy's term is not listed: she has left
    CHECK(findings.terms[0].representative->id == "ann");
    CHECK(findings.terms[1].representative->id == "bo");
}

TEST_CASE("findings: only the lists per representative asked for") {
    const Model model = stewards();
    const Snapshot snapshot{model, d("2026-05-01")};
    const std::vector<RepresentativeStatus> statuses = compute_statuses(snapshot);
    const Findings html = compute_findings(snapshot, statuses, {}, d("2027-06-30"), {.calendar = false});
    CHECK(html.open_items.size() == 3);
    CHECK(html.calendar_milestones.empty());
    CHECK(html.anniversaries.empty());
    const Findings ics = compute_findings(snapshot, statuses, {}, d("2027-06-30"), {.open_items = false});
    CHECK(ics.open_items.empty());
    CHECK(ics.calendar_milestones.size() == 3);
    CHECK(ics.anniversaries.size() == 3);
    const Findings json = compute_findings(snapshot, statuses, {}, d("2027-06-30"), {false, false});
    CHECK(json.open_items.empty());
    CHECK(json.calendar_milestones.empty());
    CHECK(json.summary.people == 3);  // the rest as ever
    CHECK(json.terms.size() == 2);
}

TEST_CASE("findings: each representative's suggestions, in the order given") {
    const Model model = stewards();
    const Snapshot snapshot{model, d("2026-05-01")};
    const std::vector<RepresentativeStatus> statuses = compute_statuses(snapshot);
    const auto& people = model.representatives;
    std::vector<Suggestion> suggestions(3);
    suggestions[0].representative = &people[1];
    suggestions[1].representative = &people[0];
    suggestions[2].representative = &people[1];
    const Findings findings = compute_findings(snapshot, statuses, suggestions, d("2027-06-30"));
    const auto second = findings.suggestions_of(people[1]);
    REQUIRE(second.size() == 2);
    CHECK(second[0] == &suggestions[0]);
    CHECK(second[1] == &suggestions[2]);
    CHECK(findings.suggestions_of(people[0]).size() == 1);
    CHECK(findings.suggestions_of(people[2]).empty());
}

TEST_CASE("findings: one representative's, for show") {
    const Model model = stewards();
    const Snapshot snapshot{model, d("2026-05-01")};
    const Representative& first = model.representatives[0];
    const PersonFindings person = person_findings(snapshot, first);
    CHECK(person.status.representative == &first);
    CHECK(person.status.next_step.has_value() == representative_status(snapshot, first).next_step.has_value());
    CHECK(person.suggestions.size() == recognition_suggestions(snapshot, first).size());
}

// The retention figures (SPEC "Retention"), each worked out by hand from the spec's definitions.

#include "engine/retention.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "model_builders.hpp"

using namespace repjourney;
using test::assignment;
using test::d;

namespace {
using Shares = std::array<std::optional<Thousandths>, retention_checkpoints.size()>;

// A tenure of `days`: an exit when exited, else censored.
Tenure tenure(int days, bool exited) {
    Tenure t{d("2020-01-01"), std::nullopt, days, {}};
    if (exited) t.exit = t.service_start.plus_days(days);
    return t;
}

RetentionCurve curve(const std::vector<Tenure>& tenures) { return retention_curve(tenures); }

const Date as_of = d("2026-11-23");
}  // namespace

TEST_CASE("retention curve: nobody left, so every share reached is 1") {
    const RetentionCurve c = curve({tenure(100, false), tenure(200, false), tenure(400, false)});
    CHECK(c.shares == Shares{1000, 1000, 1000, std::nullopt, std::nullopt});  // the longest is 400 days
    CHECK_FALSE(c.median_days);
}

TEST_CASE("retention curve: everyone leaving on the same day") {
    const RetentionCurve c = curve({tenure(100, true), tenure(100, true), tenure(100, true), tenure(100, true)});
    // 91 lies before the exits; 182 beyond the longest tenure.
    CHECK(c.shares == Shares{1000, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
    CHECK(c.median_days == 100);  // S(100) = 0
}

TEST_CASE("retention curve: someone censored before an exit is no longer at risk") {
    // At 100 days two are at risk (the exit and the one censored at 200): S = 1/2.
    const RetentionCurve c = curve({tenure(50, false), tenure(100, true), tenure(200, false)});
    CHECK(c.shares == Shares{1000, 500, std::nullopt, std::nullopt, std::nullopt});
    CHECK(c.median_days == 100);
}

TEST_CASE("retention curve: exits and censoring on one day, and an exit on a checkpoint") {
    // At 91: four at risk (the one censored at 91 too), one exit: 3/4. At 200: two at risk,
    // one exit: 3/4 * 1/2 = 3/8. The exit at exactly 91 lowers S(91).
    const RetentionCurve c = curve({tenure(91, true), tenure(91, false), tenure(200, true), tenure(400, false)});
    CHECK(c.shares == Shares{750, 750, 375, std::nullopt, std::nullopt});
    CHECK(c.median_days == 200);
    CHECK(c.steps == std::vector<std::pair<int, Thousandths>>{{91, 750}, {200, 375}});
    CHECK(c.longest_days == 400);
}

TEST_CASE("retention curve: shares round half up to thousandths") {
    // 2/3 = 0.6667; 15/16 = 0.9375 exactly, a half: up.
    CHECK(curve({tenure(10, true), tenure(100, false), tenure(100, false)}).shares[0] == 667);
    std::vector<Tenure> sixteen(15, tenure(100, false));
    sixteen.push_back(tenure(50, true));
    CHECK(curve(sixteen).shares[0] == 938);
    CHECK(curve({}).shares == Shares{});
}

TEST_CASE("retention: renewal rate in thousandths, half up") {
    CHECK(RenewalCounts{7, 6, 0, 1}.rate() == 857);
    CHECK(RenewalCounts{16, 1, 0, 15}.rate() == 63);  // 0.0625
    CHECK(RenewalCounts{3, 0, 1, 2}.rate() == 0);
    CHECK_FALSE(RenewalCounts{}.rate());
}

TEST_CASE("tenure: the exit rules, in order") {
    Representative rep = test::rep("a", {assignment("steward", "2024-01-01", "2025-12-31")});
    SUBCASE("not counted without an assignment, or before service starts") {
        CHECK_FALSE(tenure_on(test::rep("b", {}), as_of));
        CHECK_FALSE(tenure_on(test::rep("c", {assignment("steward", "2026-12-01")}), as_of));
    }
    SUBCASE("left on or before as_of: an exit then, for its reason or none") {
        rep.left = d("2025-06-30");
        auto t = tenure_on(rep, as_of);
        REQUIRE(t);
        CHECK(t->exit == d("2025-06-30"));
        CHECK(t->reason == "none");
        CHECK(t->days == 546);  // 2024-01-01 to 2025-06-30: 366 + 180
        rep.left_reason = "moved";
        CHECK(tenure_on(rep, as_of)->reason == "moved");
    }
    SUBCASE("no assignment now or later: the day after the latest end, term ended, even when left lies ahead") {
        rep.assignments.push_back(assignment("safety", "2024-06-01", "2026-03-31"));
        rep.left = d("2027-01-01");
        auto t = tenure_on(rep, as_of);
        REQUIRE(t);
        CHECK(t->exit == d("2026-04-01"));
        CHECK(t->reason == "term-ended");
        CHECK(t->days == days_between(d("2024-01-01"), d("2026-04-01")));
    }
    SUBCASE("serving, paused or between terms: censored at as_of") {
        rep.assignments.push_back(assignment("steward", "2027-01-01"));  // between terms
        auto t = tenure_on(rep, as_of);
        REQUIRE(t);
        CHECK_FALSE(t->exit);
        CHECK(t->days == days_between(d("2024-01-01"), as_of));
        Representative paused = test::rep("p", {assignment("steward", "2024-01-01")});
        paused.paused = Pause{d("2026-01-01"), std::nullopt};
        CHECK_FALSE(tenure_on(paused, as_of)->exit);
    }
}

TEST_CASE("renewal: the same role within [end - 30d, end + 31d], else another role, else left") {
    const auto outcome = [](std::vector<Assignment> more) {
        std::vector<Assignment> all = {assignment("steward", "2024-07-01", "2026-06-30")};
        all.insert(all.end(), more.begin(), more.end());
        return renewal_outcome(test::rep("a", all), 0);
    };
    CHECK(outcome({}) == RenewalOutcome::left);
    CHECK(outcome({assignment("steward", "2026-07-01")}) == RenewalOutcome::renewed);
    CHECK(outcome({assignment("steward", "2026-05-31")}) == RenewalOutcome::renewed);  // end - 30d
    CHECK(outcome({assignment("steward", "2026-05-30")}) == RenewalOutcome::left);
    CHECK(outcome({assignment("steward", "2026-07-31")}) == RenewalOutcome::renewed);  // end + 31d
    CHECK(outcome({assignment("steward", "2026-08-01")}) == RenewalOutcome::left);
    CHECK(outcome({assignment("safety", "2025-01-01")}) == RenewalOutcome::moved);  // active the day after
    CHECK(outcome({assignment("safety", "2025-01-01", "2026-06-30")}) == RenewalOutcome::left);
    CHECK(outcome({assignment("safety", "2026-07-31")}) == RenewalOutcome::moved);
    CHECK(outcome({assignment("safety", "2026-08-01")}) == RenewalOutcome::left);
    CHECK(outcome({assignment("safety", "2026-07-01"), assignment("steward", "2026-07-15")}) ==
          RenewalOutcome::renewed);
}

TEST_CASE("onboarding: every once-only milestone from the start, done by the end") {
    const Role steward = test::role("steward", {test::milestone("welcome", "1w"), test::milestone("talk", "3m", "6m"),
                                                test::milestone("handover", "end-1m")});
    const Assignment a = assignment("steward", "2024-07-01", "2026-06-30");
    const Event on_time = test::completion("2024-07-05", "a", "welcome");
    const Event late = test::completion("2026-07-05", "a", "welcome");
    const Event talk = test::completion("2024-10-01", "a", "talk");
    CHECK(onboarding_complete(std::vector<const Event*>{&talk, &on_time}, a, steward));
    CHECK_FALSE(onboarding_complete(std::vector<const Event*>{&talk, &late}, a, steward));
    CHECK_FALSE(onboarding_complete(std::vector<const Event*>{}, a, steward));
    CHECK(onboarding_complete(std::vector<const Event*>{}, a, test::role("plain")));
}

TEST_CASE("retention report: figures, and groups computed on their own people") {
    Model model;
    model.roles = {test::role("steward", {test::milestone("welcome", "1w")}), test::role("safety")};
    Representative anna = test::rep(
        "anna", {assignment("steward", "2023-01-01", "2024-12-31"), assignment("steward", "2025-01-01", "2026-12-31")});
    anna.branch = "Borås";
    Representative bo = test::rep("bo", {assignment("steward", "2024-01-01", "2025-12-31")});
    bo.branch = "Borås";
    bo.left = d("2025-03-01");
    bo.left_reason = "moved";
    Representative cai = test::rep("cai", {assignment("safety", "2025-01-01", "2025-12-31")});
    Representative dee = test::rep("dee", {assignment("safety", "2027-01-01")});  // not counted yet
    model.representatives = {anna, bo, cai, dee};
    model.events = {test::completion("2023-01-05", "anna", "welcome")};
    const Snapshot snapshot{model, as_of};
    std::vector<const Representative*> people;
    for (const Representative& rep : model.representatives) people.push_back(&rep);

    const RetentionReport report = retention_report(snapshot, people, RetentionGrouping::role, std::nullopt);
    const RetentionFigures& all = report.all;
    CHECK(all.people == 3);
    CHECK(all.exits == 2);  // bo left (tenure 425 days), cai's term ended (2026-01-01: 365 days)
    CHECK(all.exit_reasons == std::map<std::string, int>{{"moved", 1}, {"term-ended", 1}});
    CHECK(all.early_exits == std::array<int, 3>{0, 0, 0});
    // Tenures: cai 365 (exit), bo 425 (exit), anna 1422 (censored). S(365) = 2/3, S(425) = 1/3.
    CHECK(all.curve.shares == Shares{1000, 1000, 667, 333, std::nullopt});
    CHECK(all.curve.median_days == 425);
    // Ended by as_of: anna's first (renewed), bo's (left), cai's (left); bo and cai had no welcome.
    CHECK(all.renewal.ended == 3);
    CHECK(all.renewal.renewed == 1);
    CHECK(all.renewal.left == 2);
    CHECK(all.onboarding_complete.renewed == 1);
    CHECK(all.onboarding_complete.ended == 2);  // the safety role has no onboarding milestone
    CHECK(all.onboarding_incomplete.ended == 1);

    REQUIRE(report.groups.size() == 2);
    CHECK(report.groups[0].key == "safety");
    CHECK(report.groups[0].figures.people == 1);  // dee does not count yet
    CHECK(report.groups[0].figures.curve.shares == Shares{1000, 1000, 0, std::nullopt, std::nullopt});
    CHECK(report.groups[1].key == "steward");
    CHECK(report.groups[1].figures.people == 2);
    CHECK(report.groups[1].figures.renewal.ended == 2);

    const auto keys = [&](RetentionGrouping by) {
        std::vector<std::string> found;
        for (const RetentionGroup& group : retention_report(snapshot, people, by, std::nullopt).groups)
            found.push_back(group.key);
        return found;
    };
    CHECK(keys(RetentionGrouping::branch) == std::vector<std::string>{"Borås", "none"});
    CHECK(keys(RetentionGrouping::cohort) == std::vector<std::string>{"2023", "2024", "2025"});
    CHECK(keys(RetentionGrouping::adaptation) == std::vector<std::string>{"none"});
    CHECK(retention_report(snapshot, people, RetentionGrouping::none, std::nullopt).groups.empty());

    // --from counts only the renewals of assignments ending on or after it.
    CHECK(retention_report(snapshot, people, RetentionGrouping::none, d("2025-01-01")).all.renewal.ended == 2);
}

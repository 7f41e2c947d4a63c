#include "engine/notice.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
Model notice_model() {
    Model model;
    Role steward = role("steward");
    steward.notify_employer = EmployerNotice::fml;
    Role safety = role("safety");
    safety.notify_employer = EmployerNotice::aml;
    model.roles = {steward, safety, role("board")};
    model.organisation.seats = {Seat{"steward", "", "Acme", 1, {}}};
    model.representatives = {rep("older", {assignment("steward", "2021-01-01", "2022-12-31")}),
                             rep("old", {assignment("steward", "2023-01-01", "2026-12-31")}),
                             rep("new", {assignment("steward", "2025-01-01", "2025-12-31"),
                                         assignment("steward", "2027-01-01", "2028-12-31")}),
                             rep("two", {assignment("safety", "2026-01-01"), assignment("steward", "2026-01-01")})};
    for (auto& r : model.representatives)
        for (auto& a : r.assignments) a.workplace = "Acme";
    return model;
}
}  // namespace

TEST_CASE("notice: the active or next assignment of the role, its law, and the seat's previous holder") {
    const Model model = notice_model();
    const Snapshot snapshot{model, d("2026-11-23")};
    const Representative& fresh = model.representatives[2];
    const NoticeResult result = employer_notice(snapshot, fresh, "");
    REQUIRE(result.facts);
    CHECK(result.facts->assignment == &fresh.assignments[1]);  // the next one: nothing active on the day
    CHECK(result.facts->law == EmployerNotice::fml);
    CHECK(result.facts->date == d("2026-11-23"));
    // old's assignment ended last before 2027-01-01; new's own earlier term is no one replaced.
    REQUIRE(result.facts->replaces == &model.representatives[1]);
    CHECK(result.facts->replaced_assignment->end == d("2026-12-31"));

    const NoticeResult safety = employer_notice(snapshot, model.representatives[3], "safety");
    REQUIRE(safety.facts);
    CHECK(safety.facts->law == EmployerNotice::aml);
    CHECK(safety.facts->replaces == nullptr);  // no seat for safety
}

TEST_CASE("notice: refused without a role to notify, with several, for a role without notify_employer") {
    Model model = notice_model();
    const Snapshot snapshot{model, d("2026-11-23")};
    const NoticeResult several = employer_notice(snapshot, model.representatives[3], "");
    CHECK_FALSE(several.facts);
    CHECK(several.refusal == NoticeRefusal::several_roles);
    CHECK(several.roles == std::vector<std::string_view>{"safety", "steward"});
    CHECK(employer_notice(snapshot, model.representatives[3], "board").refusal == NoticeRefusal::role_not_notified);
    // older's only assignment ended: nothing current or coming.
    CHECK(employer_notice(snapshot, model.representatives[0], "").refusal == NoticeRefusal::no_role_to_notify);
    CHECK(employer_notice(snapshot, model.representatives[0], "steward").refusal ==
          NoticeRefusal::no_current_assignment);
}

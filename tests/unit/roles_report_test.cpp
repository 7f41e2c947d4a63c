#include "render/roles_report.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Milestone milestone(std::string id, std::string title, MilestoneDue::Anchor anchor, std::string_view due) {
    Milestone m;
    m.id = std::move(id);
    m.title = std::move(title);
    m.due = {anchor, *Duration::parse(due)};
    return m;
}

Role steward() {
    Role role;
    role.id = "steward";
    role.title = "Steward";
    role.description = "Represents members.\nAt the workplace.\n";
    role.expectations = {"Attend meetings", "1. Be *kind*"};
    role.term = Duration::of_months(24);
    role.feedback_every = Duration::of_days(42);
    role.journey = {milestone("welcome", "Welcome call", MilestoneDue::Anchor::start, "1w"),
                    milestone("training", "Basic training", MilestoneDue::Anchor::start, "3m"),
                    milestone("renewal", "Renewal talk", MilestoneDue::Anchor::end, "3m")};
    role.journey[1].recognize = true;
    role.journey[1].recognize_action = "diploma";
    role.journey[2].scope = MilestoneScope::term;
    role.journey[2].recognize = true;
    return role;
}

Organisation organisation() {
    Organisation org;
    org.recognition.actions = {{"diploma", "Course diploma", {SuggestionKind::milestone}, {}}};
    return org;
}
}  // namespace

TEST_CASE("roles report: a role as plain text") {
    const Role role = steward();
    CHECK(render_roles({&role}, organisation(), Language::en, RolesFormat::text) ==
          "Steward\n"
          "=======\n"
          "\n"
          "Represents members.\n"
          "At the workplace.\n"
          "\n"
          "Term: 2 years\n"
          "Feedback conversations: every 6 weeks\n"
          "\n"
          "Expectations\n"
          "  - Attend meetings\n"
          "  - 1. Be *kind*\n"
          "\n"
          "Journey\n"
          "  1. Welcome call\n"
          "     1 week after the start\n"
          "  2. Basic training\n"
          "     3 months after the start; recognised with course diploma\n"
          "  3. Renewal talk\n"
          "     3 months before the end of the term; recognised; held again every term\n");
}

TEST_CASE("roles report: open-ended roles, the organisation's cadence, Swedish") {
    Role role = steward();
    role.term.reset();
    role.feedback_every.reset();
    role.description.clear();
    role.expectations.clear();
    role.journey.resize(1);
    role.journey.push_back(milestone("check", "Avstämning", MilestoneDue::Anchor::end, "1m"));
    CHECK(render_roles({&role}, organisation(), Language::sv, RolesFormat::text) ==
          "Steward\n"
          "=======\n"
          "\n"
          "Mandatperiod: tills vidare\n"
          "Återkopplingssamtal: var åttonde vecka\n"
          "\n"
          "Steg i uppdraget\n"
          "  1. Welcome call\n"
          "     1 vecka efter tillträdet\n"
          "  2. Avstämning\n"
          "     1 månad före mandatperiodens slut; bara för uppdrag med slutdatum\n");
}

TEST_CASE("roles report: Markdown escapes the data") {
    const Role role = steward();
    const std::string md = render_roles({&role}, organisation(), Language::en, RolesFormat::markdown);
    CHECK(md.starts_with("# Steward\n\nRepresents members.\nAt the workplace.\n\n- Term: 2 years\n"));
    CHECK(md.find("- 1\\. Be \\*kind\\*\n") != std::string::npos);
    CHECK(md.find("## Journey\n\n1. **Welcome call**: 1 week after the start\n") != std::string::npos);
}

TEST_CASE("roles report: two roles are separated by a blank line; none gives one line") {
    const Role a = steward();
    Role b = steward();
    b.title = "Safety representative";
    const std::string text = render_roles({&a, &b}, organisation(), Language::en, RolesFormat::text);
    CHECK(text.find("held again every term\n\nSafety representative\n=====================\n") != std::string::npos);
    CHECK(render_roles({}, organisation(), Language::sv, RolesFormat::text) == "Inga uppdrag är beskrivna.\n");
}

TEST_CASE("roles report: control characters from the data are shown escaped") {
    Role role = steward();
    role.title = "Ste\x1b[31mward";
    const std::string text = render_roles({&role}, organisation(), Language::en, RolesFormat::text);
    CHECK(text.starts_with("Ste\\e[31mward\n=============\n"));  // the rule as wide as the title shown
}

#include <doctest/doctest.h>

#include "load/loader.hpp"

using namespace repjourney;

namespace {
const std::string organisation = "organisation: {name: Test, coordinators: [{id: maria, name: Maria}]}\n";
const std::string roles =
    "roles:\n"
    "  - id: steward\n"
    "    title: Steward\n"
    "    term: 2y\n"
    "    journey:\n"
    "      - {id: welcome, title: Welcome, due: 1w}\n"
    "      - {id: renewal, title: Renewal, due: end-3m, scope: term, recognize: true}\n";

LoadResult load(const std::string& text) {
    Loader loader;
    loader.add_text("data.yaml", text);
    return loader.finish();
}

// The only diagnostic of loading text, which must have exactly one.
Diagnostic only_diagnostic(const std::string& text) {
    const auto result = load(text);
    REQUIRE(result.diagnostics.size() == 1);
    return result.diagnostics.front();
}

void check_error(const std::string& text, int line, int column, const std::string& message) {
    const Diagnostic d = only_diagnostic(text);
    CHECK(d.severity == Severity::error);
    CHECK(d.line == line);
    CHECK(d.column == column);
    CHECK(d.message.english() == message);
}
}  // namespace

TEST_CASE("valid data loads into the model with the spec's defaults") {
    const auto result = load(organisation + roles +
                             "representatives:\n"
                             "  - id: anna\n"
                             "    name: Anna Larsson\n"
                             "    coordinator: maria\n"
                             "    born: 2001\n"
                             "    assignments: [{role: steward, start: 2025-03-01}]\n"
                             "events:\n"
                             "  - {date: 2025-03-05, rep: anna, type: milestone, milestone: welcome}\n"
                             "  - {date: 2025-04-10, rep: anna, type: feedback, by: maria, note: Good start}\n");
    REQUIRE(result.diagnostics.empty());
    const Model& model = result.model;
    CHECK(model.organisation.name == "Test");
    CHECK(model.organisation.feedback_every == Duration{0, 56});
    CHECK(model.organisation.due_soon == Duration{0, 14});
    CHECK(model.organisation.renewal_window == Duration{3, 0});
    CHECK(model.organisation.recognition.window == Duration{0, 30});
    CHECK(model.organisation.recognition.quiet_after == Duration{6, 0});
    REQUIRE(model.roles.size() == 1);
    const Milestone& renewal = model.roles[0].journey[1];
    CHECK(renewal.due.anchor == MilestoneDue::Anchor::end);
    CHECK(renewal.due.offset == Duration{3, 0});
    CHECK(renewal.scope == MilestoneScope::term);
    CHECK(renewal.recognize);
    REQUIRE(model.representatives.size() == 1);
    const Representative& anna = model.representatives[0];
    CHECK(anna.born == 2001);
    // The end defaults to start + term - 1 day.
    CHECK(anna.assignments[0].end->iso() == "2027-02-28");
    REQUIRE(model.events.size() == 2);
    CHECK(model.events[1].type == EventType::feedback);
    CHECK(model.events[1].by == "maria");
    CHECK(model.events[1].note == "Good start");
}

TEST_CASE("sections merge across files and organisation may appear once") {
    Loader loader;
    loader.add_text("a.yaml", organisation + roles);
    loader.add_text("b.yaml",
                    "representatives: [{id: bo, name: Bo, assignments: [{role: steward, start: 2026-01-01}]}]\n");
    loader.add_text("c.yaml", "organisation: {name: Again}\n");
    const auto result = loader.finish();
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].file == "c.yaml");
    CHECK(result.diagnostics[0].message.english() == "'organisation' is defined again; it was first defined in a.yaml");
    CHECK(result.model.representatives.size() == 1);
}

TEST_CASE("syntax errors point at yaml-cpp's mark, 1-based") {
    check_error(
        organisation + "roles: [\n", 3, 1,
        "YAML syntax error: end of sequence flow not found (the file ended first: is a quote or bracket left open?)");
}

TEST_CASE("files that cannot be parsed are named, in file order, as what the model lacks") {
    Loader loader;
    loader.add_text("a.yaml", organisation);
    loader.add_text("b.yaml", "roles: [\n" + roles);  // an open bracket: not YAML from the first line
    loader.add_text("c.yaml", std::string{"representatives: []\n\0", 21});  // a NUL: not text
    loader.add_text("d.yaml",
                    "representatives: [{id: bo, name: Bo, assignments: [{role: steward, start: 2026-01-01}]}]\n");
    const auto result = loader.finish();
    CHECK(result.unreadable_files == std::vector<std::string>{"b.yaml", "c.yaml"});
    CHECK(result.model.roles.empty());  // so bo's steward is an unknown role
    CHECK(result.diagnostics.back().message.english().starts_with("unknown role 'steward'"));
    CHECK(load(organisation + roles).unreadable_files.empty());
}

TEST_CASE("validation finds each event's person: the first representative with its id") {
    const auto result = load(organisation + roles +
                             "representatives:\n"
                             "  - {id: bo, name: Bo, assignments: [{role: steward, start: 2026-01-01}]}\n"
                             "  - {id: anna, name: Anna, assignments: [{role: steward, start: 2026-01-01}]}\n"
                             "events:\n"
                             "  - {date: 2026-02-01, rep: anna, type: note}\n"
                             "  - {date: 2026-02-01, rep: bo, type: note}\n"
                             "  - {date: 2026-02-01, rep: nobody, type: note}\n");
    REQUIRE(result.model.events.size() == 3);
    CHECK(result.model.events[0].person == 1);
    CHECK(result.model.events[1].person == 0);
    CHECK(result.model.events[2].person == no_person);
    CHECK(result.has_errors());  // nobody is unknown
}

TEST_CASE("unknown keys get a did-you-mean hint at the key") {
    check_error("organisation:\n  name: T\n  feedback_evry: 8w\n", 3, 3,
                "unknown key 'feedback_evry' in organisation (did you mean 'feedback_every'?)");
    check_error(organisation + "rolez: []\n", 2, 1,
                "unknown section 'rolez': a data file has organisation, roles, representatives and events (did you "
                "mean 'roles'?)");
}

TEST_CASE("columns count characters, not bytes") {
    // "Åsa Öberg" has two 2-byte letters before the key: byte column 46, character column 44.
    check_error(organisation + "representatives: [{id: a, name: Åsa Öberg, idd: asa}]\n", 2, 44,
                "unknown key 'idd' in representative (did you mean 'id'?)");
}

TEST_CASE("wrong types, dates, durations, years and ids") {
    check_error(organisation + "roles: {id: x}\n", 2, 8,
                "'roles' should be a list (items starting with '- '), not a mapping");
    check_error(organisation + "roles: [{id: x, title: X, term: [2y]}]\n", 2, 33,
                "'term' should be a single value, not a list");
    check_error(organisation + roles +
                    "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2026-02-30}]}]\n",
                9, 73, "invalid date '2026-02-30' for 'start': write a real calendar date as YYYY-MM-DD");
    check_error("organisation: {name: T, due_soon: 2 weeks}\n", 1, 35,
                "invalid duration '2 weeks' for 'due_soon': write a number and a unit d, w, m or y, such as 10d, 6w, "
                "3m or 1y6m");
    check_error(organisation + "representatives: [{id: a, name: A, born: 01997}]\n", 2, 42,
                "invalid year '01997' for 'born': write four digits, such as 1997");
    check_error(
        organisation + "roles: [{id: Steward, title: S}]\n", 2, 14,
        "invalid id 'Steward' for 'id': use lower-case letters a-z, digits, '-' and '_', starting with a letter "
        "or digit");
    check_error(organisation + "roles: [{id: s, title: S, journey: [{id: m, title: M, due: end+3m}]}]\n", 2, 60,
                "invalid due 'end+3m': write a duration from the start such as 3m, or one before the end such as "
                "end-3m");
}

TEST_CASE("a date or year out of 1900-2199 is an error at the value, in every field that holds one") {
    const std::string person = organisation + roles + "representatives: [{id: a, name: A, ";
    check_error(person + "assignments: [{role: steward, start: 0000-01-01}]}]\n", 9, 73,
                "invalid date '0000-01-01' for 'start': the year must be from 1900 to 2199");
    check_error(person + "assignments: [{role: steward, start: 2025-01-01, end: 2200-01-01}]}]\n", 9, 90,
                "invalid date '2200-01-01' for 'end': the year must be from 1900 to 2199");
    check_error(person + "left: 1899-12-31}]\n", 9, 42,
                "invalid date '1899-12-31' for 'left': the year must be from 1900 to 2199");
    check_error(person + "born: 1899}]\n", 9, 42, "invalid year '1899' for 'born': the year must be from 1900 to 2199");
    check_error(person + "}]\nevents: [{date: 10000-01-01, rep: a, type: note}]\n", 10, 17,
                "invalid date '10000-01-01' for 'date': write a real calendar date as YYYY-MM-DD");
}

TEST_CASE("a cadence of zero is an error at the value, wherever a cadence is given") {
    check_error("organisation: {name: T, feedback_every: 0d}\n", 1, 41, "'feedback_every' must be longer than zero");
    check_error("organisation: {name: T, adaptations: [{label: Z, born_from: 1997, feedback_every: 0w}]}\n", 1, 83,
                "'feedback_every' must be longer than zero");
    check_error(organisation + "roles: [{id: s, title: S, feedback_every: 0m}]\n", 2, 43,
                "'feedback_every' must be longer than zero");
    check_error(organisation + "representatives: [{id: a, name: A, feedback_every: 0y0d}]\n", 2, 52,
                "'feedback_every' must be longer than zero");
    check_error(organisation + "roles: [{id: s, title: S, journey: [{id: m, title: M, due: 1w, every: 0d}]}]\n", 2, 71,
                "'every' must be longer than zero");
    CHECK_FALSE(load("organisation: {name: T, feedback_every: 1d}\n").has_errors());
}

TEST_CASE("the organisation's and coordinators' e-mail addresses are checked where they are written") {
    check_error("organisation: {name: T, email: not an address}\n", 1, 32,
                "invalid e-mail address 'not an address' for 'email': write one address such as name@example.org");
    check_error("organisation: {name: T, coordinators: [{id: m, name: M, email: \"Maria <m@example.org>\"}]}\n", 1, 64,
                "invalid e-mail address 'Maria <m@example.org>' for 'email': write one address such as "
                "name@example.org");
    const auto good = load(
        "organisation: {name: T, email: office@example.org, coordinators: [{id: m, name: M, email: "
        "åsa@example.se}, {id: k, name: K}]}\n");
    CHECK(good.diagnostics.empty());
    CHECK(good.model.organisation.coordinators[0].email == "åsa@example.se");
}

TEST_CASE("required values: missing key, and key without value") {
    check_error(organisation + "roles: [{id: s}]\n", 2, 9, "role is missing 'title'");
    check_error(organisation + "roles:\n  - id: s\n    title:\n", 4, 5, "'title' in role has no value");
}

TEST_CASE("duplicate keys and duplicate ids are errors at the repeat") {
    check_error("organisation:\n  name: A\n  name: B\n", 3, 3,
                "duplicate key 'name' in organisation (first given on line 2)");
    check_error(organisation + "roles:\n  - {id: s, title: S}\n  - {id: s, title: T}\n", 4, 5,
                "duplicate role id 's' (first defined at data.yaml:3)");
    check_error(organisation +
                    "roles: [{id: s, title: S, journey: [{id: m, title: M, due: 1w}, {id: m, title: M, due: 2w}]}]\n",
                2, 65, "duplicate milestone id 'm' in role 's'");
}

TEST_CASE("a representative id defined again, in the same file or another, is an error at each repeat") {
    Loader loader;
    loader.add_text("a.yaml", organisation + "representatives:\n  - {id: anna, name: Anna}\n  - {id: bo, name: Bo}\n");
    loader.add_text("b.yaml",
                    "representatives:\n  - {id: bo, name: Bo}\n  - {id: anna, name: Anna}\n"
                    "  - {id: anna, name: Anna Again}\n");
    const auto result = loader.finish();
    REQUIRE(result.diagnostics.size() == 3);
    const std::vector<std::pair<int, std::string>> expected = {
        {2, "duplicate representative id 'bo' (first defined at a.yaml:4)"},
        {3, "duplicate representative id 'anna' (first defined at a.yaml:3)"},
        {4, "duplicate representative id 'anna' (first defined at a.yaml:3)"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(result.diagnostics[i].file == "b.yaml");
        CHECK(result.diagnostics[i].line == expected[i].first);
        CHECK(result.diagnostics[i].message.english() == expected[i].second);
    }
}

TEST_CASE("references to unknown things, with hints") {
    const std::string people =
        "representatives: [{id: anna, name: Anna, assignments: [{role: steward, start: 2025-01-01}]}]\n";
    check_error(organisation + roles + "representatives: [{id: a, name: A, coordinator: mary}]\n", 9, 49,
                "unknown coordinator 'mary' (did you mean 'maria'?)");
    check_error(organisation + roles +
                    "representatives: [{id: a, name: A, assignments: [{role: stewart, start: 2025-01-01}]}]\n",
                9, 57, "unknown role 'stewart' (did you mean 'steward'?)");
    check_error(organisation + roles + people + "events: [{date: 2025-02-01, rep: ana, type: note}]\n", 10, 34,
                "unknown representative 'ana' (did you mean 'anna'?)");
    check_error(
        organisation + roles + people + "events: [{date: 2025-02-01, rep: anna, type: milestone, milestone: welcom}]\n",
        10, 68, "unknown milestone 'welcom' (did you mean 'welcome'?)");
    check_error(organisation + roles + people +
                    "events: [{date: 2025-02-01, rep: anna, type: milestone, milestone: welcom, role: steward}]\n",
                10, 68, "role 'steward' has no milestone 'welcom' (did you mean 'welcome'?)");
    check_error(
        organisation + roles + people + "events: [{date: 2025-02-01, rep: anna, type: recognition, action: cake}]\n",
        10, 67, "unknown recognition action 'cake'");
}

// Found by fuzz/load_fuzzer: a coordinator that is not an id used to move the mark of the
// reference before it, or read before the start of an empty list of references.
TEST_CASE("a coordinator that is not an id leaves the other references where they are") {
    const auto result = load(organisation + roles +
                             "representatives:\n"
                             "  - {id: a, name: A, coordinator: mary}\n"
                             "  - {id: b, name: B, coordinator: \"!\"}\n");
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].line == 10);
    CHECK(result.diagnostics[0].column == 35);
    CHECK(result.diagnostics[0].message.english() == "unknown coordinator 'mary' (did you mean 'maria'?)");
    CHECK(result.diagnostics[1].line == 11);
    CHECK(result.diagnostics[1].message.english().starts_with("invalid id '!' for 'coordinator'"));
    check_error(organisation + "representatives:\n  - {id: b, name: B, coordinator: \"m]\"}\n", 3, 35,
                "invalid id 'm]' for 'coordinator': use lower-case letters a-z, digits, '-' and '_', starting with a "
                "letter or digit");
}

TEST_CASE("an end before its start") {
    check_error(
        organisation + roles +
            "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-06-01, end: 2025-05-01}]}]\n",
        9, 90, "the assignment ends (2025-05-01) before it starts (2025-06-01)");
}

TEST_CASE("unknown event types") {
    check_error(organisation + roles + "representatives: [{id: a, name: A}]\n" +
                    "events: [{date: 2025-02-01, rep: a, type: call}]\n",
                10, 43, "unknown event type 'call': use milestone, feedback, recognition, note or nomination");
}

TEST_CASE("anchors and aliases are refused") {
    const auto result = load(organisation + "roles:\n  - &r {id: a, title: A}\n  - *r\n");
    REQUIRE(result.diagnostics.size() == 2);
    CHECK(result.diagnostics[0].message.english() ==
          "anchors (&name) are not supported in data files; write the value out in full");
    CHECK(result.diagnostics[1].line == 4);
}

TEST_CASE("questionable but possible data is a warning") {
    const auto overlap = load(organisation + roles +
                              "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-01-01}, "
                              "{role: steward, start: 2026-01-01}]}]\n");
    REQUIRE(overlap.diagnostics.size() == 1);
    CHECK(overlap.diagnostics[0].severity == Severity::warning);
    CHECK_FALSE(overlap.has_errors());

    const auto early = load(organisation + roles +
                            "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-01-01}]}]\n"
                            "events: [{date: 2024-12-01, rep: a, type: note, note: x}]\n");
    REQUIRE(early.diagnostics.size() == 1);
    CHECK(early.diagnostics[0].message.english() ==
          "this event (2024-12-01) is dated before a's first assignment starts (2025-01-01)");
}

TEST_CASE("more warnings than are shown leave the data valid, the first in file order shown and the rest counted") {
    std::string text = organisation + roles +
                       "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-01-01}]}]\n"
                       "events:\n";
    const std::size_t warnings = max_shown_warnings + 2345;
    for (std::size_t i = 0; i < warnings; ++i) text += "  - {date: 2024-12-01, rep: a, type: note}\n";
    const auto result = load(text);
    CHECK_FALSE(result.has_errors());
    CHECK(result.diagnostics.size() == max_shown_warnings);
    CHECK(result.diagnostics.front().line == 11);
    CHECK(result.diagnostics.back().line == 10 + static_cast<int>(max_shown_warnings));
    CHECK(result.warnings_not_shown == 2345);
    CHECK(result.warning_count() == warnings);
}

TEST_CASE("a diagnostic prints GCC style with the source line and a caret") {
    const Diagnostic d = only_diagnostic("organisation:\n  name: Åsa\n  bogus: 1\n");
    CHECK(format_diagnostic(d) ==
          "data.yaml:3:3: error: unknown key 'bogus' in organisation\n"
          " 3 |   bogus: 1\n"
          "   |   ^\n");
}

TEST_CASE("a 'for' that is not a suggestion key is a warning: it would never answer one") {
    const auto result = load(organisation + roles +
                             "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-01-01}]}]\n"
                             "events: [{date: 2025-02-01, rep: a, type: recognition, for: \"aniversary:1y\"}]\n");
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].severity == Severity::warning);
    CHECK(result.diagnostics[0].line == 10);
    CHECK(result.diagnostics[0].column == 61);
}

TEST_CASE("references checked on every core report the first thousand problems, as in turn") {
    // Mostly good events, with a bad one every seventh, so the problems spread over many runs
    // of checking and the limit falls in the middle of one; enough of them for two threads.
    std::string text =
        organisation + roles +
        "representatives:\n  - {id: anna, name: Anna, assignments: [{role: steward, start: 2026-01-01}]}\n"
        "events:\n";
    const int first_event_line = 12;  // 1-based line of the first event
    for (int i = 0; i < 70'000; ++i)
        text += i % 7 == 3 ? "  - {date: 2026-02-01, rep: nobody, type: note}\n"
                           : "  - {date: 2026-02-01, rep: anna, type: note}\n";
    const auto result = load(text);
    REQUIRE(result.diagnostics.size() == max_problems + 1);
    for (std::size_t k = 0; k < max_problems; ++k) {
        CHECK(result.diagnostics[k].line == first_event_line + 3 + 7 * static_cast<int>(k));
        CHECK(result.diagnostics[k].message.english().starts_with("unknown representative 'nobody'"));
    }
    const Diagnostic& limit = result.diagnostics.back();
    CHECK(limit.message.english().starts_with("too many problems"));
    CHECK(limit.line == first_event_line + 3 + 7 * static_cast<int>(max_problems));
}

TEST_CASE("phone, left_reason and workplace load into the model") {
    const auto result = load(organisation + roles +
                             "representatives:\n"
                             "  - id: anna\n"
                             "    name: Anna\n"
                             "    phone: \"+46 70 123 45 67\"\n"
                             "    left: 2027-03-01\n"
                             "    left_reason: moved\n"
                             "    assignments: [{role: steward, start: 2026-01-15, workplace: Volvo Torslanda}]\n"
                             "  - {id: bo, name: Bo, phone: 0701234567, assignments: [{role: steward, start: "
                             "2026-01-15}]}\n");
    REQUIRE(result.diagnostics.empty());
    const auto& people = result.model.representatives;
    REQUIRE(people.size() == 2);
    CHECK(people[0].phone == "+46 70 123 45 67");
    CHECK(people[0].left_reason == "moved");
    CHECK(people[0].assignments[0].workplace == "Volvo Torslanda");
    // A number written unquoted is text as written: no octal, no leading zero lost.
    CHECK(people[1].phone == "0701234567");
    CHECK(people[1].left_reason.empty());
    CHECK(people[1].assignments[0].workplace.empty());
    // No catalogue of the organisation's own: the built-in one applies.
    CHECK(result.model.organisation.exit_reasons.empty());
}

TEST_CASE("left_reason needs left: an error at the left_reason key") {
    check_error(organisation + "representatives: [{id: a, name: A, left_reason: moved}]\n", 2, 36,
                "'left_reason' needs 'left', the date the person left");
    check_error(organisation + "representatives:\n  - id: a\n    name: A\n    left_reason: retired\n", 5, 5,
                "'left_reason' needs 'left', the date the person left");
}

TEST_CASE("an unknown left_reason is an error at the value, with a hint from the catalogue that applies") {
    check_error(organisation + "representatives: [{id: a, name: A, left: 2026-11-10, left_reason: moveed}]\n", 2, 67,
                "unknown exit reason 'moveed' (did you mean 'moved'?)");
    // The organisation's catalogue replaces the built-in one, wherever the organisation is.
    Loader loader;
    loader.add_text("people.yaml",
                    "representatives:\n"
                    "  - {id: a, name: A, left: 2026-11-10, left_reason: retired}\n"
                    "  - {id: b, name: B, left: 2026-11-10, left_reason: move-abroad}\n");
    loader.add_text("organisation.yaml",
                    "organisation:\n  name: T\n  exit_reasons:\n"
                    "    - {id: moved-abroad, title: Moved abroad}\n    - {id: retired, title: Retired}\n");
    const auto result = loader.finish();
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].file == "people.yaml");
    CHECK(result.diagnostics[0].line == 3);
    CHECK(result.diagnostics[0].column == 53);
    CHECK(result.diagnostics[0].message.english() ==
          "unknown exit reason 'move-abroad' (did you mean 'moved-abroad'?)");
    REQUIRE(result.model.organisation.exit_reasons.size() == 2);
    CHECK(result.model.organisation.exit_reasons[0].title == "Moved abroad");
    // A built-in id is unknown once the organisation lists its own.
    check_error(
        "organisation: {name: T, exit_reasons: [{id: flyttat, title: Flyttat}]}\n"
        "representatives: [{id: a, name: A, left: 2026-11-10, left_reason: health}]\n",
        2, 67, "unknown exit reason 'health'");
}

TEST_CASE("exit reasons: ids unique, id and title required, of the right types") {
    check_error("organisation: {name: T, exit_reasons: [{id: moved, title: Moved}, {id: moved, title: Away}]}\n", 1, 68,
                "duplicate exit reason id 'moved'");
    check_error("organisation: {name: T, exit_reasons: [{id: moved}]}\n", 1, 40, "exit reason is missing 'title'");
    check_error("organisation: {name: T, exit_reasons: moved}\n", 1, 39,
                "'exit_reasons' in organisation should be a list, not text");
    check_error("organisation: {name: T, exit_reasons: [{id: moved, title: Moved, why: x}]}\n", 1, 66,
                "unknown key 'why' in exit reason");
    check_error(organisation + "representatives: [{id: a, name: A, left: 2026-11-10, left_reason: Moved}]\n", 2, 67,
                "invalid id 'Moved' for 'left_reason': use lower-case letters a-z, digits, '-' and '_', starting "
                "with a letter or digit");
}

TEST_CASE("phone and workplace are text: a list or a mapping is an error at the value") {
    check_error(organisation + "representatives: [{id: a, name: A, phone: [0701234567]}]\n", 2, 43,
                "'phone' should be a single value, not a list");
    check_error(organisation + roles +
                    "representatives: [{id: a, name: A, assignments: [{role: steward, start: 2025-01-01, "
                    "workplace: {name: Volvo}}]}]\n",
                9, 96, "'workplace' should be a single value, not a mapping");
}

TEST_CASE("the mandates' data: annual meeting, seats, escalation, employer notices and nominations") {
    const auto result = load(
        "organisation:\n"
        "  name: Test\n"
        "  language: sv\n"
        "  coordinators: [{id: maria, name: Maria}]\n"
        "  annual_meeting: 2027-03-15\n"
        "  nominations_due: 4w\n"
        "  escalate_after: 8w\n"
        "  escalate_to: maria\n"
        "  seats:\n"
        "    - {role: safety, workplace: Volvo Torslanda, count: 2}\n"
        "    - {role: steward, branch: Göteborg}\n"
        "roles:\n"
        "  - {id: safety, title: Safety, notify_employer: aml}\n"
        "  - {id: steward, title: Steward, notify_employer: true,\n"
        "     journey: [{id: employer-notice, title: Told the employer, due: 1w}]}\n"
        "  - {id: board, title: Board, notify_employer: false}\n"
        "representatives:\n"
        "  - {id: anna, name: Anna, assignments: [{role: safety, start: 2026-01-15, workplace: Volvo Torslanda}]}\n"
        "  - {id: bo, name: Bo}\n"
        "events:\n"
        "  - {date: 2027-01-20, rep: anna, type: nomination, role: safety, answer: yes}\n"
        "  - {date: 2026-01-16, rep: anna, type: milestone, milestone: employer-notice, role: safety}\n");
    for (const auto& d : result.diagnostics) INFO(d.message.english());
    REQUIRE(result.diagnostics.empty());
    const Organisation& org = result.model.organisation;
    CHECK(org.annual_meeting == Date::parse("2027-03-15"));
    CHECK(org.nominations_due == Duration{0, 28});
    CHECK(org.escalate_after == Duration{0, 56});
    CHECK(org.escalate_to == "maria");
    REQUIRE(org.seats.size() == 2);
    CHECK(org.seats[0].role == "safety");
    CHECK(org.seats[0].workplace == "Volvo Torslanda");
    CHECK(org.seats[0].count == 2);
    CHECK(org.seats[1].branch == "Göteborg");
    CHECK(org.seats[1].count == 1);  // the default

    const auto& roles = result.model.roles;
    CHECK(roles[0].notify_employer == EmployerNotice::aml);
    REQUIRE(roles[0].journey.size() == 1);  // the implicit milestone, titled in the organisation's language
    const Milestone& notice = roles[0].journey[0];
    CHECK(notice.id == "employer-notice");
    CHECK(notice.title == "Anmälan till arbetsgivaren");
    CHECK(notice.implicit);
    CHECK(notice.scope == MilestoneScope::term);
    CHECK(notice.due.anchor == MilestoneDue::Anchor::start);
    CHECK(notice.due.offset == Duration{});
    CHECK(roles[1].notify_employer == EmployerNotice::fml);
    REQUIRE(roles[1].journey.size() == 1);  // the journey's own employer-notice, not a second one
    CHECK(roles[1].journey[0].title == "Told the employer");
    CHECK_FALSE(roles[1].journey[0].implicit);
    CHECK(roles[2].notify_employer == EmployerNotice::none);
    CHECK(roles[2].journey.empty());

    const Event& nomination = result.model.events[0];
    CHECK(nomination.type == EventType::nomination);
    CHECK(nomination.role == "safety");
    CHECK(nomination.answer == NominationAnswer::yes);
}

TEST_CASE("the mandates' data: mistakes are errors at their place") {
    check_error(organisation + "roles: [{id: safety, title: Safety, notify_employer: sometimes}]\n", 2, 54,
                "invalid notify_employer 'sometimes': use fml (förtroendemannalagen), aml (arbetsmiljölagen), "
                "true (fml) or false");
    check_error("organisation: {name: T, seats: [{role: x, count: 0}]}\nroles: [{id: x, title: X}]\n", 1, 50,
                "invalid count '0' for a seat: write a whole number from 1 to 9999");
    check_error("organisation: {name: T, seats: [{role: steward}]}\n", 1, 40, "unknown role 'steward'");
    check_error("organisation: {name: T, escalate_to: chair}\n", 1, 38, "unknown coordinator 'chair'");
    check_error(organisation + roles +
                    "representatives: [{id: anna, name: Anna}]\n"
                    "events: [{date: 2027-01-20, rep: anna, type: nomination, role: steward, answer: maybe}]\n",
                10, 81, "invalid answer 'maybe': use yes, no or undecided");
    check_error(organisation + roles +
                    "representatives: [{id: anna, name: Anna}]\n"
                    "events: [{date: 2027-01-20, rep: anna, type: nomination, answer: no}]\n",
                10, 10, "event is missing 'role'");
}

TEST_CASE("a recognition action done at the annual meeting: at_annual_meeting is true or false, unquoted") {
    const std::string head = "organisation:\n  name: Test\n  recognition:\n    actions:\n";
    const auto result = load(head +
                             "      - {id: mention, title: Mention, for: [term], at_annual_meeting: true}\n"
                             "      - {id: card, title: Card, for: [quiet], at_annual_meeting: False}\n"
                             "      - {id: gift, title: Gift}\n");
    REQUIRE(result.diagnostics.empty());
    const auto& actions = result.model.organisation.recognition.actions;
    REQUIRE(actions.size() == 3);
    CHECK(actions[0].at_annual_meeting);
    CHECK_FALSE(actions[1].at_annual_meeting);
    CHECK_FALSE(actions[2].at_annual_meeting);  // the default

    // YAML 1.1's yes is not ours; a quoted "true" is text.
    check_error(head + "      - {id: mention, title: Mention, at_annual_meeting: yes}\n", 5, 58,
                "'at_annual_meeting' should be true or false, not 'yes'");
    check_error(head + "      - {id: mention, title: Mention, at_annual_meeting: \"true\"}\n", 5, 58,
                "'at_annual_meeting' should be true or false, not 'true'");
}

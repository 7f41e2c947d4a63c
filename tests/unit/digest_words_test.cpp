#include "render/digest_words.hpp"

#include <doctest/doctest.h>

#include "digest_fixture.hpp"
#include "text/utf8.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
std::vector<std::string> texts_of(const DigestPersonWords& person) {
    std::vector<std::string> texts;
    for (const auto& line : person.lines) texts.push_back(line.text);
    return texts;
}

std::vector<std::string> lines_of(const DigestSection& section) {
    std::vector<std::string> lines;
    for (const auto& line : section.lines) lines.push_back(line.person + ": " + line.text);
    return lines;
}
}  // namespace

TEST_CASE("the period names its ISO weeks and its days") {
    CHECK(digest_period_words(Language::en, d("2026-11-23"), d("2026-11-29")) == "week 48, 23–29 Nov 2026");
    CHECK(digest_period_words(Language::sv, d("2026-11-23"), d("2026-11-29")) == "vecka 48, 23–29 nov 2026");
    CHECK(digest_period_words(Language::en, d("2026-11-25"), d("2026-12-01")) == "weeks 48–49, 25 Nov – 1 Dec 2026");
    CHECK(digest_period_words(Language::en, d("2026-11-23"), d("2026-11-23")) == "week 48, 23 Nov 2026");
    // 2026 has 53 ISO weeks; 1 January 2027 is a Friday, still in week 53.
    CHECK(digest_period_words(Language::sv, d("2026-12-28"), d("2027-01-03")) == "vecka 53, 28 dec 2026 – 3 jan 2027");
    CHECK(digest_period_words(Language::en, d("2027-01-01"), d("2027-01-07")) == "weeks 53–1, 1–7 Jan 2027");
    CHECK(digest_period_words(Language::en, d("2026-11-23"), d("2027-01-03")) ==
          "weeks 48–53, 23 Nov 2026 – 3 Jan 2027");
}

TEST_CASE("days of the period carry their weekday") {
    CHECK(weekday_date(Language::en, d("2026-11-24"), as_of) == "Tue 24 Nov");
    CHECK(weekday_date(Language::sv, d("2026-11-26"), as_of) == "tors 26 nov");
    CHECK(weekday_date(Language::sv, d("2026-11-29"), as_of) == "sön 29 nov");
    CHECK(weekday_date(Language::en, d("2027-01-01"), as_of) == "Fri 1 Jan 2027");
}

TEST_CASE("title and summary") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    CHECK(en.title == "Example Union: week 48, 23–29 Nov 2026");
    CHECK(en.summary ==
          "2 new, 2 still open: 2 overdue milestones, 1 feedback conversation this week, 1 goal this "
          "week, 1 person to thank");
    const DigestWords sv = digest_words(digest, model.organisation, Language::sv);
    CHECK(sv.title == "Example Union: vecka 48, 23–29 nov 2026");
    CHECK(sv.summary ==
          "2 nya, 2 öppna: 2 försenade milstolpar, 1 återkopplingssamtal den här veckan, 1 mål den här veckan, 1 "
          "person att uppmärksamma");
}

TEST_CASE("a block per person, most urgent first: who and how to reach them, then what, by when and why") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    REQUIRE(en.groups.size() == 2);
    CHECK(en.groups[0].heading == "Maria Nilsson");
    CHECK(en.groups[0].sections.empty());
    REQUIRE(en.groups[0].people.size() == 1);
    CHECK(en.groups[0].people[0].heading == "Anna Larsson, 070-123 45 67, anna@example.org");
    CHECK(texts_of(en.groups[0].people[0]) ==
          std::vector<std::string>{"Welcome call (workplace representative), due 8 Nov (15 days overdue); 1 week "
                                   "after the start",
                                   "goal \"Lead a meeting\", due Wed 25 Nov (in 2 days)"});
    CHECK(en.groups[1].heading == "Unassigned");
    REQUIRE(en.groups[1].people.size() == 1);
    CHECK(en.groups[1].people[0].heading == "Bo Ek");
    const auto bo = texts_of(en.groups[1].people[0]);
    REQUIRE(bo.size() == 3);
    CHECK(bo[0] ==
          "Network meeting (workplace representative), due 1 Sep (83 days overdue); every 6 months, last 1 Mar");
    CHECK(bo[1] == "feedback conversation, due Thu 26 Nov (in 3 days); every 8 weeks, last 1 Oct");
    CHECK(bo[2].ends_with("; nobody has recognised them since starting on 1 Jan"));
    // The same in Swedish.
    const DigestWords sv = digest_words(digest, model.organisation, Language::sv);
    CHECK(texts_of(sv.groups[0].people[0])[1] == "målet ”Lead a meeting”, senast ons 25 nov (om 2 dagar)");
    CHECK(sv.groups[1].heading == "Utan samordnare");
    CHECK(texts_of(sv.groups[1].people[0])[1] ==
          "återkopplingssamtal, senast tors 26 nov (om 3 dagar); görs var åttonde vecka, förra gången 1 okt");
}

TEST_CASE("the person whose oldest item is oldest comes first; those with suggestions only last") {
    Model model = digest_example();
    for (auto& rep : model.representatives) rep.coordinator = "maria";
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    REQUIRE(digest.groups.size() == 1);
    REQUIRE(digest.groups[0].people.size() == 2);
    CHECK(digest.groups[0].people[0].representative->id == "bo");  // overdue since 1 Sep, anna since 8 Nov
    CHECK(digest.groups[0].people[1].representative->id == "anna");
}

TEST_CASE("two suggestions with the same action for one person are one line") {
    Model model = digest_example();
    model.organisation.recognition.anniversaries = {Duration::of_months(10)};  // bo: 10 months on 1 Nov
    model.organisation.recognition.actions = {
        {"card", "A card", {SuggestionKind::quiet, SuggestionKind::anniversary}, {}}};
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestGroup& unassigned = digest.groups.back();
    REQUIRE(unassigned.suggestions.size() == 2);
    REQUIRE(unassigned.people.size() == 1);
    CHECK(unassigned.people[0].suggestions == std::vector<std::vector<std::size_t>>{{0, 1}});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    const DigestLine& line = en.groups.back().people[0].lines.back();
    CHECK(line.text.starts_with("A card, by "));
    CHECK(line.commands ==
          std::vector<std::string>{
              "repjourney record recognition bo --for " + unassigned.suggestions[0].key + " --action card",
              "repjourney record recognition bo --for " + unassigned.suggestions[1].key + " --action card"});
}

TEST_CASE("recognition is due by the end of its window") {
    Model model = digest_example();
    Goal done;
    done.id = "first-meeting";
    done.title = "First meeting";
    done.done = d("2026-11-10");
    model.representatives[0].goals.push_back(done);
    const Digest digest = compute_digest(Snapshot{model, as_of}, {7, "maria", false});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    REQUIRE(en.groups[0].people[0].lines.size() == 3);
    CHECK(en.groups[0].people[0].lines[2].text == std::string{builtin_action_for(SuggestionKind::goal).title} +
                                                      ", by 10 Dec; reached the goal \"First meeting\" on 10 Nov");
}

TEST_CASE("a period other than Monday to Sunday is named by its last day") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {3, "", false});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    CHECK(en.summary == "1 new, 2 still open: 2 overdue milestones, 1 goal by 25 Nov, 1 person to thank");
    const DigestWords sv = digest_words(digest, model.organisation, Language::sv);
    CHECK(sv.summary == "1 ny, 2 öppna: 2 försenade milstolpar, 1 mål senast 25 nov, 1 person att uppmärksamma");
}

TEST_CASE("notes only when the digest holds them, on one line") {
    Model model = digest_example();
    model.events[3].note = "Private:\nmoving in spring";
    const Snapshot snapshot{model, as_of};
    const DigestWords without = digest_words(compute_digest(snapshot, {}), model.organisation, Language::en);
    for (const auto& group : without.groups)
        for (const auto& section : group.sections) CHECK(section.heading != "Notes");
    const DigestWords with = digest_words(compute_digest(snapshot, {7, "", true}), model.organisation, Language::en);
    REQUIRE(with.groups[0].sections.size() == 1);
    CHECK(with.groups[0].sections[0].heading == "Notes");
    CHECK(lines_of(with.groups[0].sections[0]) ==
          std::vector<std::string>{"Anna Larsson: 5 Nov: Private: moving in spring"});
}

TEST_CASE("names and titles with control characters stay on their line, the controls shown") {
    Model model = digest_example();
    model.representatives[0].name = "Anna\x1b[2J Larsson";
    model.organisation.coordinators[0].name = "Maria\nNilsson";
    const DigestWords en = digest_words(compute_digest(Snapshot{model, as_of}, {}), model.organisation, Language::en);
    CHECK(en.groups[0].heading == "Maria Nilsson");
    CHECK(en.groups[0].people[0].heading.starts_with("Anna\\e[2J Larsson, "));
}

TEST_CASE("new items are marked") {
    const Model model = digest_example();
    const DigestWords en = digest_words(compute_digest(Snapshot{model, as_of}, {}), model.organisation, Language::en);
    CHECK(en.groups[0].people[0].lines[0].mark.empty());   // anna's welcome call, overdue last week too
    CHECK(en.groups[0].people[0].lines[1].mark == "NEW");  // her goal, due this week
    const DigestWords sv = digest_words(compute_digest(Snapshot{model, as_of}, {}), model.organisation, Language::sv);
    CHECK(sv.groups[0].people[0].lines[1].mark == "NY");
}

TEST_CASE("the subject: weeks, new and open, the organisation shortened to 78 characters") {
    Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    CHECK(digest_words(digest, model.organisation, Language::en).subject ==
          "Repjourney week 48: 2 new, 2 open – Example Union");
    CHECK(digest_words(digest, model.organisation, Language::sv).subject ==
          "Repjourney vecka 48: 2 nya, 2 öppna – Example Union");
    model.organisation.name = "Fackförbundet Exempel, avdelning 12, Norra Västerbottens län och Lappland";
    const std::string sv = digest_words(digest, model.organisation, Language::sv).subject;
    CHECK(sv == "Repjourney vecka 48: 2 nya, 2 öppna – Fackförbundet Exempel, avdelning 12…");
    CHECK(utf8_length(sv) <= 78);
    model.organisation.name = std::string(60, 'x');  // one long word: cut inside it
    const std::string en = digest_words(digest, model.organisation, Language::en).subject;
    CHECK(en == "Repjourney week 48: 2 new, 2 open – " + std::string(41, 'x') + "…");
    CHECK(utf8_length(en) == 78);
    model.organisation.name.clear();
    CHECK(digest_words(digest, model.organisation, Language::en).subject == "Repjourney week 48: 2 new, 2 open");
    const Digest two_weeks = compute_digest(Snapshot{model, d("2026-11-25")}, {});
    CHECK(digest_words(two_weeks, model.organisation, Language::en).subject.starts_with("Repjourney weeks 48–49: "));
}

TEST_CASE("nothing to do, said when asked for (--always)") {
    const Model model = digest_example();
    DigestOptions options;
    options.coordinator = "jonas";
    options.always = true;
    const Digest jonas = compute_digest(Snapshot{model, as_of}, options);
    const DigestWords en = digest_words(jonas, model.organisation, Language::en);
    CHECK(en.summary == "nothing to do this week");
    CHECK(en.subject == "Repjourney week 48: nothing to do this week – Example Union");
    REQUIRE(en.groups.size() == 1);
    CHECK(en.groups[0].sections.empty());
    CHECK(en.groups[0].nothing == "nothing to do this week");
    CHECK(digest_words(jonas, model.organisation, Language::sv).groups[0].nothing == "inget att göra den här veckan");
}

TEST_CASE("an escalation section per coordinator, with escalate_after in words") {
    Model model = digest_example();
    model.organisation.escalate_after = Duration::of_days(14);
    model.organisation.escalate_to = "jonas";
    const Digest digest = compute_digest(Snapshot{model, as_of}, {7, "jonas", false});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    REQUIRE(en.groups[0].sections.size() == 2);
    CHECK(en.groups[0].sections[0].heading == "Open for more than 2 weeks: Maria Nilsson");
    CHECK(en.groups[0].sections[1].heading == "Open for more than 2 weeks: Unassigned");
    CHECK(en.groups[0].sections[0].lines[0].person == "Anna Larsson");
    CHECK(en.summary == "2 open for more than 2 weeks with others");
    const DigestWords sv = digest_words(digest, model.organisation, Language::sv);
    CHECK(sv.groups[0].sections[0].heading == "Försenat mer än 2 veckor: Maria Nilsson");
    CHECK(sv.summary == "2 försenade mer än 2 veckor hos andra");
}

TEST_CASE("each item and suggestion carries the record line that records it") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestWords en = digest_words(digest, model.organisation, Language::en);
    // maria: anna's welcome call, then her goal (no record type: done is set in the data).
    CHECK(en.groups[0].people[0].lines[0].commands.at(0) == "repjourney record milestone anna welcome --role steward");
    CHECK(en.groups[0].people[0].lines[1].commands.empty());
    // bo has no coordinator: his feedback has no --by; his quiet suggestion names its key and action.
    CHECK(en.groups[1].people[0].lines[1].commands.at(0) == "repjourney record feedback bo");
    CHECK(en.groups[1].people[0].lines[2].commands.at(0).starts_with(
        "repjourney record recognition bo --for quiet --action "));
    for (const auto& group : digest_words(digest, model.organisation, Language::en, false).groups)
        for (const auto& person : group.people)
            for (const auto& line : person.lines) CHECK(line.commands.empty());
}

TEST_CASE("a word the shell would split or expand is single-quoted") {
    CHECK(shell_quoted("anniversary:2y") == "anniversary:2y");
    CHECK(shell_quoted("lars-ake_1.x") == "lars-ake_1.x");
    CHECK(shell_quoted("") == "''");
    CHECK(shell_quoted("a b") == "'a b'");
    CHECK(shell_quoted("it's $HOME") == "'it'\\''s $HOME'");
}

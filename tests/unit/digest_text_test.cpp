#include "render/digest_text.hpp"

#include <doctest/doctest.h>

#include "digest_fixture.hpp"
#include "text/utf8.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
DigestWords example_words(Language language) {
    static const Model model = digest_example();
    return digest_words(compute_digest(Snapshot{model, as_of}, {}), model.organisation, language);
}
}  // namespace

TEST_CASE("plain text: underlined title and coordinators, a block per person") {
    CHECK(render_digest_text(example_words(Language::en)) ==
          "Example Union: week 48, 23–29 Nov 2026\n"
          "======================================\n"
          "\n"
          "2 new, 2 still open: 2 overdue milestones, 1 feedback conversation this week,\n"
          "1 goal this week, 1 person to thank\n"
          "\n"
          "Maria Nilsson\n"
          "-------------\n"
          "\n"
          "Anna Larsson, 070-123 45 67, anna@example.org\n"
          "  - Welcome call (workplace representative), due 8 Nov (15 days overdue); 1 week\n"
          "    after the start\n"
          "      repjourney record milestone anna welcome --role steward\n"
          "  - NEW goal \"Lead a meeting\", due Wed 25 Nov (in 2 days)\n"
          "\n"
          "Unassigned\n"
          "----------\n"
          "\n"
          "Bo Ek\n"
          "  - Network meeting (workplace representative), due 1 Sep (83 days overdue);\n"
          "    every 6 months, last 1 Mar\n"
          "      repjourney record milestone bo network --role steward\n"
          "  - NEW feedback conversation, due Thu 26 Nov (in 3 days); every 8 weeks, last\n"
          "    1 Oct\n"
          "      repjourney record feedback bo\n"
          "  - A personal thank-you; nobody has recognised them since starting on 1 Jan\n"
          "      repjourney record recognition bo --for quiet --action personal-thanks\n");
}

TEST_CASE("plain text fits its width, with no control codes and no trailing spaces") {
    for (const Language language : {Language::en, Language::sv}) {
        for (const std::size_t width : {80U, 72U, 40U}) {
            const std::string text = render_digest_text(example_words(language), width);
            std::size_t start = 0;
            while (start < text.size()) {
                const auto end = text.find('\n', start);
                REQUIRE(end != std::string::npos);
                const std::string_view line = std::string_view{text}.substr(start, end - start);
                CHECK(display_width(line) <= width);
                CHECK_FALSE(line.ends_with(' '));
                for (const char c : line) CHECK(static_cast<unsigned char>(c) >= 0x20);
                start = end + 1;
            }
        }
    }
}

TEST_CASE("Markdown: headings by level, a person's block, the data escaped") {
    DigestWords words = example_words(Language::sv);
    words.groups[0].people[0].heading = "Anna *Star* Larsson";
    const std::string md = render_digest_markdown(words);
    CHECK(
        md.starts_with("# Example Union: vecka 48, 23–29 nov 2026\n\n"
                       "2 nya, 2 öppna: 2 försenade milstolpar, 1 återkopplingssamtal den här veckan, 1 mål den här "
                       "veckan, 1 person att uppmärksamma\n\n## Maria Nilsson\n\n### Anna \\*Star\\* Larsson\n\n"
                       "- Welcome call (workplace representative), skulle ha gjorts 8 nov (15 dagar sent); 1 vecka "
                       "efter tillträdet\\\n"
                       "  `repjourney record milestone anna welcome --role steward`\n"
                       "- NY målet ”Lead a meeting”, senast ons 25 nov (om 2 dagar)\n"));
    CHECK(md.find("\n## Utan samordnare\n\n### Bo Ek\n\n- Network meeting") != std::string::npos);
}

TEST_CASE("a record command wider than the text goes on with a backslash, never inside quotes") {
    DigestWords words;
    words.title = "T";
    words.groups.push_back(
        {"G", {}, {{"S", {{"P", "what", "", {"repjourney record recognition bo --for 'a b c d' --action x"}}}}}, ""});
    CHECK(
        render_digest_text(words, 40).ends_with("  - P: what\n"
                                                "      repjourney record recognition bo \\\n"
                                                "        --for 'a b c d' --action x\n"));
}

TEST_CASE("nothing to do: the title, and a line under each coordinator") {
    static const Model model = digest_example();
    DigestOptions options;
    options.coordinator = "jonas";
    options.always = true;
    const DigestWords words =
        digest_words(compute_digest(Snapshot{model, as_of}, options), model.organisation, Language::en);
    CHECK(render_digest_text(words) ==
          "Example Union: week 48, 23–29 Nov 2026\n"
          "======================================\n"
          "\n"
          "nothing to do this week\n"
          "\n"
          "Jonas Berg\n"
          "----------\n"
          "\n"
          "nothing to do this week\n");
    CHECK(render_digest_markdown(words) ==
          "# Example Union: week 48, 23–29 Nov 2026\n\nnothing to do this week\n\n## Jonas Berg\n\n"
          "nothing to do this week\n");
}

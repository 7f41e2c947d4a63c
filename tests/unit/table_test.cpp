#include <doctest/doctest.h>

#include <stdexcept>
#include <string>

#include "render/table.hpp"
#include "text/utf8.hpp"

using namespace repjourney;

namespace {
Table people() {
    return Table{{{"Name"}, {"Stage"}, {"Overdue", Align::right}},
                 {{"Åsa Öberg", "onboarding", Cell{"2", Style::overdue}}, {"Bo", "established", "12"}}};
}

// Lines of rendered text, without their '\n'.
std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

std::string without_escapes(const std::string& text) {
    std::string plain;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\x1b')
            i = text.find('m', i);
        else
            plain += text[i];
    }
    return plain;
}
}  // namespace

TEST_CASE("columns are aligned by display width, not bytes") {
    CHECK(render_table(people(), {}) ==
          "Name       Stage        Overdue\n"
          "Åsa Öberg  onboarding         2\n"
          "Bo         established       12\n");
}

TEST_CASE("wide characters take two columns") {
    const Table table{{{"Name"}, {"Role"}}, {{"日本", "steward"}, {"Bo", "coach"}}};
    CHECK(render_table(table, {}) ==
          "Name  Role\n"
          "日本  steward\n"
          "Bo    coach\n");
}

TEST_CASE("colour off emits no escape codes; colour on keeps the alignment") {
    const auto plain = render_table(people(), {.max_width = 0, .color = false});
    CHECK(plain.find('\x1b') == std::string::npos);

    const auto coloured = render_table(people(), {.max_width = 0, .color = true});
    CHECK(coloured.find("\x1b[1m\x1b[31m2\x1b[0m\n") != std::string::npos);
    CHECK(coloured.find("\x1b[1mName\x1b[0m") == 0);
    CHECK(without_escapes(coloured) == plain);
}

TEST_CASE("no line ends in whitespace, even with empty last cells") {
    const Table table{{{"Name"}, {"Next step"}}, {{"Anna Larsson", ""}, {"Bo"}, {"Cy", "Mentor"}}};
    CHECK(render_table(table, {}) ==
          "Name          Next step\n"
          "Anna Larsson\n"
          "Bo\n"
          "Cy            Mentor\n");
}

namespace {
// Like the status table: the next step gives way first, the name last, the feedback goes to a second line.
Table journeys() {
    return Table{{{.heading = "Name", .fit = Fit::shorten, .priority = 1, .min_width = 12},
                  {.heading = "Stage"},
                  {.heading = "Next step", .fit = Fit::shorten, .min_width = 12},
                  {.heading = "Due"},
                  {.heading = "Feedback", .second_line = true}},
                 {{"Märta Jönsson-Åkerlund", "onboarding", "Grundutbildning Bättre arbetsmiljö (BAM)", "2026-12-01",
                   "in 7 days"},
                  {"Bo Ek", "renewal", "Renewal conversation before the election", "2027-01-15", "105 days overdue"}}};
}
}  // namespace

TEST_CASE("at 100 columns the next step is shortened after its last whole word") {
    // Natural widths 22 + 10 + 40 + 10 + 16 and four gaps: 106, so the next step gives 6 columns.
    CHECK(render_table(journeys(), {.max_width = 100, .color = false}) ==
          "Name                    Stage       Next step                           Due         Feedback\n"
          "Märta Jönsson-Åkerlund  onboarding  Grundutbildning Bättre…             2026-12-01  in 7 days\n"
          "Bo Ek                   renewal     Renewal conversation before the…    2027-01-15  105 days overdue\n");
}

TEST_CASE("at 80 columns a single word longer than the column is cut inside") {
    // 26 columns too wide: the next step gives them all (40 to 14) and the name keeps its width.
    CHECK(render_table(journeys(), {.max_width = 80, .color = false}) ==
          "Name                    Stage       Next step       Due         Feedback\n"
          "Märta Jönsson-Åkerlund  onboarding  Grundutbildni…  2026-12-01  in 7 days\n"
          "Bo Ek                   renewal     Renewal…        2027-01-15  105 days overdue\n");
}

TEST_CASE("at 60 columns, when even the minimum widths do not fit, each row takes two lines") {
    // One line needs 12 + 10 + 12 + 10 + 16 and four gaps: 68. On two lines the first needs 88 at its natural
    // widths; the next step gives 28 (to 12) and the name keeps all of its 22.
    const auto text = render_table(journeys(), {.max_width = 60, .color = false});
    CHECK(text ==
          "Name                    Stage       Next step     Due\n"
          "    Feedback\n"
          "Märta Jönsson-Åkerlund  onboarding  Grundutbild…  2026-12-01\n"
          "    in 7 days\n"
          "Bo Ek                   renewal     Renewal…      2027-01-15\n"
          "    105 days overdue\n");
    for (const auto& line : lines_of(text)) CHECK(display_width(line) <= 60);
}

TEST_CASE("the name gives way only after the next step is at its minimum") {
    // 56 columns: the next step gives 28, the name the other 4 (22 to 18), cut after a whole word.
    CHECK(lines_of(render_table(journeys(), {.max_width = 56, .color = false}))[2] ==
          "Märta…              onboarding  Grundutbild…  2026-12-01");
}

TEST_CASE("a wrapped column breaks at spaces and the kept column is never cut") {
    const Table table{{{.heading = "Namn"},
                       {.heading = "Skäl", .fit = Fit::wrap, .min_width = 12, .second_line = true},
                       {.heading = "Åtgärd"}},
                      {Row{{"Åsa Öberg", "10 år som förtroendevald den 5 dec", "Uppmärksammas på årsmötet"},
                           Cell{"asa-oberg --for anniversary:10y"}}}};
    // 9 + 34 + 25 and two gaps: 72. At 60 the reason gives 12 and wraps at 22; a number stays with its word.
    CHECK(render_table(table, {.max_width = 60, .color = false}) ==
          "Namn       Skäl                    Åtgärd\n"
          "Åsa Öberg  10 år som               Uppmärksammas på årsmötet\n"
          "           förtroendevald den\n"
          "           5 dec\n"
          "  asa-oberg --for anniversary:10y\n");
    // At 40 even 12 columns of reason do not fit beside the action: the reason gets a line of its own.
    CHECK(render_table(table, {.max_width = 40, .color = false}) ==
          "Namn       Åtgärd\n"
          "    Skäl\n"
          "Åsa Öberg  Uppmärksammas på årsmötet\n"
          "    10 år som förtroendevald den 5 dec\n"
          "  asa-oberg --for anniversary:10y\n");
}

TEST_CASE("shortening never splits a character, and a heading is never cut") {
    const Table table{{{.heading = "Name", .fit = Fit::shorten, .min_width = 4}, {.heading = "Id"}},
                      {{"日本語のなまえです", "x"}}};
    // Name gets 9 columns: 4 wide characters and the ellipsis.
    CHECK(render_table(table, {.max_width = 13, .color = false}) ==
          "Name       Id\n"
          "日本語の…  x\n");
    // At its minimum the column is as wide as its heading; the table then runs wider than asked.
    CHECK(render_table(table, {.max_width = 5, .color = false}) ==
          "Name  Id\n"
          "日…   x\n");
}

TEST_CASE("control characters in cells are shown escaped, and the columns fit what is shown") {
    const Table table{{{"Name"}, {"Note"}}, {{"Bo\x1b[31m", "line one\nline two\t"}, {"Cy\x07", "x"}}};
    const auto text = render_table(table, {});
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    // "Bo\e[31m" is 8 columns wide as printed, so the Note column starts at 11.
    CHECK(text ==
          "Name      Note\n"
          "Bo\\e[31m  line one line two\n"
          "Cy\\x07    x\n");
    // The 8-bit CSI (U+009B), DEL and the bidi controls too; the letters around them stay.
    CHECK(render_table(Table{{{"Name"}, {"Id"}},
                             {{"Å\xC2\x9B"
                               "31mÖ",
                               "a"},
                              {"del\x7f", "b"},
                              {"\u202eevil\u2066", "c"}}},
                       {}) ==
          "Name              Id\n"
          "Å\\x9b31mÖ         a\n"
          "del\\x7f           b\n"
          "\\u202eevil\\u2066  c\n");
}

TEST_CASE("an escaped cell is cut like any other, and never leaves a raw control") {
    const Table table{{{.heading = "Name", .fit = Fit::shorten}, {.heading = "Id"}},
                      {{"Anna\x1b[2J\x1b[HLarsson", "x"}}};
    const auto text = render_table(table, {.max_width = 14, .color = false});
    CHECK(text ==
          "Name        Id\n"
          "Anna\\e[2J…  x\n");
    for (const auto& line : lines_of(text)) CHECK(display_width(line) <= 14);
}

TEST_CASE("a table without rows is its headings; a row with too many cells is a bug") {
    CHECK(render_table(Table{{{"Name"}, {"Due", Align::right}}, {}}, {}) == "Name  Due\n");
    CHECK(render_table(Table{}, {}).empty());
    CHECK_THROWS_AS(render_table(Table{{{"Name"}}, {{"a", "b"}}}, {}), std::invalid_argument);
}

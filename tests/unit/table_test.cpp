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

TEST_CASE("flexible columns shrink with an ellipsis to fit the width") {
    const Table table{{{"Name", Align::left, true}, {"Stage"}, {"Next step", Align::left, true}, {"Due"}},
                      {{"Märta Jönsson-Åkerlund", "onboarding", "Basic training for safety work", "2026-12-01"},
                       {"Bo", "renewal", "Renewal conversation", "2027-01-15"}}};
    const auto full = render_table(table, {});
    CHECK(display_width(lines_of(full)[1]) == 22 + 2 + 10 + 2 + 30 + 2 + 10);

    // 60 columns: 26 for the fixed ones and the gaps, 17 each for Name and Next step.
    const auto fitted = render_table(table, {.max_width = 60, .color = false});
    CHECK(fitted ==
          "Name               Stage       Next step          Due\n"
          "Märta Jönsson-Åk…  onboarding  Basic training f…  2026-12-01\n"
          "Bo                 renewal     Renewal conversa…  2027-01-15\n");
    // One column more goes to the leftmost.
    CHECK(lines_of(render_table(table, {.max_width = 61, .color = false}))[1] ==
          "Märta Jönsson-Åke…  onboarding  Basic training f…  2026-12-01");
    for (const auto& line : lines_of(fitted)) CHECK(display_width(line) <= 60);

    // The widest flexible column gives way first; a narrow one keeps its natural width.
    const Table names{{{"Name", Align::left, true}, {"Note", Align::left, true}},
                      {{"Åsa Öberg", "Wants to try the safety role next year"}}};
    CHECK(render_table(names, {.max_width = 30, .color = false}) ==
          "Name       Note\n"
          "Åsa Öberg  Wants to try the s…\n");
}

TEST_CASE("truncation never splits a character and ignores fixed columns") {
    const Table table{{{"Name", Align::left, true}, {"Id"}}, {{"日本語のなまえです", "x"}}};
    // Name gets 9 columns: 4 wide characters and the ellipsis.
    CHECK(render_table(table, {.max_width = 13, .color = false}) ==
          "Name       Id\n"
          "日本語の…  x\n");
    // Flexible columns stop at 8 columns; the table then runs wider than asked.
    CHECK(render_table(table, {.max_width = 5, .color = false}) ==
          "Name      Id\n"
          "日本語…   x\n");  // a fourth wide character and the "…" need 9
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
    const Table table{{{"Name", Align::left, true}, {"Id"}}, {{"Anna\x1b[2J\x1b[HLarsson", "x"}}};
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

#include "render/ical.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace repjourney;

namespace {
// The content lines of folded text, each without its CRLF; fails on a bare LF.
std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t begin = 0;
    while (begin < text.size()) {
        const auto end = text.find("\r\n", begin);
        REQUIRE(end != std::string::npos);
        lines.push_back(text.substr(begin, end - begin));
        CHECK(lines.back().find('\n') == std::string::npos);
        begin = end + 2;
    }
    return lines;
}

std::string unfold(const std::string& text) {
    std::string out;
    for (const auto& line : physical_lines(text)) out += line.starts_with(' ') ? line.substr(1) : line;
    return out;
}
}  // namespace

TEST_CASE("ical: TEXT escapes backslash, semicolon, comma and newlines, and drops other control characters") {
    CHECK(ical_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
    CHECK(ical_text("two\nlines") == "two\\nlines");
    CHECK(ical_text("crlf\r\nline") == "crlf\\nline");
    CHECK(ical_text("bell\x07 tab\t") == "bell tab\t");
    CHECK(ical_text("Åsa Öberg: 5 år") == "Åsa Öberg: 5 år");
}

TEST_CASE("ical: dates are YYYYMMDD") {
    CHECK(ical_date(Date::from_ymd(2026, 3, 5)) == "20260305");
    CHECK(ical_date(Date::from_ymd(2028, 2, 29)) == "20280229");
}

TEST_CASE("ical: a short line is one line ending in CRLF") {
    CHECK(ical_line("SUMMARY", "Welcome call") == "SUMMARY:Welcome call\r\n");
    const std::string exactly(75 - 8, 'x');
    CHECK(ical_line("SUMMARY", exactly) == "SUMMARY:" + exactly + "\r\n");
}

TEST_CASE("ical: long lines fold at 75 octets and unfold to the original") {
    const std::string value(200, 'a');
    const std::string folded = ical_line("DESCRIPTION", value);
    const auto lines = physical_lines(folded);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].size() == 75);
    CHECK(lines[1].size() == 75);
    CHECK(lines[1].front() == ' ');
    CHECK(unfold(folded) == "DESCRIPTION:" + value);
}

TEST_CASE("ical: folding never splits a UTF-8 character") {
    std::string value;
    for (int i = 0; i < 60; ++i) value += "åä€";  // 2, 2 and 3 octets
    const std::string folded = ical_line("SUMMARY", value);
    for (const auto& line : physical_lines(folded)) {
        CHECK(line.size() <= 75);
        // A continuation begins with the space and then a character's first byte.
        const std::size_t first = line.starts_with(' ') ? 1 : 0;
        REQUIRE(line.size() > first);
        CHECK((static_cast<unsigned char>(line[first]) & 0xC0) != 0x80);
    }
    CHECK(unfold(folded) == "SUMMARY:" + value);
}

#include "text/wrap.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("wrapping breaks at spaces and indents the lines after the first") {
    CHECK(wrap("one two three", 80) == "one two three\n");
    CHECK(wrap("one two three", 7) == "one two\nthree\n");
    CHECK(wrap("one two three", 9, "- ", "  ") == "- one two\n  three\n");
    CHECK(wrap("", 10, "- ") == "-\n");
}

TEST_CASE("width counts characters, not bytes") { CHECK(wrap("Åsa Öberg Märta", 9) == "Åsa Öberg\nMärta\n"); }

TEST_CASE("a word wider than the line is cut, so no line is wider") {
    CHECK(wrap("abcdefghij", 4) == "abcd\nefgh\nij\n");
    CHECK(wrap("x abcdefgh", 6, "", "  ") == "x\n  abcd\n  efgh\n");
    // An indent as wide as the line still makes progress, a character at a time.
    CHECK(wrap("ab", 2, "", "  ") == "ab\n");
    CHECK(wrap("a abc", 2, "", "  ") == "a\n  a\n  b\n  c\n");
}

TEST_CASE("spaces are collapsed and never trail") {
    CHECK(wrap("  one   two  ", 80) == "one two\n");
    CHECK(wrap("one two", 4) == "one\ntwo\n");
}

TEST_CASE("a number stays with the word after it") {
    CHECK(wrap("last feedback 1 Oct", 16) == "last feedback\n1 Oct\n");
    CHECK(wrap("due 8 Nov (15 days overdue)", 20) == "due 8 Nov (15 days\noverdue)\n");
    CHECK(wrap("weeks 48 49", 8) == "weeks\n48 49\n");
    CHECK(wrap("a 12", 80) == "a 12\n");
}

TEST_CASE("a date stays on one line, its year too") {
    CHECK(wrap("due 18 Mar 2026 (in 5 days)", 12) == "due\n18 Mar 2026\n(in 5 days)\n");
    CHECK(wrap("since 1 Apr 2023 2024", 16) == "since 1 Apr 2023\n2024\n");
}

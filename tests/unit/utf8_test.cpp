#include <doctest/doctest.h>

#include "text/utf8.hpp"

using namespace repjourney;

TEST_CASE("lengths and widths count characters, not bytes") {
    CHECK(utf8_length("Åsa Öberg") == 9);
    CHECK(display_width("Åsa Öberg") == 9);
    CHECK(display_width("日本") == 4);
    CHECK(display_width("e\xCC\x81") == 1);  // e + combining acute accent
}

TEST_CASE("ASCII is a column a byte, NUL none, between wider characters too") {
    using namespace std::string_literals;
    CHECK(display_width("Anna Larsson, 070-123 45 67") == 27);
    CHECK(display_width("a\0b"s) == 2);
    CHECK(display_width("tab\there") == 8);  // a control character as one column, as before
    CHECK(display_width("x日y\xCC\x81z") == 5);
    CHECK(display_width("\xFF"
                        "ab") == 3);  // an invalid byte is U+FFFD, one column
}

TEST_CASE("fitting to a width never splits a character") {
    CHECK(fit_width("Märta Jönsson", 4) == "Märt");
    CHECK(fit_width("日本語", 3) == "日");
    CHECK(fit_width("abc", 10) == "abc");
}

TEST_CASE("invalid UTF-8 is found at its first byte") {
    CHECK(find_invalid_utf8("Göteborg") == std::string_view::npos);
    CHECK(find_invalid_utf8("G\xF6teborg") == 1);                            // Latin-1 ö
    CHECK(find_invalid_utf8("ab\xC3") == 2);                                 // cut short
    CHECK(find_invalid_utf8("\xC0\xAF") == 0);                               // overlong
    CHECK(find_invalid_utf8("a\xE0\x80\xAF") == 1);                          // overlong, three bytes
    CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1);                          // a surrogate
    CHECK(find_invalid_utf8("\xF5\x80\x80\x80") == 0);                       // past U+10FFFF
    CHECK(find_invalid_utf8("\xF0\x9F\x98\x80") == std::string_view::npos);  // an emoji
}

TEST_CASE("invalid UTF-8 is found wherever it is in long ASCII text") {
    const std::string ascii(40, 'x');
    for (std::size_t at = 0; at <= ascii.size(); ++at) {
        std::string text = ascii;
        text.insert(at, "\xF6");
        CHECK(find_invalid_utf8(text) == at);
        text[at] = 'o';
        text.insert(at, "\xC3\xB6");  // a valid ö after the ASCII run
        CHECK(find_invalid_utf8(text) == std::string_view::npos);
    }
}

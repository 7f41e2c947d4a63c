#include "text/printable.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("text without controls is shown as it is") {
    CHECK(one_line("Anna Larsson") == "Anna Larsson");
    CHECK(one_line("Åsa \xc2\xa0Öberg 日本") == "Åsa \xc2\xa0Öberg 日本");  // a no-break space is text
    CHECK(visible("C:\\data\\people.yaml") == "C:\\data\\people.yaml");     // a backslash stays single
    CHECK(one_line("") == "");
}

TEST_CASE("an escape sequence is shown, not obeyed") {
    CHECK(one_line("\x1b[31mred\x1b[0m") == "\\e[31mred\\e[0m");
    CHECK(one_line("\x1b]8;;http://x\x1b\\link") == "\\e]8;;http://x\\e\\link");  // OSC 8 hyperlink
    CHECK(visible("\x1b") == "\\e");
}

TEST_CASE("C0 controls and DEL are shown as \\xNN") {
    CHECK(one_line("bell\x07") == "bell\\x07");
    CHECK(one_line("back\x08space") == "back\\x08space");
    CHECK(one_line("over\rwrite") == "over\\x0dwrite");
    CHECK(one_line("del\x7f") == "del\\x7f");
    CHECK(one_line(std::string_view{"nul\0", 4}) == "nul\\x00");
}

TEST_CASE("C1 controls are shown by their code point, the 8-bit CSI among them") {
    CHECK(one_line("C1 \xc2\x9b"
                   "31m") == "C1 \\x9b31m");
    CHECK(one_line("\xc2\x80\xc2\x9f") == "\\x80\\x9f");
    CHECK(one_line("\xc2\xa0") == "\xc2\xa0");  // U+00A0 is past the C1 range
}

TEST_CASE("bidirectional formatting characters are shown as \\uNNNN") {
    CHECK(one_line("abc\u202eevil") == "abc\\u202eevil");  // right-to-left override
    CHECK(one_line("\u2066isolate\u2069") == "\\u2066isolate\\u2069");
    CHECK(one_line("\u061c") == "\\u061c");  // Arabic letter mark
    CHECK(one_line("\u202a\u202b\u202c\u202d\u2067\u2068") == "\\u202a\\u202b\\u202c\\u202d\\u2067\\u2068");
    CHECK(one_line("\u2029\u2070") == "\u2029\u2070");  // neighbours of the ranges are text
}

TEST_CASE("bytes that are not UTF-8 are shown as \\xNN") {
    CHECK(visible("latin1-\xe5.yaml") == "latin1-\\xe5.yaml");
    CHECK(visible("\x9b") == "\\x9b");           // a lone 8-bit CSI byte
    CHECK(visible("\xc2") == "\\xc2");           // cut short
    CHECK(visible("\xe2\x80") == "\\xe2\\x80");  // cut short
    CHECK(visible("\xc0\xaf") == "\\xc0\\xaf");  // overlong
}

TEST_CASE("newlines and tabs: shown, kept or spaces, as the output needs") {
    CHECK(visible("a\nb\tc") == "a\\x0ab\\x09c");
    CHECK(visible_lines("line one\n\tline two\x1b[2J\n") == "line one\n\tline two\\e[2J\n");
    CHECK(one_line("line one\nline two\n") == "line one line two");
    CHECK(one_line("tab\there\t") == "tab here");
}

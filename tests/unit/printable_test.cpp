#include "text/printable.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("control characters become spaces, and trailing spaces go") {
    CHECK(one_line("Anna Larsson") == "Anna Larsson");
    CHECK(one_line("line one\nline two\n") == "line one line two");
    CHECK(one_line("tab\there") == "tab here");
    CHECK(one_line("\x1b[31mred") == " [31mred");
    CHECK(one_line("C1 \xc2\x9b"
                   "31m") == "C1  31m");                          // the 8-bit CSI
    CHECK(one_line("Åsa \xc2\xa0Öberg") == "Åsa \xc2\xa0Öberg");  // a no-break space is text
    CHECK(one_line("del\x7f") == "del");
}

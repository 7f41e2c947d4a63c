#include "render/markdown.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("Markdown's special characters are escaped") {
    CHECK(markdown_escaped("Anna Larsson") == "Anna Larsson");
    CHECK(markdown_escaped("*bold* _it_ [link](x) <b> `code` #1 a|b") ==
          "\\*bold\\* \\_it\\_ \\[link\\](x) \\<b\\> \\`code\\` \\#1 a\\|b");
    CHECK(markdown_escaped("- not a list") == "\\- not a list");
    CHECK(markdown_escaped("1. not numbered") == "1\\. not numbered");
    CHECK(markdown_escaped("12 people") == "12 people");
}

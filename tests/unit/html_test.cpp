#include "render/html.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("html: markup characters become references, control characters spaces") {
    CHECK(html_escape("<script>alert(\"x\")</script>") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    CHECK(html_escape("Tom & Jerry's") == "Tom &amp; Jerry&#39;s");
    CHECK(html_escape("a\001b\177c\td\ne") == "a b c\td\ne");
    CHECK(html_escape("Åsa Öberg — förtroendevald") == "Åsa Öberg — förtroendevald");
}

#include <doctest/doctest.h>

#include <stdexcept>

#include "render/csv.hpp"

using namespace repjourney;

TEST_CASE("fields are quoted only when they must be") {
    CHECK(csv_field("Märta Jönsson") == "Märta Jönsson");
    CHECK(csv_field("") == "");
    CHECK(csv_field("Larsson, Anna") == "\"Larsson, Anna\"");
    CHECK(csv_field("the \"new\" one") == "\"the \"\"new\"\" one\"");
    CHECK(csv_field("line one\nline two") == "\"line one\nline two\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_field(" spaces kept ") == " spaces kept ");
}

TEST_CASE("records end in CRLF") {
    CHECK(csv_record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
    CHECK(csv_record({""}) == "\"\"\r\n");  // not a blank line
}

TEST_CASE("a CSV document is the header and then the rows") {
    const auto csv = render_csv({"id", "name", "note"}, {{"anna-larsson", "Anna Larsson", "Good start"},
                                                         {"asa-oberg", "Åsa Öberg", "Said \"yes\", gladly"}});
    CHECK(csv ==
          "id,name,note\r\n"
          "anna-larsson,Anna Larsson,Good start\r\n"
          "asa-oberg,Åsa Öberg,\"Said \"\"yes\"\", gladly\"\r\n");
    CHECK(render_csv({"id"}, {}) == "id\r\n");
    CHECK_THROWS_AS(render_csv({"id", "name"}, {{"only-id"}}), std::invalid_argument);
}

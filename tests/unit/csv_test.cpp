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

TEST_CASE("a cell a spreadsheet would take for a formula gets a leading quote") {
    CHECK(csv_cell_text("=HYPERLINK(\"http://x\")", CsvCells::guarded) == "'=HYPERLINK(\"http://x\")");
    CHECK(csv_cell_text("+1 555", CsvCells::guarded) == "'+1 555");
    CHECK(csv_cell_text("-2+3", CsvCells::guarded) == "'-2+3");
    CHECK(csv_cell_text("@SUM(A1)", CsvCells::guarded) == "'@SUM(A1)");
    CHECK(csv_cell_text("\t=1", CsvCells::guarded) == "'\t=1");
    CHECK(csv_cell_text("\r=1", CsvCells::guarded) == "'\r=1");
    // Only the first character counts; a lone trigger is guarded too.
    CHECK(csv_cell_text("Anna =1", CsvCells::guarded) == "Anna =1");
    CHECK(csv_cell_text(" =1", CsvCells::guarded) == " =1");
    CHECK(csv_cell_text("-", CsvCells::guarded) == "'-");
    CHECK(csv_cell_text("", CsvCells::guarded) == "");
}

TEST_CASE("a plain number is never guarded: computed numbers stay numbers") {
    for (const char* number : {"-12", "0", "42", "-1.5", "0.25"})
        CHECK(csv_cell_text(number, CsvCells::guarded) == number);
    // Not plain numbers: guarded.
    for (const char* text : {"-1e5", "-1.", "-.5", "+", "+3", "+46701234567", "-1,5", "--1", "-0x10", "-1 "})
        CHECK(csv_cell_text(text, CsvCells::guarded) == "'" + std::string{text});
}

TEST_CASE("raw cells are left as they are, for programs") {
    for (const char* text : {"=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
        CHECK(csv_cell_text(text, CsvCells::raw) == text);
}

TEST_CASE("a guarded cell is then quoted as RFC 4180 asks") {
    CHECK(csv_record({"=HYPERLINK(\"http://x\")", "\rx", "-12", "\tx"}, CsvCells::guarded) ==
          "\"'=HYPERLINK(\"\"http://x\"\")\",\"'\rx\",-12,'\tx\r\n");
    CHECK(csv_record({"=1+1", "-12"}, CsvCells::raw) == "=1+1,-12\r\n");
    // render_csv guards by default, so that a new CSV output is safe without asking.
    CHECK(render_csv({"name"}, {{"@cmd"}}) == "name\r\n'@cmd\r\n");
    CHECK(render_csv({"name"}, {{"@cmd"}}, CsvCells::raw) == "name\r\n@cmd\r\n");
}

TEST_CASE("Excel's dialect: a byte order mark, ';' between cells, CRLF; a ';' in a cell is quoted, a ',' is not") {
    const CsvStyle excel{CsvCells::guarded, CsvDialect::excel};
    CHECK(render_csv({"id", "note"}, {{"åsa-oberg", "Larsson, Anna; sekreterare"}}, excel) ==
          "\xEF\xBB\xBFid;note\r\n"
          "åsa-oberg;\"Larsson, Anna; sekreterare\"\r\n");
    CHECK(render_csv({"id", "note"}, {{"a", "=1+1"}}, excel) == "\xEF\xBB\xBFid;note\r\na;'=1+1\r\n");
    CHECK(render_csv({"id"}, {}, CsvStyle{}) == "id\r\n");  // RFC 4180 has no mark
}

#include <doctest/doctest.h>

#include "render/sheet.hpp"

using namespace repjourney;

TEST_CASE("a sheet's CSV has the columns' ids as its header, its workbook headings are in the language") {
    const auto columns = sheet_columns(Language::sv, {{"rep", Msg::col_id},
                                                      {"name", Msg::heading_name},
                                                      {"next_due", Msg::col_due, CellType::date},
                                                      {"days_overdue", Msg::col_days_overdue, CellType::number}});
    REQUIRE(columns.size() == 4);
    CHECK(columns[1].heading == "Namn");
    CHECK(columns[2].heading == "Senast");
    CHECK(columns[2].type == CellType::date);
    CHECK(columns[3].type == CellType::number);
    CHECK(columns[0].type == CellType::text);
    const Sheet sheet{"Återkoppling", columns, {{"anna", "Anna Öberg", "2026-11-30", ""}}};
    CHECK(render_sheet_csv(sheet, CsvStyle{}) ==
          "rep,name,next_due,days_overdue\r\n"
          "anna,Anna Öberg,2026-11-30,\r\n");
}

TEST_CASE("in Excel's dialect a number column's decimals have a decimal comma, and nothing else changes") {
    const auto columns = sheet_columns(Language::sv, {{"name", Msg::heading_name},
                                                      {"share", Msg::col_people, CellType::number},
                                                      {"count", Msg::col_people, CellType::number}});
    const Sheet sheet{"Andelar", columns, {{"A.B. Svensson", "0.875", "12"}, {"Bo", "", "-3"}}};
    CHECK(render_sheet_csv(sheet, CsvStyle{CsvCells::guarded, CsvDialect::excel}) ==
          "\xEF\xBB\xBFname;share;count\r\n"
          "A.B. Svensson;0,875;12\r\n"
          "Bo;;-3\r\n");
    CHECK(render_sheet_csv(sheet, CsvStyle{}) == "name,share,count\r\nA.B. Svensson,0.875,12\r\nBo,,-3\r\n");
}

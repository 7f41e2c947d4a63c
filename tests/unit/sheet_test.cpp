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

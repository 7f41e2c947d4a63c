#pragma once
// A report as a sheet of typed cells: one description of its columns serves CSV (the ids, for programs)
// and the workbook of `export xlsx` (the headings in the report's language, and each cell's type).

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"
#include "render/csv.hpp"
#include "render/i18n.hpp"

namespace repjourney {

// What a column holds, so that a spreadsheet can sort and sum it: text, an ISO date, or a number
// as C writes it ("12", "0.875"). An empty cell is empty whatever the type.
enum class CellType { text, date, number };

struct SheetColumn {
    std::string id;       // CSV's header, the same in every language
    std::string heading;  // the workbook's, in the report's language
    CellType type = CellType::text;
};

struct Sheet {
    std::string name;  // the workbook's sheet name, in the report's language (at most 31 characters)
    std::vector<SheetColumn> columns;
    std::vector<std::vector<std::string>> rows;  // as many cells as columns
};

// A column as a report's table of columns writes it: its id, its heading's message and its type.
struct ColumnWords {
    std::string_view id;
    Msg heading;
    CellType type = CellType::text;
};

// The columns, their headings in the language.
std::vector<SheetColumn> sheet_columns(Language language, std::initializer_list<ColumnWords> columns);

// The sheet as CSV: the ids as header, then the rows (render_csv).
std::string render_sheet_csv(const Sheet& sheet, CsvStyle style);

// A date cell's text: the ISO date, or an empty cell when there is none.
std::string iso_or_empty(const std::optional<Date>& date);

}  // namespace repjourney

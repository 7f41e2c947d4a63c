#pragma once
// The sheet's rows as typed values, each with the cell it came from, and every problem a row has
// on its own (what needs the data, such as whether a role exists, is the import's to check).
//
// - A cell is trimmed of spaces, tabs and no-break spaces; an empty one gives nothing.
// - id, coordinator and role are ids ([a-z0-9][a-z0-9_-]*); born a year of four digits; start
//   and end real calendar dates written YYYY-MM-DD (what Swedish Excel writes; other
//   spellings, such as 3/1/2025 or 01.03.2025, are refused, not guessed); email one address.
// - A cell holding a line break or another control character, or U+FFFD (a character lost in
//   decoding), is refused: each of these fields is one line of text.
// - Within the row: end needs start and is not before it; start and workplace need a role;
//   a role needs a start. --role and --start give every row one (SheetDefaults). The row must
//   say who it is: an id, a name or an e-mail address.
// - A cell after the header's last column must be empty.
// A cell with a problem is left out of its row; the row is kept, so the import can check the
// rest of it. Nothing is to be written while there is a problem.

#include <optional>
#include <string>
#include <vector>

#include "import/column_map.hpp"
#include "import/csv_reader.hpp"
#include "import/import_problem.hpp"
#include "model/date.hpp"

namespace repjourney {

// A value and the cell it came from, for messages about it: FILE.csv:ROW:COLUMN.
template <typename T>
struct SheetCell {
    T value{};
    int row = 0;
    int column = 0;  // 1-based

    bool operator==(const SheetCell&) const = default;
};

struct SheetRow {
    int row = 0;
    std::optional<SheetCell<std::string>> id, name, email, phone, branch, coordinator, role, workplace;
    std::optional<SheetCell<int>> born;
    std::optional<SheetCell<Date>> start, end;
};

// Whether --role ROLE and --start DATE were given: a row without its own role or start takes
// theirs, so it does not lack one.
struct SheetDefaults {
    bool role = false;
    bool start = false;
};

struct SheetRows {
    std::vector<SheetRow> rows;  // one for each of table.rows, in order
    std::vector<ImportProblem> problems;
};

SheetRows read_sheet_rows(const CsvTable& table, const ColumnMap& map, SheetDefaults defaults = {});

}  // namespace repjourney

#pragma once
// Which column of a sheet gives which field of a representative: by the header's names in
// English or Swedish, or as --map FIELD=COLUMN says.
//
// - Header names match case-insensitively (Å, Ä, Ö, É and the other Latin-1 letters too) and
//   without surrounding blanks. Each field's names:
//     id           id
//     name         name, namn
//     email        email, e-mail, e-post, epost
//     phone        phone, mobile, telefon, mobil
//     branch       branch, avdelning, ort
//     coordinator  coordinator, samordnare
//     born         born, född, födelseår
//     role         role, uppdrag, roll
//     start        start, från
//     end          end, slut, till
//     workplace    workplace, arbetsplats
// - --map FIELD=COLUMN comes first: COLUMN is a header name (matched as above) or, when it is
//   all digits, a column number counting from 1 (so a column without a name, or one of two
//   with the same name, can be chosen). A field it maps is not matched by name, and a column it
//   uses gives no other field.
// - Every other column is ignored, and listed unless its header cell is empty.
//
// Problems: an unknown FIELD (with a did-you-mean), a --map that is not FIELD=COLUMN, a COLUMN
// that is not in the header (or names two columns), a field or a column mapped twice, two
// columns whose names give the same field, and a sheet with no column that says who a row is:
// it needs `id`, `name` or `email`, the three ways a row finds its representative (a row with
// only an e-mail address can update the person who has it).

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/csv_reader.hpp"
#include "import/import_problem.hpp"

namespace repjourney {

enum class SheetField { id, name, email, phone, branch, coordinator, born, role, start, end, workplace };
constexpr std::size_t sheet_field_count = 11;

// The field's name as --map and the messages write it: "id", "name", "email", ...
std::string_view field_name(SheetField field);
// The field called name (case-insensitively), if one is.
std::optional<SheetField> field_named(std::string_view name);

struct IgnoredColumn {
    int column = 0;    // 1-based
    std::string name;  // as the header writes it, trimmed

    bool operator==(const IgnoredColumn&) const = default;
};

struct ColumnMap {
    // Each field's 1-based column; 0 when no column gives it.
    std::array<int, sheet_field_count> columns{};
    std::vector<IgnoredColumn> ignored;  // in the sheet's order
    std::vector<ImportProblem> problems;

    int column_of(SheetField field) const { return columns[static_cast<std::size_t>(field)]; }
    bool has(SheetField field) const { return column_of(field) != 0; }
};

// The map for header (the header record of read_csv) and the --map options, each "FIELD=COLUMN"
// as given. Problems with an option are at row 0, problems with the header at its row.
ColumnMap map_columns(const CsvRecord& header, const std::vector<std::string>& map_options = {});

}  // namespace repjourney

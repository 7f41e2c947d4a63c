#include "render/sheet.hpp"

namespace repjourney {

std::vector<SheetColumn> sheet_columns(Language language, std::initializer_list<ColumnWords> columns) {
    std::vector<SheetColumn> result;
    result.reserve(columns.size());
    for (const ColumnWords& column : columns)
        result.push_back({std::string{column.id}, tr(language, column.heading), column.type});
    return result;
}

std::string render_sheet_csv(const Sheet& sheet, CsvStyle style) {
    std::vector<std::string> header;
    header.reserve(sheet.columns.size());
    for (const SheetColumn& column : sheet.columns) header.push_back(column.id);
    return render_csv(header, sheet.rows, style);
}

std::string iso_or_empty(const std::optional<Date>& date) { return date ? date->iso() : std::string{}; }

}  // namespace repjourney

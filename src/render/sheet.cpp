#include "render/sheet.hpp"

#include <algorithm>

namespace repjourney {

std::vector<SheetColumn> sheet_columns(Language language, std::initializer_list<ColumnWords> columns) {
    std::vector<SheetColumn> result;
    result.reserve(columns.size());
    for (const ColumnWords& column : columns)
        result.push_back({std::string{column.id}, tr(language, column.heading), column.type});
    return result;
}

namespace {

// Excel reads ';'-separated files in locales whose decimal sign is a comma: there "0.875" is text, or a date.
std::vector<std::vector<std::string>> with_decimal_commas(const Sheet& sheet) {
    std::vector<std::vector<std::string>> rows = sheet.rows;
    for (auto& row : rows)
        for (std::size_t c = 0; c < row.size() && c < sheet.columns.size(); ++c)
            if (sheet.columns[c].type == CellType::number) std::replace(row[c].begin(), row[c].end(), '.', ',');
    return rows;
}

}  // namespace

std::string render_sheet_csv(const Sheet& sheet, CsvStyle style) {
    std::vector<std::string> header;
    header.reserve(sheet.columns.size());
    for (const SheetColumn& column : sheet.columns) header.push_back(column.id);
    if (style.dialect == CsvDialect::excel) return render_csv(header, with_decimal_commas(sheet), style);
    return render_csv(header, sheet.rows, style);
}

std::string iso_or_empty(const std::optional<Date>& date) { return date ? date->iso() : std::string{}; }

}  // namespace repjourney

#include "render/csv.hpp"

#include <iterator>
#include <stdexcept>

#include "text/formula_guard.hpp"

namespace repjourney {

std::string csv_cell_text(std::string_view text, CsvCells cells) {
    return cells == CsvCells::guarded ? guarded_cell(text) : std::string{text};
}

std::string csv_field(std::string_view text, char separator) {
    const char special[] = {separator, '"', '\r', '\n'};
    if (text.find_first_of(std::string_view{special, std::size(special)}) == std::string_view::npos)
        return std::string{text};
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_record(const std::vector<std::string>& fields, CsvCells cells, char separator) {
    // A lone empty field would be a blank line, which readers skip: quote it, as Python's csv does.
    if (fields.size() == 1 && fields[0].empty()) return "\"\"\r\n";
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += separator;
        line += csv_field(csv_cell_text(fields[i], cells), separator);
    }
    line += "\r\n";
    return line;
}

std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       CsvStyle style) {
    const bool excel = style.dialect == CsvDialect::excel;
    const char separator = excel ? ';' : ',';
    std::string out = excel ? "\xEF\xBB\xBF" : "";
    out += csv_record(header, style.cells, separator);
    for (const auto& row : rows) {
        if (row.size() != header.size()) throw std::invalid_argument("CSV row and header differ in number of fields");
        out += csv_record(row, style.cells, separator);
    }
    return out;
}

std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       CsvCells cells) {
    return render_csv(header, rows, CsvStyle{cells});
}

}  // namespace repjourney

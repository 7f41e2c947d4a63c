#include "render/csv.hpp"

#include <iterator>
#include <stdexcept>

namespace repjourney {

namespace {
// ^-?[0-9]+(\.[0-9]+)?$: the numbers we compute. A leading '+' is guarded even before digits, as OWASP lists it.
bool is_plain_number(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    const auto digits = [](std::string_view part) {
        return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const auto point = text.find('.');
    if (point == std::string_view::npos) return digits(text);
    return digits(text.substr(0, point)) && digits(text.substr(point + 1));
}

bool looks_like_formula(std::string_view text) {
    return !text.empty() && std::string_view{"=+-@\t\r"}.find(text.front()) != std::string_view::npos &&
           !is_plain_number(text);
}
}  // namespace

std::string csv_cell_text(std::string_view text, CsvCells cells) {
    if (cells == CsvCells::guarded && looks_like_formula(text)) return "'" + std::string{text};
    return std::string{text};
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

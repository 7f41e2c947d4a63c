#include "render/csv.hpp"

#include <stdexcept>

namespace repjourney {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string{text};
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string csv_record(const std::vector<std::string>& fields) {
    // A lone empty field would be a blank line, which readers skip: quote it, as Python's csv does.
    if (fields.size() == 1 && fields[0].empty()) return "\"\"\r\n";
    std::string line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) line += ',';
        line += csv_field(fields[i]);
    }
    line += "\r\n";
    return line;
}

std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
    std::string out = csv_record(header);
    for (const auto& row : rows) {
        if (row.size() != header.size()) throw std::invalid_argument("CSV row and header differ in number of fields");
        out += csv_record(row);
    }
    return out;
}

}  // namespace repjourney

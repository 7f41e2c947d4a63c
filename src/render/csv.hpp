#pragma once
// CSV for spreadsheets and scripts, per RFC 4180: a header row, then the rows; UTF-8 as is.
// Lines end in CRLF, as the RFC specifies: Excel and LibreOffice read it, Python's csv module
// writes it by default, and most Unix tools that split on LF merely see a trailing CR.

#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// The field as CSV: quoted, with its quotes doubled, when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);

// The fields joined by commas, ending in CRLF.
std::string csv_record(const std::vector<std::string>& fields);

// The header record and then every row. Each row must have as many fields as the header
// (std::invalid_argument otherwise): the RFC asks for it, and a short row would shift columns.
std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

}  // namespace repjourney

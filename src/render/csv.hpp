#pragma once
// CSV for spreadsheets and scripts, per RFC 4180: a header row, then the rows; UTF-8 as is.
// Lines end in CRLF, as the RFC specifies: Excel and LibreOffice read it, Python's csv module
// writes it by default, and most Unix tools that split on LF merely see a trailing CR.

#include <string>
#include <string_view>
#include <vector>

namespace repjourney {

// What happens to a cell a spreadsheet would take for a formula ("CSV injection": a name such as
// =HYPERLINK("http://x") that whoever can write the data planted, run when an organiser opens the file).
enum class CsvCells {
    // As OWASP recommends: a cell that begins with '=', '+', '-', '@', a tab or a CR gets a leading "'", which
    // spreadsheets read as "this is text" (and hide). A plain number (-12, 1.5) is left alone: the days
    // overdue and counts we compute must stay numbers, and a number is never a formula.
    guarded,
    raw,  // every cell as it is: for programs (--csv-raw)
};

// Who opens the file: programs and most spreadsheets (RFC 4180: ',' and CRLF), or Excel in a locale
// whose decimal sign is a comma, such as Swedish, which reads a comma-separated file as one column
// and UTF-8 without a byte order mark as Windows-1252 (--excel: ';', a UTF-8 BOM and CRLF).
enum class CsvDialect { rfc4180, excel };

struct CsvStyle {
    CsvCells cells = CsvCells::guarded;
    CsvDialect dialect = CsvDialect::rfc4180;
};

// The cell's text as written: with a leading "'" when it is guarded and looks like a formula.
std::string csv_cell_text(std::string_view text, CsvCells cells);

// The field as CSV: quoted, with its quotes doubled, when it holds the separator, a quote, CR or LF.
std::string csv_field(std::string_view text, char separator = ',');

// The fields, guarded as cells says, joined by the separator, ending in CRLF.
std::string csv_record(const std::vector<std::string>& fields, CsvCells cells = CsvCells::guarded,
                       char separator = ',');

// The header record and then every row. Each row must have as many fields as the header
// (std::invalid_argument otherwise): the RFC asks for it, and a short row would shift columns.
// Guarded unless asked otherwise, so that every CSV output is.
// In the Excel dialect the document begins with the byte order mark.
std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       CsvStyle style = {});
std::string render_csv(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows,
                       CsvCells cells);

}  // namespace repjourney

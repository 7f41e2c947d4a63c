#pragma once
// CSV as spreadsheets write it (RFC 4180, read leniently where Excel and LibreOffice differ from
// it): records of fields, with the row each record is on, so that problems can name the cell.
//
// - The separator is ',', ';' or a tab: whichever occurs most often outside quotes in the header
//   (the first record with a cell that is not empty). A tie goes to the tab, then ';': a header
//   cell may well hold a comma ("Namn, förnamn"), a semicolon less often, a tab never; and ';' is
//   what Swedish Excel writes. A header with none of them is one column: then no character
//   separates fields, so a cell "Larsson, Anna" of a one-column sheet stays one cell.
// - A field in double quotes may hold separators, line breaks and doubled quotes ("" for ").
//   Blanks before its opening and after its closing quote are ignored. A quote inside an unquoted
//   field is kept as it is.
// - Records end in CRLF, LF or a lone CR (old Mac Excel). A line break inside quotes becomes LF,
//   whichever it was. The last record may end without one.
// - Spaces and tabs around an unquoted field are removed; a quoted field is kept as written.
// - Rows whose fields are all empty (a blank line; Excel's ";;;" for an empty row) are skipped,
//   but they count: row numbers are those the spreadsheet shows.
//
// Problems (each reported where it is, and reading goes on): a quote that is never closed, text
// after a closing quote, a NUL byte.

#include <string>
#include <string_view>
#include <vector>

#include "import/import_problem.hpp"

namespace repjourney {

struct CsvRecord {
    int row = 0;  // 1-based, as ImportProblem counts
    std::vector<std::string> fields;

    bool operator==(const CsvRecord&) const = default;
};

struct CsvTable {
    char separator = ',';         // ',', ';' or '\t'; '\0' when the header is a single column
    CsvRecord header;             // no fields when the text holds no record with a cell that is not empty
    std::vector<CsvRecord> rows;  // the records after the header, without those whose fields are all empty
    std::vector<ImportProblem> problems;
};

// The separator the header of text uses, by the rule above.
char detect_separator(std::string_view text);

// The records of UTF-8 text (see decode_csv_bytes).
CsvTable read_csv(std::string_view text);

}  // namespace repjourney

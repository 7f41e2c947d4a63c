#pragma once
// A problem in a sheet being imported, where a spreadsheet user finds it: the row as the
// spreadsheet numbers it and the column as a field number. Every step of the import collects
// these and goes on, so that one run reports every problem of the sheet.

#include <string>
#include <string_view>

#include "diagnostics/message.hpp"

namespace repjourney {

struct ImportProblem {
    // 1-based record number, row 1 the header. Every record counts, the empty ones skipped too,
    // so the number is the row a spreadsheet shows. 0: not in the file (a --map option).
    int row = 0;
    // 1-based field number; 0 when the problem is the sheet's as a whole (it names no column).
    int column = 0;
    Message message;

    // The same place and the same words (whether given by the catalogue or as text).
    bool operator==(const ImportProblem& other) const {
        return row == other.row && column == other.column && message.english() == other.message.english();
    }
};

// "FILE:ROW:COLUMN: error: MESSAGE" (without a newline); "FILE:ROW: error: MESSAGE" for a whole
// row or sheet; "repjourney: error: MESSAGE" for a problem of the command line.
// The label and message in the language.
std::string format_import_problem(std::string_view file, const ImportProblem& problem,
                                  Language language = Language::en);

}  // namespace repjourney

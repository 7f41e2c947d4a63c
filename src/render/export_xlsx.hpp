#pragma once
// `export xlsx`: the reports as one workbook, a sheet each, for organisers and boards who live in Excel.

#include <string>
#include <vector>

#include "render/export_data.hpp"
#include "render/sheet.hpp"

namespace repjourney {

// The workbook's sheets, in order: status, feedback, terms, recognition suggestions, retention.
std::vector<Sheet> export_sheets(const ExportData& exported);

// Writes the sheets as a workbook to path: libxlsxwriter writes to a path, never to a stream, so the
// caller chooses a scratch file and delivers it. Each sheet's header row is frozen and filtered, dates are
// date cells, numbers numbers, and each column as wide as its widest cell. Throws Error(exit_cant_create).
void write_xlsx(const std::vector<Sheet>& sheets, const std::string& path);

}  // namespace repjourney

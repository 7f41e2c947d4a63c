#pragma once
// `export xlsx`: the reports as one workbook, a sheet each, for organisers and boards who live in Excel.

#include <string>

#include "render/export_data.hpp"

namespace repjourney {

// Writes the workbook to path, a sheet each for status, feedback, terms, recognition suggestions, retention
// and seats: libxlsxwriter writes to a path, never to a stream, so the caller chooses a scratch file and
// delivers it. Each sheet's header row is frozen and filtered, dates are date cells, numbers numbers, and each
// column as wide as its widest cell. Throws Error(exit_cant_create).
void write_xlsx(const ExportData& exported, const std::string& path);

}  // namespace repjourney

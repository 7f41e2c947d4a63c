#include "render/export_xlsx.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "render/feedback_report.hpp"
#include "render/recognize_report.hpp"
#include "render/retention_report.hpp"
#include "render/sheet.hpp"
#include "render/status_report.hpp"
#include "render/terms_report.hpp"
#include "render/vacancies_report.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
using SheetBuilder = Sheet (*)(const ExportData&);

// The workbook's sheets: adding a report to it is adding its builder here.
constexpr SheetBuilder sheet_builders[] = {
    [](const ExportData& e) { return status_sheet(e.statuses, e.language); },
    [](const ExportData& e) { return feedback_sheet(e.feedback, e.language); },
    [](const ExportData& e) { return terms_sheet(e.findings.terms, e.language); },
    [](const ExportData& e) { return recognize_sheet(e.suggestions, e.snapshot.as_of(), e.language); },
    [](const ExportData& e) { return retention_sheet(e.retention, e.snapshot.model().organisation, e.language); },
    [](const ExportData& e) { return vacancies_sheet(e.findings.seats, e.language); },
};

// Excel's widths count characters of its default font; the filter's button takes about two more in a heading.
constexpr double filter_button = 3;
constexpr double max_width = 60;  // a long reason wraps nowhere; past this, the cell shows what fits

lxw_datetime datetime_of(const std::string& iso) {
    const std::optional<Date> date = Date::parse(iso);
    if (!date) return lxw_datetime{};
    const auto ymd = date->ymd();
    return lxw_datetime{static_cast<int>(ymd.year()),
                        static_cast<int>(static_cast<unsigned>(ymd.month())),
                        static_cast<int>(static_cast<unsigned>(ymd.day())),
                        0,
                        0,
                        0};
}

struct Workbook {
    lxw_workbook* book;
    std::string path;

    Workbook(lxw_workbook* opened, std::string where) : book(opened), path(std::move(where)) {}
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;
    ~Workbook() {
        if (book) workbook_close(book);  // after an error: frees it; the caller removes the file
    }

    void check(lxw_error error) const {
        if (error != LXW_NO_ERROR)
            throw Error(exit_cant_create, Message{MessageId::cannot_write, path, std::string{lxw_strerror(error)}});
    }
    void close() {
        lxw_workbook* closing = book;
        book = nullptr;
        check(workbook_close(closing));
    }
};

void write_sheet(const Workbook& workbook, const Sheet& sheet, lxw_format* heading, lxw_format* date) {
    lxw_worksheet* worksheet = workbook_add_worksheet(workbook.book, sheet.name.c_str());
    if (!worksheet) workbook.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    std::vector<double> widths;
    for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
        const SheetColumn& column = sheet.columns[c];
        const auto col = static_cast<lxw_col_t>(c);
        workbook.check(worksheet_write_string(worksheet, 0, col, column.heading.c_str(), heading));
        widths.push_back(static_cast<double>(display_width(column.heading)) + filter_button);
    }
    for (std::size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < sheet.columns.size(); ++c) {
            const std::string& cell = sheet.rows[r].at(c);
            if (cell.empty()) continue;
            const auto col = static_cast<lxw_col_t>(c);
            switch (sheet.columns[c].type) {
                case CellType::date: {
                    lxw_datetime when = datetime_of(cell);
                    workbook.check(worksheet_write_datetime(worksheet, row, col, &when, date));
                    break;
                }
                case CellType::number:
                    workbook.check(
                        worksheet_write_number(worksheet, row, col, std::strtod(cell.c_str(), nullptr), nullptr));
                    break;
                case CellType::text:
                    workbook.check(worksheet_write_string(worksheet, row, col, cell.c_str(), nullptr));
                    break;
            }
            widths[c] = std::max(widths[c], static_cast<double>(display_width(cell)));
        }
    }
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        workbook.check(worksheet_set_column(worksheet, col, col, std::min(widths[c] + 1, max_width), nullptr));
    }
    worksheet_freeze_panes(worksheet, 1, 0);
    const auto last_column = static_cast<lxw_col_t>(sheet.columns.empty() ? 0 : sheet.columns.size() - 1);
    workbook.check(worksheet_autofilter(worksheet, 0, 0, static_cast<lxw_row_t>(sheet.rows.size()), last_column));
}
}  // namespace

void write_xlsx(const ExportData& exported, const std::string& path) {
    // Each row goes to a temporary file as the next begins, rather than every cell staying in memory until
    // the workbook closes: 50,000 people are a million cells. Texts are then stored in their cells
    // (inline strings) instead of a table of shared strings, which every reader shows alike.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    Workbook workbook{workbook_new_opt(path.c_str(), &options), path};
    if (!workbook.book) workbook.check(LXW_ERROR_CREATING_XLSX_FILE);
    lxw_format* heading = workbook_add_format(workbook.book);
    format_set_bold(heading);
    lxw_format* date = workbook_add_format(workbook.book);
    format_set_num_format(date, "yyyy-mm-dd");
    // One sheet's texts at a time: libxlsxwriter keeps its own copy of every cell until the workbook closes.
    for (const SheetBuilder build : sheet_builders) write_sheet(workbook, build(exported), heading, date);
    workbook.close();
}

}  // namespace repjourney

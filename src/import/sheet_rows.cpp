#include "import/sheet_rows.hpp"

#include <algorithm>

#include "import/person_id.hpp"
#include "load/fields.hpp"
#include "text/mail_address.hpp"
#include "text/printable.hpp"

namespace repjourney {

namespace {
constexpr std::string_view no_break_space = "\xC2\xA0";
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

std::string_view trim_cell(std::string_view text) {
    while (true) {
        if (text.starts_with(' ') || text.starts_with('\t')) {
            text.remove_prefix(1);
        } else if (text.ends_with(' ') || text.ends_with('\t')) {
            text.remove_suffix(1);
        } else if (text.starts_with(no_break_space)) {
            text.remove_prefix(no_break_space.size());
        } else if (text.ends_with(no_break_space)) {
            text.remove_suffix(no_break_space.size());
        } else {
            return text;
        }
    }
}

// A C0 control (a line break, a tab), DEL or a C1 control (U+0080..U+009F, C2 80..C2 9F).
bool has_control_character(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) return true;
    }
    return false;
}

bool is_four_digits(std::string_view text) {
    return text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string in_quotes(std::string_view text) { return "'" + visible(text) + "'"; }

// Reads one record after another into SheetRows, reporting at the cells.
class RowReader {
public:
    RowReader(const CsvTable& table, const ColumnMap& map, SheetDefaults defaults, std::vector<ImportProblem>& problems)
        : header_(table.header), map_(map), defaults_(defaults), problems_(problems) {}

    SheetRow read(const CsvRecord& record) {
        SheetRow row;
        row.row = record.row;
        row.id = id_cell(record, SheetField::id);
        row.name = text_cell(record, SheetField::name);
        row.email = email_cell(record);
        row.phone = text_cell(record, SheetField::phone);
        row.branch = text_cell(record, SheetField::branch);
        row.coordinator = id_cell(record, SheetField::coordinator);
        row.born = year_cell(record);
        row.role = id_cell(record, SheetField::role);
        row.start = date_cell(record, SheetField::start);
        row.end = date_cell(record, SheetField::end);
        row.workplace = text_cell(record, SheetField::workplace);
        check_cells_past_header(record);
        check_row(record, row);
        return row;
    }

private:
    // The field's cell in record, trimmed; empty when the sheet or the record has none.
    std::string_view cell(const CsvRecord& record, SheetField field) const {
        const int column = map_.column_of(field);
        if (column == 0 || column > static_cast<int>(record.fields.size())) return {};
        return trim_cell(record.fields[column - 1]);
    }
    bool given(const CsvRecord& record, SheetField field) const { return !cell(record, field).empty(); }

    // "start (column 'Från')": the field and where the sheet has it.
    std::string label(SheetField field) const {
        const int column = map_.column_of(field);
        const auto header_name = column <= static_cast<int>(header_.fields.size())
                                     ? trim_cell(header_.fields[column - 1])
                                     : std::string_view{};
        const std::string where =
            header_name.empty() ? "column " + std::to_string(column) : "column " + in_quotes(header_name);
        return std::string{field_name(field)} + " (" + where + ")";
    }

    void report(const CsvRecord& record, SheetField field, std::string message) {
        problems_.push_back({record.row, map_.column_of(field), std::move(message)});
    }

    std::optional<SheetCell<std::string>> text_cell(const CsvRecord& record, SheetField field) {
        const auto text = cell(record, field);
        if (text.empty()) return std::nullopt;
        if (text.find(replacement_character) != std::string_view::npos) {
            report(record, field,
                   label(field) +
                       " holds U+FFFD, the mark of a character lost in an earlier conversion: save the "
                       "sheet as \"CSV UTF-8\" and import it again");
            return std::nullopt;
        }
        if (has_control_character(text)) {
            report(record, field,
                   label(field) + " holds a line break or another control character: write it on one line");
            return std::nullopt;
        }
        return SheetCell<std::string>{std::string{text}, record.row, map_.column_of(field)};
    }

    std::optional<SheetCell<std::string>> id_cell(const CsvRecord& record, SheetField field) {
        auto text = text_cell(record, field);
        if (!text || is_valid_id(text->value)) return text;
        const std::string suggestion = id_from_name(text->value);
        report(record, field,
               "invalid id " + in_quotes(text->value) + " for " + label(field) +
                   ": use lower-case letters a-z, digits, '-' and '_', starting with a letter or digit" +
                   (suggestion.empty() ? "" : " (did you mean " + in_quotes(suggestion) + "?)"));
        return std::nullopt;
    }

    std::optional<SheetCell<std::string>> email_cell(const CsvRecord& record) {
        auto text = text_cell(record, SheetField::email);
        if (!text || is_mail_address(text->value)) return text;
        report(record, SheetField::email,
               "invalid e-mail address " + in_quotes(text->value) + " for " + label(SheetField::email) +
                   ": write one address such as name@example.org");
        return std::nullopt;
    }

    std::optional<SheetCell<int>> year_cell(const CsvRecord& record) {
        const auto text = text_cell(record, SheetField::born);
        if (!text) return std::nullopt;
        const std::string& t = text->value;
        if (is_four_digits(t) && is_supported_year(std::stoi(t)))
            return SheetCell<int>{std::stoi(t), text->row, text->column};
        report(record, SheetField::born,
               "invalid year " + in_quotes(t) + " for " + label(SheetField::born) + ": " +
                   (is_four_digits(t) ? year_range_rule() : "write four digits, such as 1997"));
        return std::nullopt;
    }

    std::optional<SheetCell<Date>> date_cell(const CsvRecord& record, SheetField field) {
        const auto text = text_cell(record, field);
        if (!text) return std::nullopt;
        if (const auto date = Date::parse(text->value)) return SheetCell<Date>{*date, text->row, text->column};
        report(record, field,
               "invalid date " + in_quotes(text->value) + " for " + label(field) + ": " +
                   year_out_of_range(text->value)
                       .value_or("write a real calendar date as YYYY-MM-DD, such as 2025-03-01"));
        return std::nullopt;
    }

    void check_cells_past_header(const CsvRecord& record) {
        const auto width = header_.fields.size();
        for (std::size_t i = width; i < record.fields.size(); ++i) {
            if (trim_cell(record.fields[i]).empty()) continue;
            problems_.push_back({record.row, static_cast<int>(i) + 1,
                                 "a cell after the header's last column (" + std::to_string(width) +
                                     "): give the column a name in the header, or empty the cell"});
            return;  // one is enough to show what is wrong with the row
        }
    }

    // What the fields need of each other. A cell that is there but invalid counts as given:
    // its own problem is the one to report.
    void check_row(const CsvRecord& record, const SheetRow& row) {
        const bool role = given(record, SheetField::role) || defaults_.role;
        const bool start = given(record, SheetField::start) || defaults_.start;
        if (row.start && row.end && row.end->value < row.start->value)
            report(
                record, SheetField::end,
                "the assignment ends (" + row.end->value.iso() + ") before it starts (" + row.start->value.iso() + ")");
        if (given(record, SheetField::end) && !start)
            report(record, SheetField::end, "an end date needs a start date in the row (or --start DATE)");
        if (given(record, SheetField::start) && !role)
            report(record, SheetField::start, "a start date needs a role in the row (or --role ROLE)");
        if (given(record, SheetField::role) && !start)
            report(record, SheetField::role, "a role needs a start date in the row (or --start DATE)");
        if (given(record, SheetField::workplace) && !role)
            report(record, SheetField::workplace,
                   "a workplace is an assignment's: it needs a role in the row (or --role ROLE)");
        check_says_who(record);
    }

    void check_says_who(const CsvRecord& record) {
        const SheetField who[] = {SheetField::name, SheetField::id, SheetField::email};
        if (std::any_of(std::begin(who), std::end(who), [&](SheetField f) { return given(record, f); })) return;
        const auto mapped = std::find_if(std::begin(who), std::end(who), [&](SheetField f) { return map_.has(f); });
        if (mapped == std::end(who)) return;  // map_columns has reported the sheet
        report(record, *mapped, "the row does not say who it is: it needs a name, an id or an e-mail address");
    }

    const CsvRecord& header_;
    const ColumnMap& map_;
    SheetDefaults defaults_;
    std::vector<ImportProblem>& problems_;
};
}  // namespace

SheetRows read_sheet_rows(const CsvTable& table, const ColumnMap& map, SheetDefaults defaults) {
    SheetRows out;
    out.rows.reserve(table.rows.size());
    RowReader reader(table, map, defaults, out.problems);
    for (const CsvRecord& record : table.rows) out.rows.push_back(reader.read(record));
    // A row's problems in the order of its columns, as a reader of the sheet meets them.
    std::stable_sort(out.problems.begin(), out.problems.end(), [](const ImportProblem& a, const ImportProblem& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return out;
}

}  // namespace repjourney

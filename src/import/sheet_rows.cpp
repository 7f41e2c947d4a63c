#include "import/sheet_rows.hpp"

#include <algorithm>

#include "diagnostics/messages.hpp"
#include "import/person_id.hpp"
#include "load/fields.hpp"
#include "text/formula_guard.hpp"
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
        // A sheet written by our own CSV export has its formula-like cells guarded: read them as they were.
        return unguarded_cell(trim_cell(record.fields[column - 1]));
    }
    bool given(const CsvRecord& record, SheetField field) const { return !cell(record, field).empty(); }

    // "start (column 'Från')": the field and where the sheet has it.
    Message label(SheetField field) const {
        const int column = map_.column_of(field);
        const auto header_name = column <= static_cast<int>(header_.fields.size())
                                     ? trim_cell(header_.fields[column - 1])
                                     : std::string_view{};
        Message where = header_name.empty() ? Message{MessageId::import_column_number, column}
                                            : Message{MessageId::import_column_named, visible(header_name)};
        return Message{MessageId::import_field, field_name(field), std::move(where)};
    }

    void report(const CsvRecord& record, SheetField field, Message message) {
        problems_.push_back({record.row, map_.column_of(field), std::move(message)});
    }

    std::optional<SheetCell<std::string>> text_cell(const CsvRecord& record, SheetField field) {
        const auto text = cell(record, field);
        if (text.empty()) return std::nullopt;
        if (text.find(replacement_character) != std::string_view::npos) {
            report(record, field, Message{MessageId::import_lost_character, label(field)});
            return std::nullopt;
        }
        if (has_control_character(text)) {
            report(record, field, Message{MessageId::import_control_character, label(field)});
            return std::nullopt;
        }
        return SheetCell<std::string>{std::string{text}, record.row, map_.column_of(field)};
    }

    std::optional<SheetCell<std::string>> id_cell(const CsvRecord& record, SheetField field) {
        auto text = text_cell(record, field);
        if (!text || is_valid_id(text->value)) return text;
        const std::string suggestion = id_from_name(text->value);
        report(record, field,
               Message{MessageId::import_invalid_id, visible(text->value), label(field),
                       suggestion.empty() ? Message{} : Message{MessageId::did_you_mean, visible(suggestion)}});
        return std::nullopt;
    }

    std::optional<SheetCell<std::string>> email_cell(const CsvRecord& record) {
        auto text = text_cell(record, SheetField::email);
        if (!text || is_mail_address(text->value)) return text;
        report(record, SheetField::email,
               Message{MessageId::import_invalid_email, visible(text->value), label(SheetField::email)});
        return std::nullopt;
    }

    std::optional<SheetCell<int>> year_cell(const CsvRecord& record) {
        const auto text = text_cell(record, SheetField::born);
        if (!text) return std::nullopt;
        const std::string& t = text->value;
        if (is_four_digits(t) && is_supported_year(std::stoi(t)))
            return SheetCell<int>{std::stoi(t), text->row, text->column};
        report(record, SheetField::born,
               Message{MessageId::import_invalid_year, visible(t), label(SheetField::born),
                       is_four_digits(t) ? Message{MessageId::year_range, first_year, last_year}
                                         : Message{MessageId::write_four_digits}});
        return std::nullopt;
    }

    std::optional<SheetCell<Date>> date_cell(const CsvRecord& record, SheetField field) {
        const auto text = text_cell(record, field);
        if (!text) return std::nullopt;
        if (const auto date = Date::parse(text->value)) return SheetCell<Date>{*date, text->row, text->column};
        report(record, field,
               Message{MessageId::import_invalid_date, visible(text->value), label(field),
                       year_out_of_range(text->value) ? Message{MessageId::year_range, first_year, last_year}
                                                      : Message{MessageId::write_real_date_example}});
        return std::nullopt;
    }

    void check_cells_past_header(const CsvRecord& record) {
        const auto width = header_.fields.size();
        for (std::size_t i = width; i < record.fields.size(); ++i) {
            if (trim_cell(record.fields[i]).empty()) continue;
            problems_.push_back(
                {record.row, static_cast<int>(i) + 1, Message{MessageId::import_cell_past_header, width}});
            return;  // one is enough to show what is wrong with the row
        }
    }

    // What the fields need of each other. A cell that is there but invalid counts as given:
    // its own problem is the one to report.
    void check_row(const CsvRecord& record, const SheetRow& row) {
        const bool role = given(record, SheetField::role) || defaults_.role;
        const bool start = given(record, SheetField::start) || defaults_.start;
        if (row.start && row.end && row.end->value < row.start->value)
            report(record, SheetField::end,
                   Message{MessageId::assignment_ends_before_start, row.end->value.iso(), row.start->value.iso()});
        if (given(record, SheetField::end) && !start)
            report(record, SheetField::end, Message{MessageId::import_end_needs_start});
        if (given(record, SheetField::start) && !role)
            report(record, SheetField::start, Message{MessageId::import_start_needs_role});
        if (given(record, SheetField::role) && !start)
            report(record, SheetField::role, Message{MessageId::import_role_needs_start});
        if (given(record, SheetField::workplace) && !role)
            report(record, SheetField::workplace, Message{MessageId::import_workplace_needs_role});
        check_says_who(record);
    }

    void check_says_who(const CsvRecord& record) {
        const SheetField who[] = {SheetField::name, SheetField::id, SheetField::email};
        if (std::any_of(std::begin(who), std::end(who), [&](SheetField f) { return given(record, f); })) return;
        const auto mapped = std::find_if(std::begin(who), std::end(who), [&](SheetField f) { return map_.has(f); });
        if (mapped == std::end(who)) return;  // map_columns has reported the sheet
        report(record, *mapped, Message{MessageId::import_row_says_nobody});
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

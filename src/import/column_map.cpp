#include "import/column_map.hpp"

#include <algorithm>

#include "diagnostics/messages.hpp"
#include "text/case_fold.hpp"
#include "text/printable.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
// In the order of SheetField.
constexpr std::array<std::string_view, sheet_field_count> field_names = {
    "id", "name", "email", "phone", "branch", "coordinator", "born", "role", "start", "end", "workplace"};

struct HeaderName {
    std::string_view name;  // folded
    SheetField field;
};

// SPEC.md's names, in English and Swedish.
constexpr std::array<HeaderName, 29> header_names = {{
    {"id", SheetField::id},
    {"name", SheetField::name},
    {"namn", SheetField::name},
    {"email", SheetField::email},
    {"e-mail", SheetField::email},
    {"e-post", SheetField::email},
    {"epost", SheetField::email},
    {"phone", SheetField::phone},
    {"mobile", SheetField::phone},
    {"telefon", SheetField::phone},
    {"mobil", SheetField::phone},
    {"branch", SheetField::branch},
    {"avdelning", SheetField::branch},
    {"ort", SheetField::branch},
    {"coordinator", SheetField::coordinator},
    {"samordnare", SheetField::coordinator},
    {"born", SheetField::born},
    {"född", SheetField::born},
    {"födelseår", SheetField::born},
    {"role", SheetField::role},
    {"uppdrag", SheetField::role},
    {"roll", SheetField::role},
    {"start", SheetField::start},
    {"från", SheetField::start},
    {"end", SheetField::end},
    {"slut", SheetField::end},
    {"till", SheetField::end},
    {"workplace", SheetField::workplace},
    {"arbetsplats", SheetField::workplace},
}};

std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

std::optional<SheetField> field_of_header(std::string_view cell) {
    const std::string folded = fold_case(trim(cell));
    for (const HeaderName& entry : header_names)
        if (entry.name == folded) return entry.field;
    return std::nullopt;
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Text from the sheet or the command line as a message shows it: controls made visible.
std::string in_quotes(std::string_view text) { return "'" + visible(text) + "'"; }

std::string join_names(const std::vector<std::string_view>& names) {
    std::string out;
    for (const auto name : names) out += (out.empty() ? "" : ", ") + visible(name);
    return out;
}

// Builds a ColumnMap: the options first, then the header's names for what they left.
class ColumnMapper {
public:
    explicit ColumnMapper(const CsvRecord& header) : header_(header), field_of_column_(header.fields.size()) {}

    ColumnMap take() { return std::move(map_); }

    void apply_option(std::string_view option) {
        const auto equals = option.find('=');
        const auto field_text = trim(option.substr(0, equals));
        const auto column_text =
            equals == std::string_view::npos ? std::string_view{} : trim(option.substr(equals + 1));
        if (field_text.empty() || column_text.empty()) {
            option_problem(option, Message{MessageId::map_write_field_column});
            return;
        }
        const auto field = field_named(field_text);
        if (!field) {
            const std::vector<std::string_view> names(field_names.begin(), field_names.end());
            option_problem(option, Message{MessageId::map_unknown_field, visible(field_text),
                                           did_you_mean_message(fold_case(field_text), names), join_names(names)});
            return;
        }
        if (map_.has(*field)) {
            option_problem(option, Message{MessageId::map_field_mapped, field_name(*field),
                                           describe_column(map_.column_of(*field))});
            return;
        }
        // Chosen by the option even when its column is wrong: the option's problem is the one to report,
        // not two columns that the header's names give the field.
        mapped_by_option_[static_cast<std::size_t>(*field)] = true;
        const int column = option_column(option, column_text);
        if (column == 0) return;
        if (const auto taken = field_of_column_[column - 1]) {
            option_problem(option, Message{MessageId::map_column_taken, describe_column(column), field_name(*taken)});
            return;
        }
        assign(*field, column);
    }

    void match_header_names() {
        for (int column = 1; column <= width(); ++column) {
            if (field_of_column_[column - 1]) continue;
            const auto field = field_of_header(cell(column));
            if (!field || mapped_by_option_[static_cast<std::size_t>(*field)]) {
                ignore(column);
            } else if (map_.has(*field)) {
                const int first = map_.column_of(*field);
                header_problem(column, Message{MessageId::columns_give_same, describe_column(first),
                                               describe_column(column), field_name(*field), field_name(*field)});
            } else {
                assign(*field, column);
            }
        }
    }

    // A row finds its representative by id, else e-mail address, else (a new one) by name.
    void require_a_column_that_says_who() {
        if (map_.has(SheetField::id) || map_.has(SheetField::name) || map_.has(SheetField::email)) return;
        header_problem(0, Message{MessageId::no_column_says_who});
    }

    bool had_option_problems() const { return option_problems_; }

private:
    int width() const { return static_cast<int>(header_.fields.size()); }
    std::string_view cell(int column) const { return trim(header_.fields[column - 1]); }

    // "3 ('Namn')", or "3" when its header cell is empty.
    std::string describe_column(int column) const {
        const auto name = cell(column);
        return name.empty() ? std::to_string(column) : std::to_string(column) + " (" + in_quotes(name) + ")";
    }

    // The column the option's COLUMN names, or 0 (reported).
    int option_column(std::string_view option, std::string_view column_text) {
        if (all_digits(column_text)) {
            const auto number = column_text.size() > 6 ? width() + 1 : std::stoi(std::string{column_text});
            if (number >= 1 && number <= width()) return number;
            option_problem(option, Message{MessageId::map_no_column_number, column_text, width()});
            return 0;
        }
        const std::string wanted = fold_case(column_text);
        std::vector<int> matches;
        std::vector<std::string_view> names;
        for (int column = 1; column <= width(); ++column) {
            if (fold_case(cell(column)) == wanted) matches.push_back(column);
            if (!cell(column).empty()) names.push_back(cell(column));
        }
        if (matches.size() == 1) return matches.front();
        if (matches.empty()) {
            option_problem(option, Message{MessageId::map_no_column_named, visible(column_text),
                                           did_you_mean_message(column_text, names), join_names(names)});
        } else {
            option_problem(option, Message{MessageId::map_columns_same_name, matches[0], matches[1],
                                           visible(column_text), trim(option.substr(0, option.find('='))), matches[0]});
        }
        return 0;
    }

    void assign(SheetField field, int column) {
        map_.columns[static_cast<std::size_t>(field)] = column;
        field_of_column_[column - 1] = field;
    }

    void ignore(int column) {
        if (!cell(column).empty()) map_.ignored.push_back({column, std::string{cell(column)}});
    }

    void option_problem(std::string_view option, Message message) {
        map_.problems.push_back({0, 0, Message{MessageId::map_option_problem, visible(option), std::move(message)}});
        option_problems_ = true;
    }

    void header_problem(int column, Message message) {
        map_.problems.push_back({std::max(header_.row, 1), column, std::move(message)});
    }

    const CsvRecord& header_;
    ColumnMap map_;
    std::vector<std::optional<SheetField>> field_of_column_;  // by column - 1
    std::array<bool, sheet_field_count> mapped_by_option_{};
    bool option_problems_ = false;
};
}  // namespace

std::string_view field_name(SheetField field) { return field_names[static_cast<std::size_t>(field)]; }

std::optional<SheetField> field_named(std::string_view name) {
    const std::string folded = fold_case(name);
    for (std::size_t i = 0; i < field_names.size(); ++i)
        if (field_names[i] == folded) return static_cast<SheetField>(i);
    return std::nullopt;
}

ColumnMap map_columns(const CsvRecord& header, const std::vector<std::string>& map_options) {
    if (header.fields.empty()) {
        ColumnMap map;
        map.problems.push_back({1, 0, Message{MessageId::sheet_empty}});
        return map;
    }
    ColumnMapper mapper(header);
    for (const std::string& option : map_options) mapper.apply_option(option);
    mapper.match_header_names();
    // After a --map mistake the field it meant may be missing: that mistake is the one to report.
    if (!mapper.had_option_problems()) mapper.require_a_column_that_says_who();
    return mapper.take();
}

}  // namespace repjourney

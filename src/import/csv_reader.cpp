#include "import/csv_reader.hpp"

#include <algorithm>
#include <array>

#include "diagnostics/messages.hpp"

namespace repjourney {

namespace {
bool is_line_end(char c) { return c == '\n' || c == '\r'; }

bool is_blank_text(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t'; });
}

std::string_view trim_blanks(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Where the header begins: after the lines that hold nothing but blanks, quotes and separators
// (empty rows above the table), as read_csv skips them.
std::size_t header_start(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto line_end = std::min(text.find_first_of("\r\n", pos), text.size());
        const auto line = text.substr(pos, line_end - pos);
        if (line.find_first_not_of(" \t,;\"") != std::string_view::npos) return pos;
        pos = line_end + 1;
    }
    return text.size();
}

// Reads records one at a time, reporting problems at the row being read.
class CsvParser {
public:
    CsvParser(std::string_view text, char separator, std::vector<ImportProblem>& problems)
        : text_(text), separator_(separator), problems_(problems) {}

    bool at_end() const { return pos_ >= text_.size(); }

    CsvRecord read_record() {
        CsvRecord record{++row_, {}};
        nul_reported_ = false;
        while (true) {
            record.fields.push_back(read_field(static_cast<int>(record.fields.size()) + 1));
            if (at_end()) break;
            if (is_separator(text_[pos_])) {
                ++pos_;
                continue;
            }
            skip_line_end();
            break;
        }
        return record;
    }

private:
    bool is_separator(char c) const { return separator_ != '\0' && c == separator_; }
    bool is_blank(char c) const { return (c == ' ' || c == '\t') && !is_separator(c); }
    bool at_field_end() const { return at_end() || is_separator(text_[pos_]) || is_line_end(text_[pos_]); }

    void skip_line_end() {
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++pos_;
    }

    std::string read_field(int column) {
        const std::size_t start = pos_;
        while (!at_end() && is_blank(text_[pos_])) ++pos_;
        if (!at_end() && text_[pos_] == '"') return read_quoted(column);
        pos_ = start;
        return read_unquoted(column);
    }

    std::string read_unquoted(int column) {
        const std::size_t start = pos_;
        while (!at_field_end()) ++pos_;
        return without_nul(trim_blanks(text_.substr(start, pos_ - start)), column);
    }

    std::string read_quoted(int column) {
        ++pos_;  // the opening quote
        std::string field;
        while (true) {
            if (at_end()) {
                report(column, Message{MessageId::csv_quote_unclosed});
                return field;
            }
            const char c = text_[pos_++];
            if (c == '"') {
                if (at_end() || text_[pos_] != '"') break;
                ++pos_;  // "" stands for one quote
            } else if (c == '\r') {
                if (!at_end() && text_[pos_] == '\n') ++pos_;
                field += '\n';
                continue;
            } else if (c == '\0') {
                report_nul(column);
                continue;
            }
            field += c;
        }
        const std::size_t after_quote = pos_;
        while (!at_end() && is_blank(text_[pos_])) ++pos_;
        if (!at_field_end()) {
            report(column, Message{MessageId::csv_text_after_quote});
            // Kept, blanks and all: the cell is reported, and shown as the sheet has it.
            while (!at_field_end()) ++pos_;
            field += without_nul(text_.substr(after_quote, pos_ - after_quote), column);
        }
        return field;
    }

    std::string without_nul(std::string_view text, int column) {
        if (text.find('\0') == std::string_view::npos) return std::string{text};
        report_nul(column);
        std::string out;
        std::copy_if(text.begin(), text.end(), std::back_inserter(out), [](char c) { return c != '\0'; });
        return out;
    }

    // One per record: a file full of NUL bytes (UTF-16 without its byte order mark) would
    // otherwise give one for every cell.
    void report_nul(int column) {
        if (nul_reported_) return;
        nul_reported_ = true;
        report(column, Message{MessageId::csv_nul_byte});
    }

    void report(int column, Message message) { problems_.push_back({row_, column, std::move(message)}); }

    std::string_view text_;
    char separator_;
    std::vector<ImportProblem>& problems_;
    std::size_t pos_ = 0;
    int row_ = 0;
    bool nul_reported_ = false;
};
}  // namespace

char detect_separator(std::string_view text) {
    std::array<std::size_t, 3> counts{};
    constexpr std::array<char, 3> candidates = {'\t', ';', ','};  // in the order that wins a tie
    bool quoted = false;
    for (std::size_t pos = header_start(text); pos < text.size(); ++pos) {
        const char c = text[pos];
        if (c == '"') quoted = !quoted;  // a doubled quote toggles twice
        if (quoted) continue;
        if (is_line_end(c)) break;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            if (c == candidates[i]) ++counts[i];
    }
    char best = '\0';
    std::size_t best_count = 0;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (counts[i] > best_count) {
            best = candidates[i];
            best_count = counts[i];
        }
    }
    return best;
}

CsvTable read_csv(std::string_view text) {
    CsvTable table;
    // Without a header there is nothing to read; with no separator found, the rows of
    // separators alone would otherwise be read as one-column cells.
    if (header_start(text) == text.size()) return table;
    table.separator = detect_separator(text);
    CsvParser parser(text, table.separator, table.problems);
    bool have_header = false;
    while (!parser.at_end()) {
        CsvRecord record = parser.read_record();
        if (std::all_of(record.fields.begin(), record.fields.end(), is_blank_text)) continue;
        if (have_header) {
            table.rows.push_back(std::move(record));
        } else {
            table.header = std::move(record);
            have_header = true;
        }
    }
    return table;
}

}  // namespace repjourney

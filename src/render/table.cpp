#include "render/table.hpp"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <utility>

#include "text/printable.hpp"
#include "text/utf8.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
constexpr std::string_view column_gap = "  ";
constexpr std::string_view ellipsis = "…";
constexpr std::string_view second_line_indent = "    ";
constexpr std::string_view below_indent = "  ";

// text cut to width columns, ending in "…" when something was cut: after the last whole word that fits,
// or mid-word when the first word alone is too wide.
std::string shorten(const std::string& text, std::size_t width) {
    if (display_width(text) <= width) return text;
    if (width == 0) return {};
    std::string_view cut = fit_width(text, width - 1);
    const bool mid_word = text[cut.size()] != ' ';
    if (const auto space = cut.find_last_of(' '); mid_word && space != std::string_view::npos)
        cut = cut.substr(0, space);
    // "Anna…", not "Anna …"; "training…", not "training,…".
    const auto last = cut.find_last_not_of(" ,;:—–-");
    if (last == std::string_view::npos) return std::string{ellipsis};
    return std::string{cut.substr(0, last + 1)} + std::string{ellipsis};
}

// The lines a cell takes at width: one for keep and shorten, as many as the words need for wrap.
std::vector<std::string> cell_lines(const std::string& text, Fit fit, std::size_t width) {
    if (fit == Fit::shorten) return {shorten(text, width)};
    if (fit == Fit::keep || display_width(text) <= width) return {text};
    std::vector<std::string> lines;
    const std::string wrapped = wrap(text, width);
    for (std::size_t start = 0, end; (end = wrapped.find('\n', start)) != std::string::npos; start = end + 1)
        lines.push_back(wrapped.substr(start, end - start));
    return lines;
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
    const std::size_t gaps = widths.empty() ? 0 : column_gap.size() * (widths.size() - 1);
    return std::accumulate(widths.begin(), widths.end(), gaps);
}

// Some of a table's columns, laid out side by side: the whole table, or one line of the two-line layout.
struct Part {
    std::vector<std::size_t> columns;  // indices into the table's columns
    std::vector<std::size_t> widths;   // one per column of the part
    std::string_view indent;
};

// Narrows the part's columns to fit max_width (indent included): the ones that may narrow, lowest
// priority first (left to right among equals), each as far as its floor before the next one gives way.
void fit_part(Part& part, const std::vector<Column>& columns, const std::vector<std::size_t>& natural,
              const std::vector<std::size_t>& floors, std::size_t max_width) {
    for (const auto i : part.columns) part.widths.push_back(natural[i]);
    const std::size_t wanted = part.indent.size() + total_width(part.widths);
    if (max_width == 0 || wanted <= max_width) return;
    std::size_t excess = wanted - max_width;

    std::vector<std::size_t> order(part.columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return columns[part.columns[a]].priority < columns[part.columns[b]].priority;
    });
    for (const auto k : order) {
        const auto i = part.columns[k];
        if (columns[i].fit == Fit::keep || excess == 0) continue;
        const std::size_t given = std::min(excess, part.widths[k] - floors[i]);
        part.widths[k] -= given;
        excess -= given;
    }
}

bool fits(const Part& part, std::size_t max_width) {
    return max_width == 0 || part.indent.size() + total_width(part.widths) <= max_width;
}

void append_cell(std::string& line, const std::string& text, std::size_t width, Align align, Style style, bool color) {
    // Padding is measured on the plain text and kept outside the escape codes.
    const std::size_t padding = width - std::min(width, display_width(text));
    if (align == Align::right) line.append(padding, ' ');
    line += paint(text, style, color);
    if (align == Align::left) line.append(padding, ' ');
}

// The text under a row, indented, broken at spaces when it is wider than max_width; a word is never cut (an
// id or key cut in two cannot be copied), so one wider than the line runs past it.
std::string below_lines(const Cell& below, std::size_t max_width, bool color) {
    std::string out;
    std::string line;  // the words so far, without the indent
    const auto end_line = [&] {
        out += std::string{below_indent} + paint(line, below.style, color) + "\n";
        line.clear();
    };
    for (std::size_t start = 0; start < below.text.size();) {
        const auto end = std::min(below.text.find(' ', start), below.text.size());
        const std::string_view word = std::string_view{below.text}.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;
        const std::size_t wanted = below_indent.size() + display_width(line) + 1 + display_width(word);
        if (!line.empty() && max_width > 0 && wanted > max_width) end_line();
        if (!line.empty()) line += ' ';
        line += word;
    }
    if (!line.empty()) end_line();
    return out;
}

// The part's cells of one row as lines of text; nothing when skip_empty and the cells are all empty.
std::string part_lines(const Part& part, const std::vector<Column>& columns, const std::vector<Cell>& cells, bool color,
                       bool skip_empty) {
    std::vector<std::vector<std::string>> pieces;
    std::size_t height = 1;
    bool empty = true;
    for (std::size_t k = 0; k < part.columns.size(); ++k) {
        const auto i = part.columns[k];
        empty = empty && cells[i].text.empty();
        pieces.push_back(cell_lines(cells[i].text, columns[i].fit, part.widths[k]));
        height = std::max(height, pieces.back().size());
    }
    if (empty && skip_empty) return {};
    std::string out;
    for (std::size_t n = 0; n < height; ++n) {
        std::string text{part.indent};
        for (std::size_t k = 0; k < part.columns.size(); ++k) {
            const auto i = part.columns[k];
            if (k > 0) text += column_gap;
            const std::string piece = n < pieces[k].size() ? pieces[k][n] : std::string{};
            append_cell(text, piece, part.widths[k], columns[i].align, cells[i].style, color);
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out += text + "\n";
    }
    return out;
}

// The narrowest each column may get: its natural width when it keeps it, else its minimum, but never
// narrower than its heading (a cut heading names nothing).
std::vector<std::size_t> floors_of(const std::vector<Column>& columns, const std::vector<std::size_t>& natural,
                                   const std::vector<Cell>& headings) {
    std::vector<std::size_t> floors(columns.size());
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const std::size_t floor = std::max(columns[i].min_width, display_width(headings[i].text));
        floors[i] = columns[i].fit == Fit::keep ? natural[i] : std::min(natural[i], floor);
    }
    return floors;
}
}  // namespace

std::string render_table(Table table, const TableLayout& layout) {
    const auto& columns = table.columns;
    if (columns.empty()) return {};

    // The lines as shown, headings first, each with one cell per column and the text shown below it: the
    // rows' own cells, made one line each, so that a table of 50,000 people is not held twice.
    std::vector<Row> lines;
    lines.reserve(table.rows.size() + 1);
    auto& headings = lines.emplace_back(std::vector<Cell>{});
    for (const auto& column : columns) headings.cells.emplace_back(one_line(column.heading), Style::heading);
    for (auto& row : table.rows) {
        if (row.cells.size() > columns.size()) throw std::invalid_argument("table row has more cells than columns");
        Row& line = lines.emplace_back(std::move(row));
        line.below.text = one_line(line.below.text);
        for (Cell& cell : line.cells) cell.text = one_line(cell.text);
        line.cells.resize(columns.size());
    }
    table.rows = {};

    std::vector<std::size_t> natural(columns.size(), 0);
    for (const auto& line : lines)
        for (std::size_t i = 0; i < columns.size(); ++i)
            natural[i] = std::max(natural[i], display_width(line.cells[i].text));
    const auto floors = floors_of(columns, natural, lines.front().cells);

    std::vector<Part> parts(1);
    for (std::size_t i = 0; i < columns.size(); ++i) parts[0].columns.push_back(i);
    fit_part(parts[0], columns, natural, floors, layout.max_width);
    const bool any_second = std::any_of(columns.begin(), columns.end(), [](const Column& c) { return c.second_line; });
    if (!fits(parts[0], layout.max_width) && any_second) {
        parts.assign(2, Part{});
        parts[1].indent = second_line_indent;
        for (std::size_t i = 0; i < columns.size(); ++i) parts[columns[i].second_line ? 1 : 0].columns.push_back(i);
        for (auto& part : parts) fit_part(part, columns, natural, floors, layout.max_width);
    }

    std::string out;
    for (const auto& line : lines) {
        for (std::size_t p = 0; p < parts.size(); ++p)
            out += part_lines(parts[p], columns, line.cells, layout.color, p > 0);
        out += below_lines(line.below, layout.max_width, layout.color);
    }
    return out;
}

}  // namespace repjourney

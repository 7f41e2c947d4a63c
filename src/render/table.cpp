#include "render/table.hpp"

#include <algorithm>
#include <stdexcept>

#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
constexpr std::string_view column_gap = "  ";
constexpr std::string_view ellipsis = "…";
// Narrower than this, a name or a next step is no longer recognisable.
constexpr std::size_t min_flexible_width = 8;

// text cut to width columns, ending in "…" when something was cut.
std::string truncate(const std::string& text, std::size_t width) {
    if (display_width(text) <= width) return text;
    if (width == 0) return {};
    std::string cut{fit_width(text, width - 1)};
    cut.erase(cut.find_last_not_of(' ') + 1);  // "Anna…", not "Anna …"
    return cut + std::string{ellipsis};
}

std::size_t floor_of(std::size_t natural) { return std::min(natural, min_flexible_width); }

// Column widths when every flexible column is capped at level (but kept at its floor), gaps included.
std::vector<std::size_t> widths_at(const std::vector<Column>& columns, const std::vector<std::size_t>& natural,
                                   std::size_t level) {
    std::vector<std::size_t> widths = natural;
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].flexible) widths[i] = std::max(floor_of(natural[i]), std::min(natural[i], level));
    return widths;
}

std::size_t total_width(const std::vector<std::size_t>& widths) {
    std::size_t total = widths.empty() ? 0 : column_gap.size() * (widths.size() - 1);
    for (auto w : widths) total += w;
    return total;
}

// Narrows the flexible columns so the table fits max_width: all of them are capped at one level, the
// highest that fits (so the widest shrink first and none more than needed), and the columns left over
// go to the leftmost capped ones.
std::vector<std::size_t> fit_widths(const std::vector<Column>& columns, const std::vector<std::size_t>& natural,
                                    std::size_t max_width) {
    if (max_width == 0 || total_width(natural) <= max_width) return natural;
    std::size_t low = 0;
    std::size_t high = *std::max_element(natural.begin(), natural.end());
    while (low < high) {  // the highest level that fits, or 0
        const std::size_t mid = low + (high - low + 1) / 2;
        if (total_width(widths_at(columns, natural, mid)) <= max_width)
            low = mid;
        else
            high = mid - 1;
    }
    auto widths = widths_at(columns, natural, low);
    const auto total = total_width(widths);
    std::size_t spare = total < max_width ? max_width - total : 0;
    for (std::size_t i = 0; i < columns.size() && spare > 0; ++i)
        if (columns[i].flexible && widths[i] == low && natural[i] > low) ++widths[i], --spare;
    return widths;
}

void append_cell(std::string& line, const std::string& text, std::size_t width, Align align, Style style, bool color) {
    // Padding is measured on the plain text and kept outside the escape codes.
    const std::size_t padding = width - std::min(width, display_width(text));
    if (align == Align::right) line.append(padding, ' ');
    line += paint(text, style, color);
    if (align == Align::left) line.append(padding, ' ');
}
}  // namespace

std::string render_table(const Table& table, const TableLayout& layout) {
    const auto& columns = table.columns;
    if (columns.empty()) return {};

    // The lines as shown, headings first, each with one cell per column.
    std::vector<std::vector<Cell>> lines;
    lines.reserve(table.rows.size() + 1);
    auto& headings = lines.emplace_back();
    for (const auto& column : columns) headings.emplace_back(one_line(column.heading), Style::heading);
    for (const auto& row : table.rows) {
        if (row.size() > columns.size()) throw std::invalid_argument("table row has more cells than columns");
        auto& line = lines.emplace_back();
        for (const auto& cell : row) line.emplace_back(one_line(cell.text), cell.style);
        line.resize(columns.size());
    }

    std::vector<std::size_t> natural(columns.size(), 0);
    for (const auto& line : lines)
        for (std::size_t i = 0; i < columns.size(); ++i) natural[i] = std::max(natural[i], display_width(line[i].text));
    const auto widths = fit_widths(columns, natural, layout.max_width);

    std::string out;
    for (const auto& line : lines) {
        std::string text;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (i > 0) text += column_gap;
            append_cell(text, truncate(line[i].text, widths[i]), widths[i], columns[i].align, line[i].style,
                        layout.color);
        }
        text.erase(text.find_last_not_of(' ') + 1);
        out += text;
        out += '\n';
    }
    return out;
}

}  // namespace repjourney

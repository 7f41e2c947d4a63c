#pragma once
// Text tables for people: aligned by display width (å is one column, 日 two), optionally
// coloured, narrowed to the terminal by cutting the flexible columns with "…".

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/color.hpp"

namespace repjourney {

enum class Align { left, right };

struct Column {
    std::string heading;
    Align align = Align::left;  // right for numbers
    bool flexible = false;      // may be narrowed, its cells cut with "…", to fit the width
};

struct Cell {
    std::string text;
    Style style = Style::plain;

    // Not explicit, so a row reads {name, stage, Cell{overdue, Style::overdue}}.
    Cell() = default;
    Cell(std::string t, Style s = Style::plain) : text(std::move(t)), style(s) {}
    Cell(std::string_view t, Style s = Style::plain) : text(t), style(s) {}
    Cell(const char* t, Style s = Style::plain) : text(t), style(s) {}
};

struct Table {
    std::vector<Column> columns;
    // One cell per column; trailing cells may be left out and are empty. More cells than columns is a bug.
    std::vector<std::vector<Cell>> rows;
};

struct TableLayout {
    std::size_t max_width = 0;  // columns available, e.g. the terminal's width; 0: unlimited
    bool color = false;         // styles are emitted only when on
};

// The headings line, then one line per row, each ending in '\n', two spaces between columns and
// no trailing whitespace. Cells are shown by one_line (text/printable.hpp), and widths measured on what is
// shown, so a control in the data is escaped and the columns still line up. When the table is wider
// than max_width, the flexible columns are narrowed (the widest first, to no less than 8 columns);
// if it still does not fit, it is printed wider than max_width rather than lose fixed columns.
std::string render_table(const Table& table, const TableLayout& layout);

}  // namespace repjourney

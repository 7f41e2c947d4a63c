#pragma once
// Text tables for people: aligned by display width (å is one column, 日 two), optionally
// coloured, narrowed to the terminal without breaking a word.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "render/color.hpp"

namespace repjourney {

enum class Align { left, right };

// How a column may give up width when the table is wider than the terminal.
enum class Fit {
    keep,     // never narrowed: dates, numbers, states, and what the reader acts on
    shorten,  // cut to one line ending in "…", at a word boundary where there is one
    wrap,     // broken at spaces over several lines
};

struct Column {
    std::string heading;
    Align align = Align::left;  // right for numbers
    Fit fit = Fit::keep;
    int priority = 0;           // among the columns that may narrow, the lowest gives up its width first
    std::size_t min_width = 8;  // the narrowest it gets by shortening or wrapping (never narrower than its heading)
    bool second_line = false;   // when even the minimum widths do not fit: on the row's indented second line
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

struct Row {
    // One cell per column; trailing cells may be left out and are empty. More cells than columns is a bug.
    std::vector<Cell> cells;
    // A line under the row, indented by two, outside the columns and never cut (recognize's id and key).
    Cell below;

    // Not explicit, so a table's rows read {{"Bo", "renewal"}, {"Cy", "onboarding"}}.
    Row(std::initializer_list<Cell> c) : cells(c) {}
    Row(std::vector<Cell> c, Cell b = {}) : cells(std::move(c)), below(std::move(b)) {}
};

struct Table {
    std::vector<Column> columns;
    std::vector<Row> rows;
};

struct TableLayout {
    std::size_t max_width = 0;  // columns available, e.g. the terminal's width; 0: unlimited
    bool color = false;         // styles are emitted only when on
};

// The headings line, then the rows, each line ending in '\n', two spaces between columns and no
// trailing whitespace. Cells are shown by one_line (text/printable.hpp), and widths measured on what is
// shown, so a control in the data is escaped and the columns still line up.
//
// When the table is wider than max_width, the columns that may narrow (Fit::shorten, Fit::wrap) give
// up width in order of priority, each down to its min_width, until it fits. If it still does not,
// each row becomes two lines: the columns without second_line, then, indented by four, the others
// (each part narrowed the same way). What still does not fit runs wider than max_width: a word is
// only ever split when it alone is wider than its column.
std::string render_table(Table table, const TableLayout& layout);

}  // namespace repjourney

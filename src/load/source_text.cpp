#include "load/source_text.hpp"

#include <algorithm>

#include "text/utf8.hpp"

namespace repjourney {

namespace {
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
// Lines can be megabytes long (a one-line file); a longer one is shown as a
// window of this much either side of the column.
constexpr std::size_t longest_excerpt = 120;
constexpr std::size_t excerpt_half_width = 60;

std::size_t to_char_boundary(std::string_view text, std::size_t offset) {
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
    return offset;
}
}  // namespace

std::pair<std::uint32_t, std::uint32_t> line_and_byte_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    const auto before = text.substr(0, offset);
    const auto line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n'));
    const auto line_start = before.rfind('\n');
    const std::size_t column = line_start == std::string_view::npos ? offset : offset - line_start - 1;
    return {line, static_cast<std::uint32_t>(column)};
}

void SourceText::index_lines() const {
    if (!line_starts_.empty()) return;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i)
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
}

std::uint32_t SourceText::line_count() const {
    index_lines();
    return static_cast<std::uint32_t>(line_starts_.size());
}

std::string_view SourceText::line(std::uint32_t index) const {
    index_lines();
    if (index >= line_starts_.size()) return {};
    const std::size_t start = line_starts_[index];
    std::size_t end = index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1 : text_.size();
    if (end > start && text_[end - 1] == '\r') --end;
    std::string_view line = text_.substr(start, end - start);
    if (index == 0 && line.starts_with(byte_order_mark)) line.remove_prefix(byte_order_mark.size());
    return line;
}

Diagnostic SourceText::diagnostic(const Problem& problem) const {
    Diagnostic d;
    d.severity = problem.severity;
    d.file = name_;
    d.message = problem.message;
    if (problem.whole_file) return d;
    d.line = static_cast<int>(problem.mark.line) + 1;
    const std::string_view source = line(problem.mark.line);
    const std::size_t byte_column = std::min<std::size_t>(problem.mark.column, source.size());
    d.column = static_cast<int>(utf8_length(source.substr(0, byte_column))) + 1;
    const bool whole = source.size() <= longest_excerpt;
    const std::size_t begin =
        whole || byte_column <= excerpt_half_width ? 0 : to_char_boundary(source, byte_column - excerpt_half_width);
    const std::size_t end =
        whole ? source.size() : to_char_boundary(source, std::min(source.size(), byte_column + excerpt_half_width));
    const std::string prefix = begin > 0 ? "..." : "";
    const std::string suffix = end < source.size() ? "..." : "";
    d.source_line = prefix + std::string{source.substr(begin, end - begin)} + suffix;
    d.caret = static_cast<int>(prefix.size() + utf8_length(source.substr(begin, byte_column - begin))) + 1;
    return d;
}

}  // namespace repjourney

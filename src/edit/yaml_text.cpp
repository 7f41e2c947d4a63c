#include "edit/yaml_text.hpp"

#include <algorithm>

namespace repjourney {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
    // A text that ends with a line break has no line after it.
    if (starts_.size() > 1 && starts_.back() == text.size()) starts_.pop_back();
}

std::size_t LineIndex::offset(const SourceMark& mark) const { return line_start(mark.line) + mark.column; }

std::size_t LineIndex::line_start(std::uint32_t line) const {
    return line < starts_.size() ? starts_[line] : text_.size();
}

std::size_t LineIndex::next_line_start(std::uint32_t line) const {
    return line + 1 < starts_.size() ? starts_[line + 1] : text_.size();
}

std::size_t LineIndex::content_end(std::uint32_t line) const {
    std::size_t end = next_line_start(line);
    if (end > line_start(line) && end <= text_.size() && end > 0 && text_[end - 1] == '\n') --end;
    if (end > line_start(line) && text_[end - 1] == '\r') --end;
    return end;
}

std::uint32_t LineIndex::line_of(std::size_t offset) const {
    const auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::uint32_t>(after - starts_.begin() - 1);
}

std::string_view line_break_of(std::string_view text) {
    const auto newline = text.find('\n');
    return newline != std::string_view::npos && newline > 0 && text[newline - 1] == '\r' ? "\r\n" : "\n";
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_line_end(std::string_view text, std::size_t i) {
    return i >= text.size() || text[i] == '\n' || text[i] == '\r';
}

// The end of a quoted scalar that starts at begin (its opening quote), just past the closing one.
std::optional<std::size_t> quoted_end(std::string_view text, std::size_t begin) {
    const char quote = text[begin];
    for (std::size_t i = begin + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;
        } else if (text[i] == quote) {
            if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                ++i;
            } else {
                return i + 1;
            }
        }
    }
    return std::nullopt;
}

// The end of a plain scalar on its line: before a comment, a key's ':', and (in a flow
// collection) the punctuation that ends it; trailing blanks left out.
std::size_t plain_end(std::string_view text, std::size_t begin, bool in_flow) {
    std::size_t i = begin;
    for (; !is_line_end(text, i); ++i) {
        const char c = text[i];
        if (c == '#' && i > begin && is_blank(text[i - 1])) break;
        if (c == ':' && (is_line_end(text, i + 1) || is_blank(text[i + 1]) ||
                         (in_flow && (text[i + 1] == ',' || text[i + 1] == ']' || text[i + 1] == '}'))))
            break;
        if (in_flow && (c == ',' || c == ']' || c == '}' || c == '[' || c == '{')) break;
    }
    while (i > begin && is_blank(text[i - 1])) --i;
    return i;
}

// Just past the bracket that closes the flow collection opened at begin.
std::optional<std::size_t> flow_end(std::string_view text, std::size_t begin) {
    int depth = 0;
    for (std::size_t i = begin; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"' || c == '\'') {
            // A quote inside a plain word (don't, 5"6) is a character of it: only one that starts a
            // scalar opens a quoted one.
            if (i > 0 &&
                !(is_blank(text[i - 1]) || std::string_view{"[{,:\n"}.find(text[i - 1]) != std::string_view::npos))
                continue;
            const auto end = quoted_end(text, i);
            if (!end) return std::nullopt;
            i = *end - 1;
        } else if (c == '#' && (i == 0 || is_blank(text[i - 1]) || text[i - 1] == '\n')) {
            while (!is_line_end(text, i)) ++i;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) return i + 1;
        }
    }
    return std::nullopt;
}

bool is_null_word(std::string_view word) { return word == "~" || word == "null" || word == "Null" || word == "NULL"; }

std::optional<Span> span_of(std::string_view text, const LineIndex& lines, const YamlNode& node, bool in_flow);

std::optional<Span> scalar_span(std::string_view text, std::size_t begin, const YamlNode& node, bool in_flow) {
    if (begin >= text.size()) return std::nullopt;
    if (!node.plain && (text[begin] == '"' || text[begin] == '\'')) {
        const auto end = quoted_end(text, begin);
        if (!end) return std::nullopt;
        return Span{begin, *end};
    }
    const std::size_t end = plain_end(text, begin, in_flow);
    const std::string_view written = text.substr(begin, end - begin);
    // What yaml-cpp read must be what is on this line: not so for a plain scalar continued on
    // the next lines or a block scalar (| or >), which are not changed in place.
    if (node.is_null() ? !is_null_word(written) : written != node.text) return std::nullopt;
    return Span{begin, end};
}

// A block sequence's item starts after its "- "; the item's span starts at the dash.
std::size_t dash_before(std::string_view text, std::size_t item_begin) {
    std::size_t i = item_begin;
    while (i > 0 && is_blank(text[i - 1])) --i;
    return i > 0 && text[i - 1] == '-' ? i - 1 : item_begin;
}

std::optional<Span> block_span(std::string_view text, const LineIndex& lines, const YamlNode& node) {
    if (node.children.empty()) return std::nullopt;
    const std::size_t first = lines.offset(node.children.front().mark);
    const std::size_t begin = node.kind == YamlNode::Kind::sequence ? dash_before(text, first) : first;
    const auto last = node.kind == YamlNode::Kind::mapping ? value_span(text, lines, node, node.mapping_size() - 1)
                                                           : span_of(text, lines, node.children.back(), false);
    if (!last) return std::nullopt;
    return Span{begin, last->end};
}

std::optional<Span> span_of(std::string_view text, const LineIndex& lines, const YamlNode& node, bool in_flow) {
    const std::size_t begin = lines.offset(node.mark);
    switch (node.kind) {
        case YamlNode::Kind::null:
        case YamlNode::Kind::scalar: return scalar_span(text, begin, node, in_flow);
        case YamlNode::Kind::sequence:
        case YamlNode::Kind::mapping: {
            if (!node.flow) return block_span(text, lines, node);
            if (begin >= text.size() || (text[begin] != '[' && text[begin] != '{')) return std::nullopt;
            const auto end = flow_end(text, begin);
            if (!end) return std::nullopt;
            return Span{begin, *end};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<Span> node_span(std::string_view text, const LineIndex& lines, const YamlNode& node) {
    return span_of(text, lines, node, false);
}

std::optional<Span> value_span(std::string_view text, const LineIndex& lines, const YamlNode& mapping, std::size_t i) {
    const YamlNode& value = mapping.value(i);
    const bool block_collection =
        (value.kind == YamlNode::Kind::mapping || value.kind == YamlNode::Kind::sequence) && !value.flow;
    // Text or a {...} below its key (outside a flow mapping) reads on into what follows it: whatever
    // is added after it would join it.
    if (!mapping.flow && !block_collection && !value.is_null() && value.mark.line != mapping.key(i).mark.line)
        return std::nullopt;
    if (!value.is_null()) return span_of(text, lines, value, mapping.flow);
    const auto key = span_of(text, lines, mapping.key(i), mapping.flow);
    if (!key) return std::nullopt;
    std::size_t colon = key->end;
    while (colon < text.size() && is_blank(text[colon])) ++colon;
    if (colon >= text.size() || text[colon] != ':') return std::nullopt;
    std::size_t after = colon + 1;
    while (after < text.size() && is_blank(text[after])) ++after;
    // `key: ~` or `key: null` is a written null; `key:` and nothing is an empty span after the ':'.
    if (!is_line_end(text, after) && text[after] != '#' && text[after] != ',' && text[after] != '}')
        return scalar_span(text, after, value, mapping.flow);
    return Span{colon + 1, colon + 1};
}

}  // namespace repjourney

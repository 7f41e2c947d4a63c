#pragma once
// Where a parsed node's text is in its file, in bytes. yaml-cpp marks where a node starts;
// where it ends is found here, from the text, for the shapes the editor changes. A shape whose
// end cannot be told for certain (a plain scalar over several lines, a block scalar) is refused.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/yaml_tree.hpp"

namespace repjourney {

// [begin, end) in bytes.
struct Span {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The byte offsets of a text's lines.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    std::size_t offset(const SourceMark& mark) const;  // of a node's mark (0-based byte column)
    std::size_t line_start(std::uint32_t line) const;
    // Where a line's content ends: before its "\n" or "\r\n", or at the end of the text.
    std::size_t content_end(std::uint32_t line) const;
    // Where the next line starts: after the line break, or the end of the text.
    std::size_t next_line_start(std::uint32_t line) const;
    std::uint32_t line_of(std::size_t offset) const;
    std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_;
};

// "\r\n" when the text's first line ends so, else "\n".
std::string_view line_break_of(std::string_view text);

// The node's text: a scalar with its quotes, a flow collection with its brackets, a block
// collection from its first item or key to the end of its last value. Nothing for a shape the
// editor does not change: a block scalar (| or >), a plain scalar over several lines, a null
// written as nothing (see value_span), a block collection that is empty.
std::optional<Span> node_span(std::string_view text, const LineIndex& lines, const YamlNode& node);

// A mapping's i-th value; a null written as nothing is the empty span just after its key's ':'.
std::optional<Span> value_span(std::string_view text, const LineIndex& lines, const YamlNode& mapping, std::size_t i);

}  // namespace repjourney

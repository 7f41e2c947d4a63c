#pragma once
// Where a data file keeps its events, so `record` can append one without
// re-emitting the file: YAML libraries drop comments, and organisers' files
// are full of them.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "load/yaml_tree.hpp"

namespace repjourney {

struct EventsSection {
    enum class Shape {
        absent,       // no events section: one is added at the end
        block_list,   // items starting with "- ": a new item goes after the last
        empty,        // `events:` with nothing, `~`, `null` or `[]`: the value is replaced
        unsupported,  // a non-empty inline list, or a file that is not a block mapping
    };
    Shape shape = Shape::absent;
    std::uint32_t key_line = 0;                      // 0-based line of `events:`
    std::uint32_t first_item_line = 0;               // block_list: the line of its first '-'
    std::uint32_t item_indent = 0;                   // block_list: the column of its '-', copied
    std::optional<std::uint32_t> next_key_line;      // the top-level key after the section, if any
    std::optional<std::uint32_t> document_end_line;  // a closing `...`: what is added goes before it
    Message unsupported_because;                     // unsupported: what in the file stands in the way
};

// root is a data file's parsed document (absent for an empty file).
EventsSection locate_events_section(const std::optional<YamlNode>& root);

// The section, or `unsupported` (saying why) when text has what an append could break: a
// `---` after the start or content after a closing `...`, a key that is not written
// `events:` (plain or quoted) at the margin, an empty value on a line of its own, or top-level
// keys that are indented. A byte order mark and a closing `...` are kept as they are.
EventsSection confirm_appendable(std::string_view text, EventsSection section);

// A file's new bytes: its old text up to `keep_until`, then `insert`, then the old text
// again from `resume_at`. So a large file is written out without a second copy of it.
struct Splice {
    std::size_t keep_until = 0;
    std::string insert;
    std::size_t resume_at = 0;
};

// Where and how item ("{date: ..., rep: ..., type: ...}") goes into text's events section,
// every other byte kept. Keeps CRLF line endings when the file uses them.
Splice event_insertion(std::string_view text, const EventsSection& section, std::string_view item);

// text with the splice made.
std::string spliced(std::string_view text, const Splice& splice);

}  // namespace repjourney

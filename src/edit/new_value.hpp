#pragma once
// A value to be written into a data file: text, a mapping or a list, written as YAML in the
// flow style ({role: steward, start: 2027-03-15}) or the block style, one line per key.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_tree.hpp"

namespace repjourney {

struct NewEntry;

struct NewValue {
    enum class Kind { text, mapping, list };
    Kind kind = Kind::text;
    std::string text;
    std::vector<NewEntry> entries;  // a mapping's keys and values, in order
    std::vector<NewValue> items;    // a list's

    static NewValue of_text(std::string_view text);
    static NewValue mapping(std::vector<NewEntry> entries);
    static NewValue list(std::vector<NewValue> items);
};

struct NewEntry {
    std::string key;
    NewValue value;
};

// One line: a scalar as yaml_scalar writes it, {k: v, ...} or [a, b].
std::string flow_yaml(const NewValue& value);

// A mapping written block style at indent, one line per key, lines without their line break.
// A key's value that is a list is written below it, one "- " item a line, two spaces further in;
// a list's mappings are written in the flow style when they hold only text ({role: ..., start: ...}),
// else in the block style.
std::vector<std::string> block_lines(const NewValue& mapping, std::size_t indent);

// A list item that starts with dash_prefix ("  - "): a mapping in the block style when it holds
// a list or a mapping, else in the flow style; text as it is.
std::vector<std::string> item_lines(const NewValue& item, std::string_view dash_prefix, bool block_style);

// The tree a reader will make of the value (marks and style aside): what the edited file must hold.
YamlNode to_tree(const NewValue& value);

}  // namespace repjourney

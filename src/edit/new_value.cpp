#include "edit/new_value.hpp"

#include <algorithm>

#include "load/event_yaml.hpp"

namespace repjourney {

NewValue NewValue::of_text(std::string_view text) {
    NewValue value;
    value.text = text;
    return value;
}

NewValue NewValue::mapping(std::vector<NewEntry> entries) {
    NewValue value;
    value.kind = Kind::mapping;
    value.entries = std::move(entries);
    return value;
}

NewValue NewValue::list(std::vector<NewValue> items) {
    NewValue value;
    value.kind = Kind::list;
    value.items = std::move(items);
    return value;
}

std::string flow_yaml(const NewValue& value) {
    switch (value.kind) {
        case NewValue::Kind::text: return yaml_scalar(value.text);
        case NewValue::Kind::mapping: {
            std::string out = "{";
            for (const auto& [key, entry] : value.entries)
                out += (out.size() > 1 ? ", " : "") + yaml_scalar(key) + ": " + flow_yaml(entry);
            return out + "}";
        }
        case NewValue::Kind::list: {
            std::string out = "[";
            for (const NewValue& item : value.items) out += (out.size() > 1 ? ", " : "") + flow_yaml(item);
            return out + "]";
        }
    }
    return {};
}

namespace {
bool holds_collections(const NewValue& mapping) {
    return std::any_of(mapping.entries.begin(), mapping.entries.end(),
                       [](const auto& entry) { return entry.value.kind != NewValue::Kind::text; });
}
}  // namespace

std::vector<std::string> block_lines(const NewValue& mapping, std::size_t indent) {
    const std::string margin(indent, ' ');
    std::vector<std::string> lines;
    for (const auto& [key, value] : mapping.entries) {
        if (value.kind != NewValue::Kind::list || value.items.empty()) {
            lines.push_back(margin + yaml_scalar(key) + ": " + flow_yaml(value));
            continue;
        }
        lines.push_back(margin + yaml_scalar(key) + ":");
        const std::string dash = margin + "  - ";
        for (const NewValue& item : value.items)
            for (auto& line : item_lines(item, dash, item.kind == NewValue::Kind::mapping && holds_collections(item)))
                lines.push_back(std::move(line));
    }
    return lines;
}

std::vector<std::string> item_lines(const NewValue& item, std::string_view dash_prefix, bool block_style) {
    if (!block_style || item.kind != NewValue::Kind::mapping || item.entries.empty())
        return {std::string{dash_prefix} + flow_yaml(item)};
    std::vector<std::string> lines = block_lines(item, dash_prefix.size());
    lines.front().replace(0, dash_prefix.size(), dash_prefix);
    return lines;
}

YamlNode to_tree(const NewValue& value) {
    YamlNode node;
    switch (value.kind) {
        case NewValue::Kind::text:
            node.kind = YamlNode::Kind::scalar;
            node.text = value.text;
            node.plain = yaml_scalar(value.text) == value.text;
            break;
        case NewValue::Kind::mapping:
            node.kind = YamlNode::Kind::mapping;
            for (const auto& [key, entry] : value.entries) {
                node.children.push_back(to_tree(NewValue::of_text(key)));
                node.children.push_back(to_tree(entry));
            }
            break;
        case NewValue::Kind::list:
            node.kind = YamlNode::Kind::sequence;
            for (const NewValue& item : value.items) node.children.push_back(to_tree(item));
            break;
    }
    return node;
}

}  // namespace repjourney

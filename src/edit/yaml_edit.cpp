#include "edit/yaml_edit.hpp"

#include <algorithm>
#include <limits>

#include <fmt/format.h>

#include "diagnostics/messages.hpp"
#include "load/event_yaml.hpp"

namespace repjourney {

namespace {
constexpr std::uint32_t new_node_file = std::numeric_limits<std::uint32_t>::max();

YamlNode new_node(const NewValue& value) {
    YamlNode node = to_tree(value);
    node.mark.file = new_node_file;
    return node;
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Where b has a's i-th key: the same text, as many times before it as in a.
std::optional<std::size_t> same_key_in(const YamlNode& b, const YamlNode& a, std::size_t i) {
    const std::string& text = a.key(i).text;
    std::size_t before = 0;
    for (std::size_t k = 0; k < i; ++k) before += a.key(k).is_scalar() && a.key(k).text == text;
    for (std::size_t j = 0; j < b.mapping_size(); ++j)
        if (b.key(j).is_scalar() && b.key(j).text == text && before-- == 0) return j;
    return std::nullopt;
}

bool is_block_collection(const YamlNode& node) {
    return (node.kind == YamlNode::Kind::mapping || node.kind == YamlNode::Kind::sequence) && !node.flow;
}

// Only blanks between the start of its line and offset.
bool starts_its_line(std::string_view text, const LineIndex& lines, std::size_t offset) {
    const std::size_t start = lines.line_start(lines.line_of(offset));
    return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                       text.begin() + static_cast<std::ptrdiff_t>(offset), is_blank);
}
}  // namespace

bool is_new(const YamlNode& node) { return node.mark.file == new_node_file; }

bool same_tree(const YamlNode& a, const YamlNode& b) {
    if (a.kind != b.kind || a.children.size() != b.children.size()) return false;
    if (a.kind == YamlNode::Kind::scalar) return a.text == b.text && a.plain == b.plain;
    if (a.kind == YamlNode::Kind::mapping) {
        // A key added to a block mapping is written among the others, not at its end: each key is
        // matched with the same key of the other (its n-th occurrence: a file may repeat one).
        for (std::size_t i = 0; i < a.mapping_size(); ++i) {
            const auto j = a.key(i).is_scalar() ? same_key_in(b, a, i) : std::optional{i};
            if (!j || !same_tree(a.key(i), b.key(*j)) || !same_tree(a.value(i), b.value(*j))) return false;
        }
        return true;
    }
    for (std::size_t i = 0; i < a.children.size(); ++i)
        if (!same_tree(a.children[i], b.children[i])) return false;
    return true;
}

YamlEditor::YamlEditor(std::string_view text, const YamlNode& root)
    : text_(text), lines_(text), line_break_(line_break_of(text)), original_(root) {
    index_originals(original_);
}

void YamlEditor::index_originals(const YamlNode& node) {
    originals_.emplace(std::pair{lines_.offset(node.mark), node.kind}, &node);
    for (const YamlNode& child : node.children) index_originals(child);
}

// Where a node is, and what it held, as it was written: a node may have been changed since.
const YamlNode& YamlEditor::original_of(const YamlNode& node) const {
    const auto found = is_new(node) ? originals_.end() : originals_.find({lines_.offset(node.mark), node.kind});
    if (found == originals_.end()) throw EditRefused(node.mark, Message{MessageId::edit_written_already});
    return *found->second;
}

Span YamlEditor::span_of(const YamlNode& node) const {
    if (const auto span = node_span(text_, lines_, original_of(node))) return *span;
    throw EditRefused(node.mark, Message{MessageId::edit_end_unknown});
}

Span YamlEditor::span_of_value(const YamlNode& changed_mapping, std::size_t changed_i) const {
    const YamlNode& mapping = original_of(changed_mapping);
    const auto found = same_key_in(mapping, changed_mapping, changed_i);
    if (!found) throw EditRefused(changed_mapping.key(changed_i).mark, Message{MessageId::edit_key_written});
    const std::size_t i = *found;
    if (const auto span = value_span(text_, lines_, mapping, i)) return *span;
    throw EditRefused(mapping.value(i).is_null() ? mapping.key(i).mark : mapping.value(i).mark,
                      Message{MessageId::edit_value_end_unknown, mapping.key(i).text});
}

void YamlEditor::require_one_line(const YamlNode& node, Span span, MessageId what) const {
    if (lines_.line_of(span.begin) != lines_.line_of(span.end - 1))
        throw EditRefused(node.mark, Message{MessageId::edit_flow_over_lines, Message{what}});
}

std::string YamlEditor::lines_text(const std::vector<std::string>& lines) const {
    std::string out;
    for (const auto& line : lines) out += line + std::string{line_break_};
    return out;
}

void YamlEditor::set(YamlNode& mapping, std::string_view key, const NewValue& value) {
    const auto i = find_key(mapping, key);
    if (!i) {
        if (mapping.flow)
            insert_into_flow(mapping, yaml_scalar(key) + ": " + flow_yaml(value));
        else
            insert_into_block_mapping(mapping, key, value);
        mapping.children.push_back(new_node(NewValue::of_text(key)));
        mapping.children.push_back(new_node(value));
        return;
    }
    YamlNode& old = mapping.children[2 * *i + 1];
    if (is_block_collection(old)) {
        if (old.kind == YamlNode::Kind::mapping && value.kind == NewValue::Kind::mapping) {
            for (const auto& [entry_key, entry_value] : value.entries) set(old, entry_key, entry_value);
            return;
        }
        throw EditRefused(old.mark, Message{MessageId::edit_key_over_lines, key});
    }
    const Span span = span_of_value(mapping, *i);
    const std::string written = flow_yaml(value);
    edits_.push_back({span, span.begin == span.end ? " " + written : written});
    old = new_node(value);
}

void YamlEditor::insert_into_flow(const YamlNode& collection, const std::string& entry) {
    const Span span = span_of(collection);
    require_one_line(
        collection, span,
        collection.kind == YamlNode::Kind::mapping ? MessageId::edit_this_mapping : MessageId::edit_this_list);
    std::size_t at = span.end - 1;  // the closing bracket
    while (at > span.begin + 1 && is_blank(text_[at - 1])) --at;
    if (text_[at - 1] == ',') throw EditRefused(collection.mark, Message{MessageId::edit_trailing_comma});
    // Empty as written, and nothing inserted into it yet by this editor.
    const bool empty = at == span.begin + 1 && std::none_of(edits_.begin(), edits_.end(), [&](const TextEdit& edit) {
                           return edit.span.begin == at && edit.span.end == at;
                       });
    edits_.push_back({{at, at}, empty ? entry : ", " + entry});
}

void YamlEditor::insert_into_block_mapping(const YamlNode& mapping, std::string_view key, const NewValue& value) {
    // After the last key whose value is on its own line (id, name, ... before assignments:), so a
    // new key reads with its kind; else after the last key: as the mapping was written.
    const YamlNode& original = original_of(mapping);
    if (original.mapping_size() == 0) throw EditRefused(mapping.mark, Message{MessageId::edit_empty_mapping});
    std::size_t anchor = 0;
    for (std::size_t i = 0; i < original.mapping_size(); ++i)
        if (!is_block_collection(original.value(i)) || is_block_collection(original.value(anchor))) anchor = i;
    const std::size_t indent = mapping.key(0).mark.column;
    std::size_t at = text_.size();
    // A last top-level section whose items were streamed past the tree (events: the change commands never
    // edit them) ends where the file does; the new key goes there. Anywhere else, after the anchor's value.
    const YamlNode& anchor_value = original.value(anchor);
    const bool streamed_last = indent == 0 && anchor + 1 == original.mapping_size() && anchor_value.streamed_items > 0;
    if (!streamed_last) {
        const Span span = span_of_value(original, anchor);
        at = lines_.next_line_start(lines_.line_of(span.end > span.begin ? span.end - 1 : span.begin));
    }
    std::string lines = lines_text(block_lines(NewValue::mapping({{std::string{key}, value}}), indent));
    if (at == text_.size() && !text_.empty() && text_.back() != '\n') {
        lines.resize(lines.size() - line_break_.size());  // the file keeps ending without a line break
        lines.insert(0, line_break_);
    }
    edits_.push_back({{at, at}, lines});
}

void YamlEditor::append(YamlNode& list, const NewValue& item) {
    if (list.kind != YamlNode::Kind::sequence) throw EditRefused(list.mark, Message{MessageId::edit_list_expected});
    if (list.flow)
        insert_into_flow(list, flow_yaml(item));
    else
        append_to_block_list(list, item);
    list.children.push_back(new_node(item));
}

void YamlEditor::append_to_block_list(const YamlNode& list, const NewValue& item) {
    const YamlNode& original = original_of(list);
    if (original.children.empty()) throw EditRefused(list.mark, Message{MessageId::edit_empty_list});
    const YamlNode* last = &original.children.back();
    const Span span = span_of(*last);
    const std::size_t item_begin = lines_.offset(last->mark);
    std::size_t dash = item_begin;
    while (dash > 0 && is_blank(text_[dash - 1])) --dash;
    if (dash == 0 || text_[dash - 1] != '-' || !starts_its_line(text_, lines_, dash - 1))
        throw EditRefused(last->mark, Message{MessageId::edit_item_not_dash});
    --dash;
    const std::size_t column = dash - lines_.line_start(lines_.line_of(dash));
    const std::string prefix = std::string(column, ' ') + std::string{text_.substr(dash, item_begin - dash)};
    const bool block_style = last->kind == YamlNode::Kind::mapping && !last->flow;

    const std::size_t at = lines_.next_line_start(lines_.line_of(span.end - 1));
    std::string lines = lines_text(item_lines(item, prefix, block_style));
    if (at == text_.size() && !text_.empty() && text_.back() != '\n') {
        lines.resize(lines.size() - line_break_.size());
        lines.insert(0, line_break_);
    }
    edits_.push_back({{at, at}, lines});
}

void YamlEditor::remove(YamlNode& mapping, std::string_view key) {
    const auto i = find_key(mapping, key);
    if (!i) return;
    const YamlNode& key_node = mapping.key(*i);
    const std::size_t key_begin = lines_.offset(key_node.mark);
    const Span value = span_of_value(mapping, *i);
    if (mapping.flow) {
        const Span whole = span_of(mapping);
        require_one_line(mapping, whole, MessageId::edit_this_mapping);
        std::size_t begin = key_begin;
        std::size_t end = value.end;
        std::size_t after = end;
        while (after < whole.end && is_blank(text_[after])) ++after;
        if (text_[after] == ',') {
            end = after + 1;
            while (end < whole.end && is_blank(text_[end])) ++end;
        } else {
            std::size_t before = begin;
            while (before > whole.begin && is_blank(text_[before - 1])) --before;
            if (text_[before - 1] == ',') begin = before - 1;
        }
        edits_.push_back({{begin, end}, ""});
    } else {
        if (!starts_its_line(text_, lines_, key_begin))
            throw EditRefused(key_node.mark, Message{MessageId::edit_key_on_dash_line, key});
        const std::uint32_t key_line = lines_.line_of(key_begin);
        const std::uint32_t last_line = lines_.line_of(value.end > value.begin ? value.end - 1 : value.begin);
        std::size_t begin = lines_.line_start(key_line);
        const std::size_t end = lines_.next_line_start(last_line);
        // The last line of a file without a final line break: the line before it loses its break.
        if (end == text_.size() && text_.back() != '\n' && key_line > 0) begin = lines_.content_end(key_line - 1);
        edits_.push_back({{begin, end}, ""});
    }
    mapping.children.erase(mapping.children.begin() + static_cast<std::ptrdiff_t>(2 * *i),
                           mapping.children.begin() + static_cast<std::ptrdiff_t>(2 * *i + 2));
}

// In the order of the text; insertions at one place in the order they were made.
std::vector<TextEdit> YamlEditor::sorted_edits() const {
    std::vector<TextEdit> edits = edits_;
    std::stable_sort(edits.begin(), edits.end(),
                     [](const TextEdit& a, const TextEdit& b) { return a.span.begin < b.span.begin; });
    return edits;
}

std::vector<LineSplice> YamlEditor::line_splices() const {
    std::vector<LineSplice> splices;
    std::size_t cursor = 0;  // in the old text: the current splice's new_text is made up to here
    const auto close_last = [&] {
        if (!splices.empty()) splices.back().new_text.append(text_.substr(cursor, splices.back().old_end - cursor));
    };
    for (const TextEdit& edit : sorted_edits()) {
        const std::size_t begin = lines_.line_start(lines_.line_of(edit.span.begin));
        const std::size_t last = edit.span.end > edit.span.begin ? edit.span.end - 1 : edit.span.begin;
        const std::size_t end = std::max(lines_.next_line_start(lines_.line_of(last)), edit.span.end);
        if (splices.empty() || begin >= splices.back().old_end) {
            close_last();
            splices.push_back({begin, end, {}});
            cursor = begin;
        }
        LineSplice& splice = splices.back();
        splice.old_end = std::max(splice.old_end, end);
        splice.new_text.append(text_.substr(cursor, edit.span.begin - cursor));
        splice.new_text += edit.text;
        cursor = edit.span.end;
    }
    close_last();
    return splices;
}

std::string YamlEditor::result() const {
    const std::vector<TextEdit> edits = sorted_edits();
    std::string out;
    out.reserve(text_.size() + 256);
    std::size_t at = 0;
    for (const TextEdit& edit : edits) {
        if (edit.span.begin < at) throw std::logic_error("two changes to one place of a data file");
        out.append(text_.substr(at, edit.span.begin - at));
        out += edit.text;
        at = edit.span.end;
    }
    out.append(text_.substr(at));
    return out;
}

}  // namespace repjourney

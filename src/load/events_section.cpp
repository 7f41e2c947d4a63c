#include "load/events_section.hpp"

#include <vector>

#include <fmt/format.h>

#include "diagnostics/messages.hpp"

namespace repjourney {

namespace {
struct Line {
    std::size_t start;  // byte offset of the line
    std::size_t end;    // offset after its newline (or the text's end)
};

std::vector<Line> split_lines(std::string_view text) {
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline + 1;
        lines.push_back({start, end});
        start = end;
    }
    return lines;
}

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

// A line's text without its line end, and for the first line without a byte order mark.
std::string_view line_text(std::string_view text, const Line& line) {
    auto s = text.substr(line.start, line.end - line.start);
    if (line.start == 0 && s.starts_with(byte_order_mark)) s.remove_prefix(byte_order_mark.size());
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool is_marker(std::string_view line, std::string_view marker) {
    return line.starts_with(marker) && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
}

// The length of the events key as written at the start of its line, colon included, or 0.
std::size_t events_key_length(std::string_view line) {
    for (const std::string_view key : {"events:", "\"events\":", "'events':"})
        if (line.starts_with(key)) return key.size();
    return 0;
}

bool blank_or_comment(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || line[first] == '#';
}

// Blank lines and comments at the left margin between two sections belong to the next one.
bool belongs_to_next_section(std::string_view line) {
    const auto first = line.find_first_not_of(" \t");
    return first == std::string_view::npos || (first == 0 && line[0] == '#');
}
}  // namespace

EventsSection locate_events_section(const std::optional<YamlNode>& root) {
    EventsSection section;
    if (!root || root->is_null()) return section;
    // Keys off the margin: a new section could not be placed safely.
    const auto refuse = [&](Message why) {
        section.shape = EventsSection::Shape::unsupported;
        section.unsupported_because = std::move(why);
        return section;
    };
    if (root->kind != YamlNode::Kind::mapping) return refuse(Message{MessageId::events_file_not_mapping});
    if (root->flow) return refuse(Message{MessageId::events_file_flow});
    if (root->mapping_size() > 0 && root->key(0).mark.column != 0)
        return refuse(Message{MessageId::first_key_indented, root->key(0).mark.line + 1});
    for (std::size_t i = 0; i < root->mapping_size(); ++i) {
        if (root->key(i).text != "events") continue;
        const YamlNode& value = root->value(i);
        section.key_line = root->key(i).mark.line;
        if (i + 1 < root->mapping_size()) section.next_key_line = root->key(i + 1).mark.line;
        const bool has_items = !value.children.empty() || value.streamed_items > 0;
        if (value.is_null() || (value.kind == YamlNode::Kind::sequence && !has_items && value.flow))
            section.shape = EventsSection::Shape::empty;
        // A block list's mark is its first '-', so on the key's line there is a tag before it.
        else if (value.kind == YamlNode::Kind::sequence && !value.flow && has_items &&
                 value.mark.line != section.key_line) {
            section.shape = EventsSection::Shape::block_list;
            // The list's mark is its first '-', even when the item starts on a later line.
            section.first_item_line = value.mark.line;
            section.item_indent = value.mark.column;
        } else if (value.kind == YamlNode::Kind::sequence && value.flow) {
            return refuse(Message{MessageId::events_inline_list, section.key_line + 1});
        } else if (value.kind == YamlNode::Kind::sequence) {
            return refuse(Message{MessageId::events_list_tagged, section.key_line + 1});
        } else {
            return refuse(Message{MessageId::events_not_list, section.key_line + 1});
        }
        return section;
    }
    return section;
}

EventsSection confirm_appendable(std::string_view text, EventsSection section) {
    if (section.shape == EventsSection::Shape::unsupported) return section;
    const auto lines = split_lines(text);
    auto refuse = [&](Message why) {
        section.shape = EventsSection::Shape::unsupported;
        section.unsupported_because = std::move(why);
        return section;
    };
    bool content_seen = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto s = line_text(text, lines[i]);
        if (section.document_end_line) {
            if (!blank_or_comment(s))
                return refuse(Message{MessageId::line_after_document_end, i + 1, *section.document_end_line + 1});
            continue;
        }
        if (is_marker(s, "---") && content_seen) return refuse(Message{MessageId::second_document_line, i + 1});
        if (is_marker(s, "...")) section.document_end_line = static_cast<std::uint32_t>(i);
        if (!belongs_to_next_section(s)) content_seen = true;
    }
    if (section.shape == EventsSection::Shape::absent) return section;
    if (section.key_line >= lines.size() || events_key_length(line_text(text, lines[section.key_line])) == 0)
        return refuse(Message{MessageId::events_key_not_plain, section.key_line + 1});
    if (section.shape == EventsSection::Shape::empty) {
        // The value is replaced on the key's line; one on a line of its own would be left behind.
        const std::size_t end = section.next_key_line.value_or(
            section.document_end_line.value_or(static_cast<std::uint32_t>(lines.size())));
        for (std::size_t i = section.key_line + 1; i < end && i < lines.size(); ++i)
            if (!blank_or_comment(line_text(text, lines[i])))
                return refuse(Message{MessageId::events_empty_value_below, i + 1});
    }
    return section;
}

Splice event_insertion(std::string_view text, const EventsSection& section, std::string_view item) {
    const std::string newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
    // A new line after text ending at `offset`: after the line end the old text has there.
    const auto line_end_before = [&](std::size_t offset) {
        return offset > 0 && text[offset - 1] != '\n' ? newline : std::string{};
    };
    switch (section.shape) {
        case EventsSection::Shape::absent: {
            // At the end of the document: before a closing `...`, else at the end of the text.
            const std::size_t offset =
                section.document_end_line ? split_lines(text).at(*section.document_end_line).start : text.size();
            return {offset, line_end_before(offset) + "events:" + newline + "  - " + std::string{item} + newline,
                    offset};
        }
        case EventsSection::Shape::empty: {
            // `events:` keeps its line (its value, if any, is replaced); the item follows it.
            const auto lines = split_lines(text);
            const Line& key = lines.at(section.key_line);
            const auto key_text = line_text(text, key);
            const auto comment = key_text.find(" #");
            std::string insert{key_text.substr(0, events_key_length(key_text))};  // as written: plain or quoted
            // A byte order mark before the key stays.
            const std::size_t start = key.start + (key.start == 0 && text.starts_with(byte_order_mark) ? 3 : 0);
            if (comment != std::string_view::npos) insert += key_text.substr(comment);
            insert += newline + "  - " + std::string{item} + newline;
            return {start, std::move(insert), key.end};
        }
        case EventsSection::Shape::block_list: {
            const auto lines = split_lines(text);
            std::size_t insert_line = section.next_key_line.value_or(
                section.document_end_line.value_or(static_cast<std::uint32_t>(lines.size())));
            while (insert_line > section.first_item_line + 1 &&
                   belongs_to_next_section(line_text(text, lines[insert_line - 1])))
                --insert_line;
            const std::size_t offset = insert_line < lines.size() ? lines[insert_line].start : text.size();
            const std::string indent(section.item_indent, ' ');
            return {offset, line_end_before(offset) + indent + "- " + std::string{item} + newline, offset};
        }
        case EventsSection::Shape::unsupported: break;
    }
    return {text.size(), {}, text.size()};  // callers refuse unsupported files before getting here
}

std::string spliced(std::string_view text, const Splice& splice) {
    std::string out{text.substr(0, splice.keep_until)};
    out += splice.insert;
    out += text.substr(splice.resume_at);
    return out;
}

}  // namespace repjourney

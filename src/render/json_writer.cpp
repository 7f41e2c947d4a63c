#include "render/json_writer.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace repjourney {

namespace {
constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

// Text that goes into JSON as it is: printable ASCII without a quote or backslash. Ids,
// dates and most names; checked in one pass, so they skip the UTF-8 check and the escaping.
// A table, as a report checks every key and string of 50,000 people.
constexpr std::array<bool, 256> plain_ascii_bytes = [] {
    std::array<bool, 256> plain{};
    for (std::size_t c = 0x20; c < 0x80; ++c) plain[c] = c != '"' && c != '\\';
    return plain;
}();

bool is_plain_ascii(std::string_view text) {
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return plain_ascii_bytes[static_cast<unsigned char>(c)]; });
}

// Appends valid UTF-8 text, escaped: the short forms where JSON has one, \u00XX for other controls.
// Runs that need no escape, nearly all text, are appended whole.
void append_escaped(std::string& out, std::string_view text) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
        out.append(text.substr(run, i - run));
        run = i + 1;
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        }
    }
    out.append(text.substr(run));
}
}  // namespace

JsonWriter& JsonWriter::begin_object() { return open('{', true); }
JsonWriter& JsonWriter::end_object() { return close('}', true); }
JsonWriter& JsonWriter::begin_array() { return open('[', false); }
JsonWriter& JsonWriter::end_array() { return close(']', false); }

JsonWriter& JsonWriter::key(std::string_view name) {
    if (levels_.empty() || !levels_.back().object || after_key_)
        throw std::logic_error("JSON key outside an object or after another key");
    auto& level = levels_.back();
    if (!level.empty) out_ += ',';
    level.empty = false;
    new_line(levels_.size());
    out_ += '"';
    if (is_plain_ascii(name))
        out_ += name;
    else
        append_escaped(out_, name);
    out_ += layout_ == JsonLayout::pretty ? "\": " : "\":";
    after_key_ = true;
    return *this;
}

JsonWriter& JsonWriter::string(std::string_view text) {
    begin_value();
    out_ += '"';
    if (is_plain_ascii(text)) {
        out_ += text;
        out_ += '"';
        return ended_value();
    }
    // Our data is checked UTF-8, but the output must be valid JSON whatever comes in.
    for (auto bad = find_invalid_utf8(text); bad != std::string_view::npos; bad = find_invalid_utf8(text)) {
        append_escaped(out_, text.substr(0, bad));
        out_ += replacement_character;
        text.remove_prefix(bad + 1);
    }
    append_escaped(out_, text);
    out_ += '"';
    return ended_value();
}

const std::string& JsonWriter::str() const {
    if (!done_) throw std::logic_error("JSON document is not complete");
    return out_;
}

std::string JsonWriter::take() {
    str();  // throws unless complete
    return std::move(out_);
}

JsonWriter JsonWriter::array_items(JsonLayout layout, std::size_t depth, bool after_items) {
    if (depth == 0) throw std::logic_error("JSON array items outside an array");
    JsonWriter items{layout, depth - 1};
    items.levels_.push_back(Level{false, !after_items});
    return items;
}

std::string JsonWriter::take_items() {
    if (levels_.size() != 1 || levels_.back().object) throw std::logic_error("JSON array items not complete");
    return std::move(out_);
}

void JsonWriter::write_items(std::ostream& out, std::string_view items) {
    if (levels_.empty() || levels_.back().object) throw std::logic_error("JSON array items outside an array");
    write_partial(out);
    out.write(items.data(), static_cast<std::streamsize>(items.size()));
    if (!items.empty()) levels_.back().empty = false;
}

JsonWriter& JsonWriter::scalar(std::string_view text) {
    begin_value();
    out_ += text;
    return ended_value();
}

JsonWriter& JsonWriter::ended_value() {
    if (levels_.empty()) done_ = true;
    return *this;
}

void JsonWriter::begin_value() {
    if (done_) throw std::logic_error("JSON document already complete");
    if (levels_.empty()) return;
    auto& level = levels_.back();
    if (level.object) {
        if (!after_key_) throw std::logic_error("JSON value in an object without a key");
        after_key_ = false;  // the key wrote the comma and indentation
        return;
    }
    if (!level.empty) out_ += ',';
    level.empty = false;
    new_line(levels_.size());
}

JsonWriter& JsonWriter::open(char bracket, bool object) {
    begin_value();
    out_ += bracket;
    levels_.push_back(Level{object, true});
    return *this;
}

JsonWriter& JsonWriter::close(char bracket, bool object) {
    if (levels_.empty() || levels_.back().object != object || after_key_)
        throw std::logic_error(fmt::format("JSON '{}' does not close what is open", bracket));
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) new_line(levels_.size());  // {} and [] stay on one line
    out_ += bracket;
    if (levels_.empty()) done_ = true;
    return *this;
}

void JsonWriter::new_line(std::size_t depth) {
    if (layout_ == JsonLayout::compact) return;
    // One append for the line break and the indent: a report writes one for every field of 50,000 people.
    static const std::string line_starts = '\n' + std::string(64, ' ');
    const std::size_t indent = 2 * (base_depth_ + depth);
    if (indent < line_starts.size())
        out_.append(line_starts, 0, 1 + indent);
    else
        out_.append(1, '\n').append(indent, ' ');
}

}  // namespace repjourney

#pragma once
// A streaming JSON writer: calls in document order build valid JSON (RFC 8259), pretty-printed
// with two-space indents or compact. Misuse (a value without its key, an unclosed array) throws
// std::logic_error, so a renderer bug never reaches a script as broken JSON.

#include <charconv>
#include <concepts>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "model/date.hpp"

namespace repjourney {

enum class JsonLayout { pretty, compact };

// Integers of any width and sign, but not bool (which is integral in C++ and not a number in JSON).
template <typename T>
concept JsonInteger = std::integral<T> && !std::same_as<T, bool>;

// For JsonWriter::value, which writes null for an empty optional.
template <typename T>
inline constexpr bool is_std_optional = false;
template <typename T>
inline constexpr bool is_std_optional<std::optional<T>> = true;

class JsonWriter {
public:
    explicit JsonWriter(JsonLayout layout = JsonLayout::pretty) : layout_(layout) {}
    // A writer of items for the array another writer has open at this depth: they follow the
    // array's items so far (after_items), commas and all, and take_items() gives them for that
    // writer's write_items(). So a large array's items can be written on every core.
    static JsonWriter array_items(JsonLayout layout, std::size_t depth, bool after_items);

    JsonWriter& begin_object();
    JsonWriter& end_object();
    JsonWriter& begin_array();
    JsonWriter& end_array();
    JsonWriter& key(std::string_view name);

    // Strings are escaped (quote, backslash, control characters); UTF-8 passes through, and
    // invalid bytes become U+FFFD so the output stays valid.
    JsonWriter& string(std::string_view text);
    JsonWriter& number(JsonInteger auto n) {
        char digits[24];  // the longest 64-bit integer has 20 digits and a sign
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        return scalar(std::string_view{digits, static_cast<std::size_t>(end - digits)});
    }
    JsonWriter& boolean(bool b) { return scalar(b ? "true" : "false"); }
    JsonWriter& null() { return scalar("null"); }
    // A value already written as JSON, as it is.
    JsonWriter& raw(std::string_view json) { return scalar(json); }
    // The depth of nesting the next value is written at.
    std::size_t depth() const { return base_depth_ + levels_.size(); }

    // Any of the above by type: text, integer, bool, Date (as YYYY-MM-DD), optional (null when absent).
    template <typename T>
    JsonWriter& value(const T& v) {
        if constexpr (std::is_same_v<T, bool>)
            return boolean(v);
        else if constexpr (std::is_integral_v<T>)
            return number(v);
        else if constexpr (std::is_same_v<T, Date>)
            return string(v.iso());
        else if constexpr (is_std_optional<T>)
            return v ? value(*v) : null();
        else
            return string(std::string_view{v});
    }

    // "name": value; an absent optional writes null.
    template <typename T>
    JsonWriter& field(std::string_view name, const T& v) {
        key(name);
        return value(v);
    }

    // "name": value when present; nothing at all when absent (fields the contract gives "only when ...").
    template <typename T>
    JsonWriter& optional_field(std::string_view name, const std::optional<T>& v) {
        return v ? field(name, *v) : *this;
    }

    // True once one whole value (usually the top-level object) has been written.
    bool complete() const { return done_; }
    // The document, without a final newline; throws std::logic_error unless complete().
    const std::string& str() const;
    // The same, moved out of the writer, which is done with.
    std::string take();
    // How much was written since the last write_partial.
    std::size_t pending_bytes() const { return out_.size(); }
    // The items an array_items writer wrote, the array left open.
    std::string take_items();
    // Writes out what is pending, then items from take_items() as the next of the open array's.
    void write_items(std::ostream& out, std::string_view items);
    // Writes out what was written since the last call, for a large document written as it
    // is made; the buffer keeps its room for what comes next.
    void write_partial(std::ostream& out) {
        out.write(out_.data(), static_cast<std::streamsize>(out_.size()));
        out_.clear();
    }

private:
    // A writer whose lines are indented as if depth levels were open around it.
    JsonWriter(JsonLayout layout, std::size_t depth) : layout_(layout), base_depth_(depth) {}

    struct Level {
        bool object = false;
        bool empty = true;
    };

    JsonWriter& scalar(std::string_view text);
    JsonWriter& ended_value();  // after a value: a top-level one completes the document
    void begin_value();         // the comma and indentation before a value, and checks that one may come here
    JsonWriter& open(char bracket, bool object);
    JsonWriter& close(char bracket, bool object);
    void new_line(std::size_t depth);

    JsonLayout layout_;
    std::size_t base_depth_ = 0;
    std::string out_;
    std::vector<Level> levels_;
    bool after_key_ = false;
    bool done_ = false;
};

}  // namespace repjourney

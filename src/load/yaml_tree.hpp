#pragma once
// A small YAML tree with a source mark on every node, built from yaml-cpp's
// event parser. Unlike YAML::Node it keeps duplicate keys visible, refuses
// anchors and aliases (no "billion laughs"), bounds nesting, and notices a
// second document after the first.

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/message.hpp"
#include "model/model.hpp"

namespace repjourney {

struct YamlNode {
    enum class Kind { null, scalar, sequence, mapping };
    Kind kind = Kind::null;
    SourceMark mark;
    std::string text;    // a scalar's text
    bool plain = false;  // an unquoted scalar, so `true` is a boolean and not the word
    bool flow = false;   // a collection written inline: [a, b] or {k: v}
    // Sequence items; for a mapping, keys and values alternate: key, value, key, value...
    std::vector<YamlNode> children;
    // A top-level section's list whose items went to a SectionItemSink instead of `children`.
    std::uint32_t streamed_items = 0;
    std::uint32_t first_item_line = 0;  // of the first streamed item

    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_null() const { return kind == Kind::null; }
    std::size_t mapping_size() const { return children.size() / 2; }
    const YamlNode& key(std::size_t i) const { return children[2 * i]; }
    const YamlNode& value(std::size_t i) const { return children[2 * i + 1]; }
};

struct YamlProblem {
    SourceMark mark;
    Message message;
};

struct YamlDocument {
    std::optional<YamlNode> root;  // absent for an empty file or when parsing failed
    std::vector<YamlProblem> problems;
};

// Deeper than this is not data of ours; stop before it costs stack or memory.
constexpr int max_yaml_depth = 32;

// Receives each item of a top-level section's list as soon as it is parsed, so a
// 70 MB file never exists as one tree: memory stays bounded by one item. The item
// is the sink's to keep.
using SectionItemSink = std::function<void(std::string_view section, YamlNode&& item)>;

YamlDocument parse_yaml(std::string_view text, std::uint32_t file, const SectionItemSink& sink = {});

// The index of key (a scalar key) in a mapping, or nothing.
std::optional<std::size_t> find_key(const YamlNode& mapping, std::string_view key);
// The same, reading from a stream (a large file, checked as it is read).
YamlDocument parse_yaml(std::istream& input, std::uint32_t file, const SectionItemSink& sink = {});

// yaml-cpp's parse events, recorded compactly, so that one thread can parse while another
// builds the tree (and the records) from them: a large file's two halves of work overlap.
struct YamlTape {
    enum class Kind : std::uint8_t {
        null,
        alias,
        scalar,
        sequence_start,
        sequence_end,
        mapping_start,
        mapping_end,
        second_document,  // another document starts here
        failure,          // parsing stopped here; the text is the message
    };
    struct Event {
        Kind kind;
        bool flag;  // a scalar: plain (unquoted); a collection: flow style
        int line;
        int column;
        std::size_t anchor;
        std::size_t text_offset;  // a scalar's value or a failure's message, in texts
        std::size_t text_size;
    };
    std::vector<Event> events;
    std::string texts;
};

// Parses input as parse_yaml does, handing the events over in pieces of piece_events.
void record_yaml(std::istream& input, std::size_t piece_events, const std::function<void(YamlTape&&)>& deliver);

// Builds from recorded pieces, in order, the document parse_yaml would have built.
class YamlTapeReader {
public:
    YamlTapeReader(std::uint32_t file, const SectionItemSink& sink);
    ~YamlTapeReader();
    void read(const YamlTape& piece);
    YamlDocument finish();

private:
    struct Builder;  // yaml-cpp's types stay out of this header
    std::uint32_t file_;
    std::unique_ptr<Builder> builder_;
};

// Words for a node's kind in messages: "a mapping", "a list", "text", "nothing".
Message describe(const YamlNode& node);

}  // namespace repjourney

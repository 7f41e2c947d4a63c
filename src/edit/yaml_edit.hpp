#pragma once
// Changes to a YAML text made in place, on the positions of its parsed tree, so that every
// other byte (comments, blank lines, quoting, CRLF) stays as it was: yaml-cpp's emitter would
// drop the comments and reorder the keys. Each change also makes itself in the tree, which then
// is what the changed text must read as (see verify_edited); a shape that cannot be changed for
// certain is refused with its place, never guessed at.

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "edit/new_value.hpp"
#include "edit/unified_diff.hpp"
#include "edit/yaml_text.hpp"
#include "load/yaml_tree.hpp"

namespace repjourney {

// What cannot be changed in place, and where it is written: to be changed by hand.
class EditRefused : public std::runtime_error {
public:
    EditRefused(SourceMark mark, Message message)
        : std::runtime_error(message.english()), mark(mark), words(std::move(message)) {}
    SourceMark mark;
    Message words;  // what() in either language
};

// Replace [span.begin, span.end) with text: an insertion when the span is empty.
struct TextEdit {
    Span span;
    std::string text;
};

class YamlEditor {
public:
    // text is the file's and root its parse (parse_yaml). The nodes given to the changes are of
    // root, which they change along with the text: root then holds what the changed text must read
    // as. Where things are in the text is always worked out on a copy of root as it was.
    YamlEditor(std::string_view text, const YamlNode& root);

    // Sets key in mapping to value: replaces the value written there (a mapping merged key by key
    // into a mapping in the block style), or adds the key after the mapping's last key with a value
    // on its line (or at its end), in the mapping's style.
    void set(YamlNode& mapping, std::string_view key, const NewValue& value);
    // Removes key and its value from mapping, if it is there.
    void remove(YamlNode& mapping, std::string_view key);
    // Appends item to a list, in the style of the list and of its last item.
    void append(YamlNode& list, const NewValue& item);

    // The text with every change made.
    std::string result() const;
    // The same changes as whole lines replaced, for the diff of --dry-run.
    std::vector<LineSplice> line_splices() const;
    bool changed() const { return !edits_.empty(); }

private:
    const YamlNode& original_of(const YamlNode& node) const;
    void index_originals(const YamlNode& node);
    Span span_of_value(const YamlNode& mapping, std::size_t i) const;
    Span span_of(const YamlNode& node) const;
    void insert_into_block_mapping(const YamlNode& mapping, std::string_view key, const NewValue& value);
    void insert_into_flow(const YamlNode& collection, const std::string& entry);
    void append_to_block_list(const YamlNode& list, const NewValue& item);
    void require_one_line(const YamlNode& node, Span span, MessageId what) const;
    std::string lines_text(const std::vector<std::string>& lines) const;
    std::vector<TextEdit> sorted_edits() const;

    std::string_view text_;
    LineIndex lines_;
    std::string_view line_break_;
    std::vector<TextEdit> edits_;
    YamlNode original_;
    // Each node of original_ by where it starts and its kind (a block mapping starts where its
    // first key does).
    std::map<std::pair<std::size_t, YamlNode::Kind>, const YamlNode*> originals_;
};

// A node the editor made: it has no place in the old text.
bool is_new(const YamlNode& node);

// Whether two trees hold the same (marks and styles aside): the edited text read back against
// the tree the editor changed.
bool same_tree(const YamlNode& a, const YamlNode& b);

}  // namespace repjourney

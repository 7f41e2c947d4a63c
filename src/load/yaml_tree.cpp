#include "load/yaml_tree.hpp"

#include <istream>
#include <streambuf>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace repjourney {

namespace {

// Lets yaml-cpp read the file's bytes in place instead of copying them into a stringstream.
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view text) {
        char* begin = const_cast<char*>(text.data());  // read-only use: streambuf's get area is non-const
        setg(begin, begin, begin + text.size());
    }
};

// Children a mapping has room for from the start: five keys and their values.
constexpr std::size_t mapping_room = 10;

class TreeBuilder : public YAML::EventHandler {
public:
    TreeBuilder(std::uint32_t file, YamlDocument& document, const SectionItemSink& sink)
        : file_(file), document_(document), sink_(sink) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        check_anchor(mark, anchor);
        add(YamlNode{YamlNode::Kind::null, to_mark(mark), {}, true, false, {}});
    }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
        problem(mark, "aliases (*name) are not supported in data files; write the value out in full");
        add(YamlNode{YamlNode::Kind::null, to_mark(mark), {}, true, false, {}});
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        check_anchor(mark, anchor);
        add(YamlNode{YamlNode::Kind::scalar, to_mark(mark), value, tag.size() == 1 && tag[0] == '?', false, {}});
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        open(mark, anchor, YamlNode::Kind::sequence, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        open(mark, anchor, YamlNode::Kind::mapping, style == YAML::EmitterStyle::Flow);
    }
    void OnMapEnd() override { close(); }

private:
    SourceMark to_mark(const YAML::Mark& mark) const {
        return SourceMark{file_, static_cast<std::uint32_t>(std::max(mark.line, 0)),
                          static_cast<std::uint32_t>(std::max(mark.column, 0))};
    }
    void problem(const YAML::Mark& mark, std::string message) {
        document_.problems.push_back({to_mark(mark), std::move(message)});
    }
    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor)
            problem(mark, "anchors (&name) are not supported in data files; write the value out in full");
    }

    // Collections are built on a stack of values, not pointers into parents, so
    // a parent's vector may grow without invalidating anything.
    void open(const YAML::Mark& mark, YAML::anchor_t anchor, YamlNode::Kind kind, bool flow) {
        check_anchor(mark, anchor);
        if (++depth_ > max_yaml_depth) {
            if (depth_ == max_yaml_depth + 1 && !reported_depth_)
                problem(mark, "nesting is too deep (more than " + std::to_string(max_yaml_depth) + " levels)");
            reported_depth_ = true;
            return;
        }
        stack_.push_back(YamlNode{kind, to_mark(mark), {}, false, flow, {}});
        // Room for an event's keys and values up front, rather than growing four times for each.
        if (kind == YamlNode::Kind::mapping) stack_.back().children.reserve(mapping_room);
    }
    void close() {
        if (depth_-- > max_yaml_depth) return;
        YamlNode node = std::move(stack_.back());
        stack_.pop_back();
        add(std::move(node));
    }
    void add(YamlNode node) {
        if (depth_ > max_yaml_depth) return;
        if (stack_.empty())
            document_.root = std::move(node);
        else if (is_section_item())
            stream(std::move(node));
        else
            stack_.back().children.push_back(std::move(node));
    }

    // An item of a list that is the value of a key of the top-level mapping.
    bool is_section_item() const {
        return sink_ && stack_.size() == 2 && stack_[0].kind == YamlNode::Kind::mapping &&
               stack_[0].children.size() % 2 == 1 && stack_[1].kind == YamlNode::Kind::sequence;
    }
    void stream(YamlNode item) {
        YamlNode& list = stack_[1];
        if (list.streamed_items++ == 0) list.first_item_line = item.mark.line;
        if (!document_.problems.empty()) return;  // a file with problems is not read into the model
        const YamlNode& key = stack_[0].children.back();
        sink_(key.is_scalar() ? std::string_view{key.text} : std::string_view{}, std::move(item));
    }

    std::uint32_t file_;
    YamlDocument& document_;
    const SectionItemSink& sink_;
    std::vector<YamlNode> stack_;
    int depth_ = 0;
    bool reported_depth_ = false;
};

// Another document after the first: yaml-cpp would silently ignore it.
class DocumentStartSpy : public YAML::EventHandler {
public:
    std::optional<YAML::Mark> start;
    void OnDocumentStart(const YAML::Mark& mark) override {
        if (!start) start = mark;
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::string parser_message(const YAML::Exception& e) {
    if (dynamic_cast<const YAML::DeepRecursion*>(&e)) return "nesting is too deep";
    return "YAML syntax error: " + e.msg;
}

}  // namespace

YamlDocument parse_yaml(std::string_view text, std::uint32_t file, const SectionItemSink& sink) {
    ViewBuffer buffer{text};
    std::istream stream{&buffer};
    return parse_yaml(stream, file, sink);
}

YamlDocument parse_yaml(std::istream& input, std::uint32_t file, const SectionItemSink& sink) {
    YamlDocument document;
    try {
        YAML::Parser parser{input};
        TreeBuilder builder{file, document, sink};
        if (!parser.HandleNextDocument(builder)) return document;
        DocumentStartSpy spy;
        if (parser.HandleNextDocument(spy)) {
            const auto mark = spy.start.value_or(YAML::Mark{});
            document.problems.push_back({SourceMark{file, static_cast<std::uint32_t>(std::max(mark.line, 0)),
                                                    static_cast<std::uint32_t>(std::max(mark.column, 0))},
                                         "a data file holds one YAML document; remove this second one or move it to "
                                         "a file of its own"});
        }
    } catch (const YAML::Exception& e) {
        document.root.reset();
        document.problems.push_back({SourceMark{file, static_cast<std::uint32_t>(std::max(e.mark.line, 0)),
                                                static_cast<std::uint32_t>(std::max(e.mark.column, 0))},
                                     parser_message(e)});
    }
    return document;
}

std::string_view describe(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null: return "nothing";
        case YamlNode::Kind::scalar: return "text";
        case YamlNode::Kind::sequence: return "a list";
        case YamlNode::Kind::mapping: return "a mapping";
    }
    return "?";
}

}  // namespace repjourney

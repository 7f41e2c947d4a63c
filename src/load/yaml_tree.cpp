#include "load/yaml_tree.hpp"

#include <istream>
#include <memory>
#include <streambuf>
#include <utility>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "diagnostics/messages.hpp"

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

// yaml-cpp tags an unquoted scalar "?": then `true` is a boolean and not the word.
bool is_plain(const std::string& tag) { return tag.size() == 1 && tag[0] == '?'; }

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
        problem(mark, Message{MessageId::yaml_aliases});
        add(YamlNode{YamlNode::Kind::null, to_mark(mark), {}, true, false, {}});
    }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        scalar(mark, is_plain(tag), anchor, value);
    }
    void scalar(const YAML::Mark& mark, bool plain, YAML::anchor_t anchor, std::string_view value) {
        check_anchor(mark, anchor);
        add(YamlNode{YamlNode::Kind::scalar, to_mark(mark), std::string{value}, plain, false, {}});
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
    void problem(const YAML::Mark& mark, Message message) {
        document_.problems.push_back({to_mark(mark), std::move(message)});
    }
    void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor) problem(mark, Message{MessageId::yaml_anchors});
    }

    // Collections are built on a stack of values, not pointers into parents, so
    // a parent's vector may grow without invalidating anything.
    void open(const YAML::Mark& mark, YAML::anchor_t anchor, YamlNode::Kind kind, bool flow) {
        check_anchor(mark, anchor);
        if (++depth_ > max_yaml_depth) {
            if (depth_ == max_yaml_depth + 1 && !reported_depth_)
                problem(mark, Message{MessageId::yaml_too_deep_levels, max_yaml_depth});
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

// yaml-cpp's message, or "" for nesting too deep: the tape keeps it as text, and
// failure_message puts it into words.
std::string parser_message(const YAML::Exception& e) {
    if (dynamic_cast<const YAML::DeepRecursion*>(&e)) return {};
    return e.msg;
}

// yaml-cpp's own words (exceptions.h) for the slips people make, so that they can be said in Swedish
// too; others are quoted as yaml-cpp says them.
Message failure_message(std::string_view yaml_cpp_message) {
    if (yaml_cpp_message.empty()) return Message{MessageId::yaml_too_deep};
    struct Known {
        std::string_view words;
        MessageId id;
    };
    static const Known known[] = {
        {YAML::ErrorMsg::END_OF_MAP, MessageId::yaml_end_of_map},
        {YAML::ErrorMsg::END_OF_MAP_FLOW, MessageId::yaml_end_of_map_flow},
        {YAML::ErrorMsg::END_OF_SEQ, MessageId::yaml_end_of_seq},
        {YAML::ErrorMsg::END_OF_SEQ_FLOW, MessageId::yaml_end_of_seq_flow},
        {YAML::ErrorMsg::UNKNOWN_TOKEN, MessageId::yaml_unknown_token},
        {YAML::ErrorMsg::DOC_IN_SCALAR, MessageId::yaml_doc_in_scalar},
        {YAML::ErrorMsg::EOF_IN_SCALAR, MessageId::yaml_eof_in_scalar},
        {YAML::ErrorMsg::CHAR_IN_SCALAR, MessageId::yaml_char_in_scalar},
        {YAML::ErrorMsg::TAB_IN_INDENTATION, MessageId::yaml_tab_in_indentation},
        {YAML::ErrorMsg::FLOW_END, MessageId::yaml_flow_end},
        {YAML::ErrorMsg::BLOCK_ENTRY, MessageId::yaml_block_entry},
        {YAML::ErrorMsg::MAP_KEY, MessageId::yaml_map_key},
        {YAML::ErrorMsg::MAP_VALUE, MessageId::yaml_map_value},
        {YAML::ErrorMsg::CHAR_IN_BLOCK, MessageId::yaml_char_in_block},
        {YAML::ErrorMsg::INVALID_HEX, MessageId::yaml_invalid_hex},
        {YAML::ErrorMsg::MULTIPLE_TAGS, MessageId::yaml_multiple_tags},
        {YAML::ErrorMsg::MULTIPLE_ANCHORS, MessageId::yaml_multiple_anchors},
        {YAML::ErrorMsg::UNEXPECTED_END_SEQ, MessageId::yaml_unexpected_end_seq},
        {YAML::ErrorMsg::UNEXPECTED_END_MAP, MessageId::yaml_unexpected_end_map},
        {YAML::ErrorMsg::SINGLE_QUOTED_CHAR, MessageId::yaml_single_quoted},
    };
    for (const Known& k : known)
        if (yaml_cpp_message == k.words) return Message{MessageId::yaml_syntax_error, Message{k.id}};
    // "unknown escape character: x" and "invalid unicode: x" end with what was found.
    const std::pair<std::string_view, MessageId> ending_with_what[] = {
        {YAML::ErrorMsg::INVALID_ESCAPE, MessageId::yaml_unknown_escape},
        {YAML::ErrorMsg::INVALID_UNICODE, MessageId::yaml_invalid_unicode}};
    for (const auto& [prefix, id] : ending_with_what)
        if (yaml_cpp_message.starts_with(prefix))
            return Message{MessageId::yaml_syntax_error, Message{id, yaml_cpp_message.substr(prefix.size())}};
    return Message{MessageId::yaml_syntax_error, yaml_cpp_message};
}

}  // namespace

std::optional<std::size_t> find_key(const YamlNode& mapping, std::string_view key) {
    for (std::size_t i = 0; i < mapping.mapping_size(); ++i)
        if (mapping.key(i).is_scalar() && mapping.key(i).text == key) return i;
    return std::nullopt;
}

YamlDocument parse_yaml(std::string_view text, std::uint32_t file, const SectionItemSink& sink) {
    ViewBuffer buffer{text};
    std::istream stream{&buffer};
    return parse_yaml(stream, file, sink);
}

namespace {

// Runs yaml-cpp over the one document of input into handler. A second document is
// reported to second_document (at its start), a parse error to failure.
template <typename SecondDocument, typename Failure>
void drive_parser(std::istream& input, YAML::EventHandler& handler, const SecondDocument& second_document,
                  const Failure& failure) {
    try {
        YAML::Parser parser{input};
        if (!parser.HandleNextDocument(handler)) return;
        DocumentStartSpy spy;
        if (parser.HandleNextDocument(spy)) second_document(spy.start.value_or(YAML::Mark{}));
    } catch (const YAML::Exception& e) {
        failure(e.mark, parser_message(e));
    }
}

SourceMark source_mark(std::uint32_t file, int line, int column) {
    return SourceMark{file, static_cast<std::uint32_t>(std::max(line, 0)),
                      static_cast<std::uint32_t>(std::max(column, 0))};
}

}  // namespace

YamlDocument parse_yaml(std::istream& input, std::uint32_t file, const SectionItemSink& sink) {
    YamlDocument document;
    TreeBuilder builder{file, document, sink};
    drive_parser(
        input, builder,
        [&](const YAML::Mark& start) {
            document.problems.push_back(
                {source_mark(file, start.line, start.column), Message{MessageId::yaml_second_document}});
        },
        [&](const YAML::Mark& mark, const std::string& message) {
            document.root.reset();
            document.problems.push_back({source_mark(file, mark.line, mark.column), failure_message(message)});
        });
    return document;
}

// --- the tape ---------------------------------------------------------------------

namespace {
// Records yaml-cpp's events as they come, handing them over a piece at a time.
class TapeRecorder : public YAML::EventHandler {
public:
    TapeRecorder(std::size_t piece_events, const std::function<void(YamlTape&&)>& deliver)
        : piece_events_(piece_events), deliver_(deliver) {
        tape_.events.reserve(piece_events_);
        tape_.texts.reserve(piece_events_ * 8);
    }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { add(YamlTape::Kind::null, mark, anchor); }
    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override { add(YamlTape::Kind::alias, mark, anchor); }
    void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  const std::string& value) override {
        add(YamlTape::Kind::scalar, mark, anchor, is_plain(tag), value);
    }
    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override {
        add(YamlTape::Kind::sequence_start, mark, anchor, style == YAML::EmitterStyle::Flow);
    }
    void OnSequenceEnd() override { add(YamlTape::Kind::sequence_end, YAML::Mark{}, YAML::NullAnchor); }
    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override {
        add(YamlTape::Kind::mapping_start, mark, anchor, style == YAML::EmitterStyle::Flow);
    }
    void OnMapEnd() override { add(YamlTape::Kind::mapping_end, YAML::Mark{}, YAML::NullAnchor); }

    void add(YamlTape::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor, bool flag = false,
             std::string_view text = {}) {
        tape_.events.push_back({kind, flag, mark.line, mark.column, anchor, tape_.texts.size(), text.size()});
        tape_.texts += text;
        if (tape_.events.size() == piece_events_) flush();
    }
    void flush() {
        if (tape_.events.empty()) return;
        deliver_(std::exchange(tape_, {}));
        tape_.events.reserve(piece_events_);  // grown once, not by doubling
        tape_.texts.reserve(piece_events_ * 8);
    }

private:
    std::size_t piece_events_;
    const std::function<void(YamlTape&&)>& deliver_;
    YamlTape tape_;
};
}  // namespace

void record_yaml(std::istream& input, std::size_t piece_events, const std::function<void(YamlTape&&)>& deliver) {
    TapeRecorder recorder{piece_events, deliver};
    drive_parser(
        input, recorder,
        [&](const YAML::Mark& start) { recorder.add(YamlTape::Kind::second_document, start, YAML::NullAnchor); },
        [&](const YAML::Mark& mark, const std::string& message) {
            recorder.add(YamlTape::Kind::failure, mark, YAML::NullAnchor, false, message);
        });
    recorder.flush();
}

struct YamlTapeReader::Builder {
    YamlDocument document;
    SectionItemSink sink;  // kept here: the builder holds on to it
    TreeBuilder tree;
    Builder(std::uint32_t file, SectionItemSink item_sink) : sink{std::move(item_sink)}, tree{file, document, sink} {}
};

YamlTapeReader::YamlTapeReader(std::uint32_t file, const SectionItemSink& sink)
    : file_(file), builder_(std::make_unique<Builder>(file, sink)) {}

YamlTapeReader::~YamlTapeReader() = default;

void YamlTapeReader::read(const YamlTape& tape) {
    TreeBuilder& tree = builder_->tree;
    YamlDocument& document = builder_->document;
    for (const YamlTape::Event& event : tape.events) {
        const YAML::Mark mark = [&] {
            YAML::Mark m;
            m.line = event.line;
            m.column = event.column;
            return m;
        }();
        const std::string_view text = std::string_view{tape.texts}.substr(event.text_offset, event.text_size);
        switch (event.kind) {
            using Kind = YamlTape::Kind;
            case Kind::null: tree.OnNull(mark, event.anchor); break;
            case Kind::alias: tree.OnAlias(mark, event.anchor); break;
            case Kind::scalar: tree.scalar(mark, event.flag, event.anchor, text); break;
            case Kind::sequence_start:
                tree.OnSequenceStart(mark, {}, event.anchor,
                                     event.flag ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
                break;
            case Kind::sequence_end: tree.OnSequenceEnd(); break;
            case Kind::mapping_start:
                tree.OnMapStart(mark, {}, event.anchor,
                                event.flag ? YAML::EmitterStyle::Flow : YAML::EmitterStyle::Block);
                break;
            case Kind::mapping_end: tree.OnMapEnd(); break;
            case Kind::second_document:
                document.problems.push_back(
                    {source_mark(file_, event.line, event.column), Message{MessageId::yaml_second_document}});
                break;
            case Kind::failure:
                document.root.reset();
                document.problems.push_back({source_mark(file_, event.line, event.column), failure_message(text)});
                break;
        }
    }
}

YamlDocument YamlTapeReader::finish() { return std::move(builder_->document); }

Message describe(const YamlNode& node) {
    switch (node.kind) {
        case YamlNode::Kind::null: return Message{MessageId::node_nothing};
        case YamlNode::Kind::scalar: return Message{MessageId::node_text};
        case YamlNode::Kind::sequence: return Message{MessageId::node_list};
        case YamlNode::Kind::mapping: return Message{MessageId::node_mapping};
    }
    return "?";
}

}  // namespace repjourney

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"
#include "model/suggestion_key.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> event_keys = {"date", "rep",    "type", "milestone", "role",
                                                  "by",   "answer", "note", "action",    "for"};
const std::vector<std::string_view> event_type_words = {"milestone", "feedback", "recognition", "note", "nomination"};

// Keys that mean something only for some event types; `note` and the common three fit every type.
bool applies(std::string_view key, EventType type) {
    if (key == "milestone") return type == EventType::milestone;
    if (key == "role") return type == EventType::milestone || type == EventType::nomination;
    if (key == "answer") return type == EventType::nomination;
    if (key == "by") return type == EventType::feedback || type == EventType::recognition;
    if (key == "action" || key == "for") return type == EventType::recognition;
    return true;
}
}  // namespace

void SectionReader::events(const YamlNode& node, std::vector<Event>& out) {
    for (const YamlNode& item : section_items(node, "events", problems)) event(item, out);
}

void SectionReader::event(const YamlNode& item, std::vector<Event>& out) {
    Fields f{item, MessageId::the_event, event_keys, problems};
    if (!f.is_mapping()) return;
    Event event;
    event.mark = item.mark;
    const auto date = f.date("date", Need::required);
    event.rep = texts.keep(f.id("rep", Need::required));
    const std::string_view type_word = f.text("type", Need::required);
    const auto type = event_type_from(type_word);
    if (!type_word.empty() && !type)
        problems.error(f.value("type")->mark, Message{MessageId::unknown_event_type, type_word,
                                                      did_you_mean_message(type_word, event_type_words)});
    if (!date || event.rep.empty() || !type) {
        // Not kept, but who it names is still worth checking.
        if (const YamlNode* rep = f.value("rep")) refer(Reference::Kind::representative, event.rep, rep->mark);
        return;
    }
    event.date = *date;
    event.type = *type;
    for (const auto key : event_keys)
        if (f.has(key) && !applies(key, event.type))
            problems.warning(f.key_mark(key), Message{MessageId::key_ignored_for_type, key, type_word});
    if (event.type == EventType::milestone) {
        event.milestone = texts.keep(f.id("milestone", Need::required));
        event.role = texts.keep(f.id("role"));
    }
    if (event.type == EventType::nomination) {
        event.role = texts.keep(f.id("role", Need::required));
        const std::string_view answer = f.text("answer", Need::required);
        if (const auto parsed = nomination_answer_from(answer))
            event.answer = *parsed;
        else if (!answer.empty())
            problems.error(f.value("answer")->mark, Message{MessageId::invalid_answer, answer});
        if (event.role.empty() || event.answer == NominationAnswer::none) return;
    }
    if (event.type == EventType::feedback || event.type == EventType::recognition) event.by = texts.keep(f.text("by"));
    if (event.type == EventType::recognition) {
        event.action = texts.keep(f.id("action"));
        event.for_key = texts.keep(f.text("for"));
        // A mistyped key would silently never answer its suggestion.
        if (!event.for_key.empty() && !suggestion_key_kind(event.for_key))
            problems.warning(f.value("for")->mark, Message{MessageId::for_not_a_key, event.for_key});
    }
    const std::string_view note = f.text("note");
    if (notes) event.note = notes->copy(note);
    out.push_back(std::move(event));

    refer_from_event(Reference::Kind::representative, f.value("rep"), out);
    const Event& kept = out.back();
    if (!kept.role.empty()) refer_from_event(Reference::Kind::role, f.value("role"), out);
    if (!kept.milestone.empty()) refer_from_event(Reference::Kind::milestone, f.value("milestone"), out);
    if (!kept.by.empty()) refer_from_event(Reference::Kind::given_by, f.value("by"), out);
    if (!kept.action.empty()) refer_from_event(Reference::Kind::action, f.value("action"), out);
}

const std::vector<YamlNode>& section_items(const YamlNode& node, std::string_view section, Problems& problems) {
    static const std::vector<YamlNode> none;
    if (node.kind == YamlNode::Kind::sequence) return node.children;
    if (!node.is_null()) problems.error(node.mark, Message{MessageId::section_not_a_list, section, describe(node)});
    return none;
}

}  // namespace repjourney

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> event_keys = {"date", "rep", "type", "milestone", "role",
                                                  "by",   "note", "action", "for"};
const std::vector<std::string_view> event_type_words = {"milestone", "feedback", "recognition", "note"};

// Keys that mean something only for some event types; `note` and the common three fit every type.
bool applies(std::string_view key, EventType type) {
    if (key == "milestone" || key == "role") return type == EventType::milestone;
    if (key == "by") return type == EventType::feedback || type == EventType::recognition;
    if (key == "action" || key == "for") return type == EventType::recognition;
    return true;
}
}  // namespace

void SectionReader::events(const YamlNode& node, std::vector<Event>& out) {
    for (const YamlNode& item : section_items(node, "events", problems)) {
        Fields f{item, "event", event_keys, problems};
        if (!f.is_mapping()) continue;
        Event event;
        event.mark = item.mark;
        const auto date = f.date("date", Need::required);
        event.rep = f.id("rep", Need::required);
        const std::string type_word = f.text("type", Need::required);
        const auto type = event_type_from(type_word);
        if (!type_word.empty() && !type)
            problems.error(f.value("type")->mark,
                           fmt::format("unknown event type '{}': use milestone, feedback, recognition or note{}",
                                       type_word, did_you_mean(type_word, event_type_words)));
        if (const YamlNode* rep = f.value("rep")) refer(Reference::Kind::representative, event.rep, rep->mark);
        if (!date || event.rep.empty() || !type) continue;
        event.date = *date;
        event.type = *type;

        for (const auto key : event_keys)
            if (f.has(key) && !applies(key, event.type))
                problems.warning(f.key_mark(key), fmt::format("'{}' does not apply to a {} event and is ignored", key,
                                                              type_word));
        if (event.type == EventType::milestone) {
            event.milestone = f.id("milestone", Need::required);
            event.role = f.id("role");
            if (const YamlNode* role = f.value("role")) refer(Reference::Kind::role, event.role, role->mark);
            if (const YamlNode* m = f.value("milestone"))
                refer(Reference::Kind::milestone, event.milestone, m->mark, event.rep, event.role);
        }
        if (event.type == EventType::feedback || event.type == EventType::recognition) {
            event.by = f.text("by");
            if (const YamlNode* by = f.value("by")) refer(Reference::Kind::given_by, event.by, by->mark);
        }
        if (event.type == EventType::recognition) {
            event.action = f.id("action");
            if (const YamlNode* action = f.value("action")) refer(Reference::Kind::action, event.action, action->mark);
            event.for_key = f.text("for");
        }
        event.note = f.text("note");
        out.push_back(std::move(event));
    }
}

const std::vector<YamlNode>& section_items(const YamlNode& node, std::string_view section, Problems& problems) {
    static const std::vector<YamlNode> none;
    if (node.kind == YamlNode::Kind::sequence) return node.children;
    if (!node.is_null())
        problems.error(node.mark, fmt::format("'{}' should be a list (items starting with '- '), not {}", section,
                                              describe(node)));
    return none;
}

}  // namespace repjourney

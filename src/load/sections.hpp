#pragma once
// Readers for the four top-level sections of a data file. Each turns YAML into
// model structs, reports what is malformed, and notes the references to other
// things (roles, people, milestones...) for the loader to resolve once every
// file is read.

#include <string>
#include <vector>

#include "load/problems.hpp"
#include "load/yaml_tree.hpp"
#include "model/model.hpp"

namespace repjourney {

struct Reference {
    enum class Kind { role, coordinator, representative, action, milestone, given_by, exit_reason };
    Kind kind;
    std::string id;
    SourceMark mark;   // of the referring value
    std::string rep;   // milestone: whose milestone event
    std::string role;  // milestone: the event's role, when given
};

// A reference made by an event, kept small: there are hundreds of thousands of
// events, and the referred id is read from the event itself.
struct EventReference {
    Reference::Kind kind;
    SourceMark mark;      // of the referring value
    std::uint32_t event;  // index into the events vector the event was read into
};

struct SectionReader {
    Problems& problems;
    std::vector<Reference>& references;
    std::vector<EventReference>& event_references;
    TextPool& texts;  // keeps the ids events name
    TextPool* notes;  // keeps the events' notes; none: they are left out

    void organisation(const YamlNode& node, Organisation& out);
    void seat(const YamlNode& item, std::vector<Seat>& out);
    // A whole section's list, or one item of it (the loader hands items over as they are parsed).
    void roles(const YamlNode& node, std::vector<Role>& out);
    void role(const YamlNode& item, std::vector<Role>& out);
    void representatives(const YamlNode& node, std::vector<Representative>& out);
    void representative(const YamlNode& item, std::vector<Representative>& out);
    void events(const YamlNode& node, std::vector<Event>& out);
    void event(const YamlNode& item, std::vector<Event>& out);

    void refer(Reference::Kind kind, std::string_view id, SourceMark mark, std::string rep = {},
               std::string role = {}) {
        if (!id.empty()) references.push_back({kind, std::string{id}, mark, std::move(rep), std::move(role)});
    }
    void refer_from_event(Reference::Kind kind, const YamlNode* value, const std::vector<Event>& events) {
        if (value) event_references.push_back({kind, value->mark, static_cast<std::uint32_t>(events.size() - 1)});
    }
};

// The items of a section's list; reports a section that is not a list.
const std::vector<YamlNode>& section_items(const YamlNode& node, std::string_view section, Problems& problems);

}  // namespace repjourney

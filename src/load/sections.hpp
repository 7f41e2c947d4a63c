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
    enum class Kind { role, coordinator, representative, action, milestone, given_by };
    Kind kind;
    std::string id;
    SourceMark mark;    // of the referring value
    std::string rep;    // milestone: whose milestone event
    std::string role;   // milestone: the event's role, when given
};

struct SectionReader {
    Problems& problems;
    std::vector<Reference>& references;

    void organisation(const YamlNode& node, Organisation& out);
    void roles(const YamlNode& node, std::vector<Role>& out);
    void representatives(const YamlNode& node, std::vector<Representative>& out);
    void events(const YamlNode& node, std::vector<Event>& out);

    void refer(Reference::Kind kind, const std::string& id, SourceMark mark, std::string rep = {},
               std::string role = {}) {
        if (!id.empty()) references.push_back({kind, id, mark, std::move(rep), std::move(role)});
    }
};

// The items of a section's list; reports a section that is not a list.
const std::vector<YamlNode>& section_items(const YamlNode& node, std::string_view section, Problems& problems);

}  // namespace repjourney

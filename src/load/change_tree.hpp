#pragma once
// A data file's tree as a change (add, elect, leave, pause, import) needs it: every section whole
// but the events, which no change touches and which are most of a large federation's file. Those
// are only hashed, so that the changed file can be shown to hold the very same. Built from the
// section items a parse hands over, so the loader's own parse can keep it.

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "load/yaml_tree.hpp"

namespace repjourney {

struct ChangeTree {
    YamlNode root;
    std::vector<std::size_t> event_hashes;
};

class ChangeTreeBuilder {
public:
    // A streamed item of a section's list, in the order parsed.
    void item(std::string_view section, YamlNode&& item);
    // The tree, from the document's root without its streamed items.
    ChangeTree finish(YamlNode&& root);

private:
    ChangeTree tree_;
    std::vector<std::pair<std::string, std::vector<YamlNode>>> kept_;  // by section, in order
};

}  // namespace repjourney

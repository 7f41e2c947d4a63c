#include "load/change_tree.hpp"

#include <functional>

namespace repjourney {

namespace {
// A hash of what a node holds (marks and styles aside), to compare events without keeping them.
std::size_t tree_hash(const YamlNode& node) {
    std::size_t hash = std::hash<std::string>{}(node.text) ^ (static_cast<std::size_t>(node.kind) << 1) ^ node.plain;
    for (const YamlNode& child : node.children) hash = hash * 1'000'003 ^ tree_hash(child);
    return hash;
}
}  // namespace

void ChangeTreeBuilder::item(std::string_view section, YamlNode&& item) {
    if (section == "events") {
        tree_.event_hashes.push_back(tree_hash(item));
        return;
    }
    if (kept_.empty() || kept_.back().first != section)
        kept_.emplace_back(std::string{section}, std::vector<YamlNode>{});
    kept_.back().second.push_back(std::move(item));
}

ChangeTree ChangeTreeBuilder::finish(YamlNode&& root) {
    tree_.root = std::move(root);
    // The sections' items back in their lists: the first section of each name (a section named
    // twice is an error the load reports).
    if (tree_.root.kind == YamlNode::Kind::mapping)
        for (auto& [section, items] : kept_)
            if (const auto i = find_key(tree_.root, section))
                tree_.root.children[2 * *i + 1].children = std::move(items);
    kept_.clear();
    return std::move(tree_);
}

}  // namespace repjourney

#include "edit/data_change.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "diagnostics/timings.hpp"
#include "edit/unified_diff.hpp"
#include "load/source_text.hpp"
#include "record/file_lock.hpp"
#include "record/safe_file.hpp"
#include "record/write_target.hpp"

namespace repjourney {

namespace {

// One file's change, made under its lock.
struct PendingFile {
    const FileChange* change = nullptr;
    WriteTarget target;
    std::string old_text;
    std::string new_text;
    std::vector<LineSplice> splices;  // the edits, for the diff
    bool created = false;
};

Diagnostic refusal(const std::string& file, std::string_view text, const EditRefused& refused) {
    Problem problem;
    problem.mark = refused.mark;
    problem.message = refused.words;
    return SourceText{file, text}.diagnostic(problem);
}

// A hash of what a node holds (marks and styles aside), to compare events without keeping them.
std::size_t tree_hash(const YamlNode& node) {
    std::size_t hash = std::hash<std::string>{}(node.text) ^ (static_cast<std::size_t>(node.kind) << 1) ^ node.plain;
    for (const YamlNode& child : node.children) hash = hash * 1'000'003 ^ tree_hash(child);
    return hash;
}

// A data file as a change needs it: every section whole but the events, which no change touches and
// which are most of a large federation's file: those are only hashed, so that the changed file can
// be shown to hold the very same.
struct ChangeTree {
    YamlNode root;
    std::vector<std::size_t> event_hashes;
};

ChangeTree parse_for_change(const std::string& file, std::string_view text) {
    ChangeTree tree;
    std::vector<std::pair<std::string, std::vector<YamlNode>>> kept;  // by section, in order
    const auto sink = [&](std::string_view section, YamlNode&& item) {
        if (section == "events") {
            tree.event_hashes.push_back(tree_hash(item));
            return;
        }
        if (kept.empty() || kept.back().first != section)
            kept.emplace_back(std::string{section}, std::vector<YamlNode>{});
        kept.back().second.push_back(std::move(item));
    };
    YamlDocument document = parse_yaml(text, 0, sink);
    if (!document.problems.empty())
        throw Error(exit_data, Message{MessageId::file_changed_not_yaml, file, document.problems.front().mark.line + 1,
                                       document.problems.front().mark.column + 1, document.problems.front().message});
    if (!document.root || document.root->kind != YamlNode::Kind::mapping)
        throw Error(exit_data, Message{MessageId::file_no_sections, file});
    tree.root = std::move(*document.root);
    // The sections' items back in their lists (a section named twice is an error the load reported).
    for (auto& [section, items] : kept) {
        const auto i = find_key(tree.root, section);
        if (i) tree.root.children[2 * *i + 1].children = std::move(items);
    }
    return tree;
}

// The edit made in file.old_text: the changed text, read back, must be the tree the editor changed.
void make_edit(const FileChange& change, PendingFile& file) {
    ChangeTree tree = parse_for_change(change.file, file.old_text);
    timing_mark("parsed for the change");
    YamlEditor editor{file.old_text, tree.root};
    change.edit(editor, tree.root);
    file.new_text = editor.result();
    timing_mark("edited");
    bool as_intended = false;
    try {
        const ChangeTree reread = parse_for_change(change.file, file.new_text);
        as_intended = same_tree(reread.root, tree.root) && reread.event_hashes == tree.event_hashes;
    } catch (const Error&) {
    }
    timing_mark("read back");
    if (!as_intended) throw Error(exit_internal, Message{MessageId::change_not_read_back, change.file});
    file.splices = editor.line_splices();
}

}  // namespace

YamlNode* representatives_of(YamlNode& root) {
    if (root.kind != YamlNode::Kind::mapping) return nullptr;
    const auto i = find_key(root, "representatives");
    if (!i) return nullptr;
    YamlNode& list = root.children[2 * *i + 1];
    return list.kind == YamlNode::Kind::sequence ? &list : nullptr;
}

YamlNode* person_in(YamlNode& root, std::string_view id) {
    YamlNode* list = representatives_of(root);
    if (!list) return nullptr;
    for (YamlNode& person : list->children) {
        if (person.kind != YamlNode::Kind::mapping) continue;
        const auto i = find_key(person, "id");
        if (i && person.value(*i).is_scalar() && person.value(*i).text == id) return &person;
    }
    return nullptr;
}

DataChangeResult change_data(const DataChangeOptions& options,
                             const std::function<std::vector<FileChange>(const LoadResult& data)>& plan) {
    DataChangeResult result;
    std::vector<FileChange> changes;
    {
        const LoadResult data = load_data(options.data_paths);
        const LoadProblems& problems = data;
        static_cast<LoadProblems&>(result) = problems;
        if (data.has_errors()) {
            result.refused_as_invalid_before = true;
            return result;
        }
        changes = plan(data);
    }
    // Locks in the order of the files' paths, so two writers never wait for each other.
    std::sort(changes.begin(), changes.end(), [](const FileChange& a, const FileChange& b) { return a.file < b.file; });
    std::vector<std::unique_ptr<FileLock>> locks;
    std::vector<PendingFile> pending;
    for (const FileChange& change : changes) {
        PendingFile file{&change, resolve_write_target(change.file), {}, {}, {}, false};
        if (file.target.kind == WriteTarget::Kind::write_through)
            throw Error(exit_cant_create, Message{MessageId::data_file_not_regular, change.file});
        if (!options.dry_run) locks.push_back(std::make_unique<FileLock>(file.target.path, options.wait));
        const std::optional<std::string> current = read_if_exists(file.target.path);
        file.created = !current;
        try {
            if (current) {
                file.old_text = *current;
                make_edit(change, file);
            } else {
                file.new_text = change.new_file_text;
            }
        } catch (const EditRefused& refused) {
            result.diagnostics = {refusal(change.file, file.old_text, refused)};
            result.refused_in_place = true;
            return result;
        }
        if (file.new_text != file.old_text) pending.push_back(std::move(file));
    }

    // The whole data set as it would be, read under the locks: another writer's change is in it.
    std::vector<ReplacedText> replaced;
    replaced.reserve(pending.size());
    for (const PendingFile& file : pending) replaced.push_back({file.change->file, file.new_text});
    if (!pending.empty()) {
        const LoadResult changed = load_data(options.data_paths, replaced);
        const LoadProblems& problems = changed;
        static_cast<LoadProblems&>(result) = problems;
        if (changed.has_errors()) return result;
    }
    for (const PendingFile& file : pending) {
        if (options.dry_run) {
            // A new file against /dev/null; a changed one from the edits, in time linear in the file.
            result.files.push_back({file.change->file,
                                    file.created
                                        ? unified_diff(file.change->file, "", file.new_text)
                                        : unified_diff_of_splices(file.change->file, file.old_text, file.splices),
                                    file.created});
        } else {
            replace_file(file.target, {file.new_text});
            result.files.push_back({file.change->file, {}, file.created});
        }
    }
    return result;
}

}  // namespace repjourney

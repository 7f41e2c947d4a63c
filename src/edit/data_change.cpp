#include "edit/data_change.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "diagnostics/timings.hpp"
#include "edit/unified_diff.hpp"
#include "load/change_tree.hpp"
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
    ChangeTree tree;  // of new_text, as the editor made it
};

Diagnostic refusal(const std::string& file, std::string_view text, const EditRefused& refused) {
    Problem problem;
    problem.mark = refused.mark;
    problem.message = refused.words;
    return SourceText{file, text}.diagnostic(problem);
}

// The file's tree for the change: the first load's when the bytes under the lock are the ones it
// parsed, else parsed again (another writer changed the file since).
ChangeTree tree_for_change(const std::string& file, std::string_view text, KeptParses::File* kept) {
    if (kept && kept->tree && kept->content_hash == content_hash(text)) {
        ChangeTree tree = std::move(*kept->tree);
        kept->tree.reset();
        return tree;
    }
    ChangeTreeBuilder builder;
    YamlDocument document =
        parse_yaml(text, 0, [&](std::string_view section, YamlNode&& item) { builder.item(section, std::move(item)); });
    if (!document.problems.empty())
        throw Error(exit_data, Message{MessageId::file_changed_not_yaml, file, document.problems.front().mark.line + 1,
                                       document.problems.front().mark.column + 1, document.problems.front().message});
    if (!document.root || document.root->kind != YamlNode::Kind::mapping)
        throw Error(exit_data, Message{MessageId::file_no_sections, file});
    return builder.finish(std::move(*document.root));
}

// The edit made in file.old_text, its tree changed along with it.
void make_edit(const FileChange& change, PendingFile& file, KeptParses& parses) {
    const auto kept = parses.files.find(change.file);
    file.tree = tree_for_change(change.file, file.old_text, kept == parses.files.end() ? nullptr : &kept->second);
    timing_mark("tree for the change");
    YamlEditor editor{file.old_text, file.tree.root};
    change.edit(editor, file.tree.root);
    file.new_text = editor.result();
    file.splices = editor.line_splices();
    timing_mark("edited");
}

// The changed text, as the check of the changed data parsed it, must be the tree the editor changed.
void check_read_back(const PendingFile& file, KeptParses& read_back) {
    const auto parsed = read_back.files.find(file.change->file);
    const bool as_intended = parsed != read_back.files.end() && parsed->second.tree &&
                             same_tree(parsed->second.tree->root, file.tree.root) &&
                             parsed->second.tree->event_hashes == file.tree.event_hashes;
    if (!as_intended) throw Error(exit_internal, Message{MessageId::change_not_read_back, file.change->file});
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
    KeptParses parses;  // the check under the locks parses again only what changed
    parses.trees = true;
    {
        const LoadResult data = load_data(options.data_paths, {}, {&parses, nullptr});
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
        PendingFile file{&change, resolve_write_target(change.file), {}, {}, {}, false, {}};
        if (file.target.kind == WriteTarget::Kind::write_through)
            throw Error(exit_cant_create, Message{MessageId::data_file_not_regular, change.file});
        if (!options.dry_run) locks.push_back(std::make_unique<FileLock>(file.target.path, options.wait));
        const std::optional<std::string> current = read_if_exists(file.target.path);
        file.created = !current;
        try {
            if (current) {
                file.old_text = *current;
                make_edit(change, file, parses);
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
        KeptParses read_back;
        read_back.trees = true;
        const LoadResult changed = load_data(options.data_paths, replaced, {&read_back, &parses});
        for (const PendingFile& file : pending)
            if (!file.created) check_read_back(file, read_back);
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

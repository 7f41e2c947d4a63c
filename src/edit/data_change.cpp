#include "edit/data_change.hpp"

#include <algorithm>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
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
    bool created = false;
};

Diagnostic refusal(const std::string& file, std::string_view text, const EditRefused& refused) {
    Problem problem;
    problem.mark = refused.mark;
    problem.message = refused.what();
    return SourceText{file, text}.diagnostic(problem);
}

YamlNode parse_for_change(const std::string& file, std::string_view text) {
    YamlDocument document = parse_yaml(text, 0);
    if (!document.problems.empty())
        throw Error(exit_data,
                    fmt::format("{}:{}:{}: the file changed since it was checked and is no longer valid "
                                "YAML: {}",
                                file, document.problems.front().mark.line + 1,
                                document.problems.front().mark.column + 1, document.problems.front().message));
    if (!document.root || document.root->kind != YamlNode::Kind::mapping)
        throw Error(exit_data, fmt::format("{}: the file holds no mapping of sections to change", file));
    return std::move(*document.root);
}

// The edit made in text: the changed text, read back, must be the tree the editor changed.
std::string edited_text(const FileChange& change, const std::string& text) {
    YamlNode root = parse_for_change(change.file, text);
    YamlEditor editor{text, root};
    change.edit(editor, root);
    std::string result = editor.result();
    YamlDocument reread = parse_yaml(result, 0);
    if (!reread.problems.empty() || !reread.root || !same_tree(*reread.root, root))
        throw Error(exit_internal, fmt::format("the change to {} would not read back as intended, so nothing was "
                                               "written; please report this with the file",
                                               change.file));
    return result;
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
        PendingFile file{&change, resolve_write_target(change.file), {}, {}, false};
        if (file.target.kind == WriteTarget::Kind::write_through)
            throw Error(exit_cant_create,
                        fmt::format("'{}' is not a regular file; a data file must be one", change.file));
        if (!options.dry_run) locks.push_back(std::make_unique<FileLock>(file.target.path, options.wait));
        const std::optional<std::string> current = read_if_exists(file.target.path);
        file.created = !current;
        try {
            if (current) {
                file.old_text = *current;
                file.new_text = edited_text(change, file.old_text);
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
        result.files.push_back(
            {file.change->file, unified_diff(file.change->file, file.old_text, file.new_text), file.created});
        if (!options.dry_run) replace_file(file.target, {file.new_text});
    }
    return result;
}

}  // namespace repjourney

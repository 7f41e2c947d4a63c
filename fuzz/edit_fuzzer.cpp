// libFuzzer target: the YAML editor of add, elect, leave, pause and import on any data file.
// The input is loaded as the commands load the data they change (change_data: the loader, keeping
// each file's tree), and skipped when the loader reports an error: the commands edit valid data only.
// On the tree that load kept, the changes those commands make are made to every representative; each is
// made, or refused (EditRefused) as a whole, never half. What is made must keep two promises that the
// commands check at run time (exit 70 when broken) and that a fuzzer should break first:
// - the changed text, loaded again as the commands load it, reads back as exactly the tree the
//   editor changed along with it (the events, which no change touches, by their hashes);
// - the line splices the --dry-run diff is made from give that same text.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "edit/unified_diff.hpp"
#include "edit/yaml_edit.hpp"
#include "fuzz_input.hpp"
#include "load/change_tree.hpp"
#include "load/loader.hpp"

using namespace repjourney;

namespace {

[[noreturn]] void broken(const char* promise) {
    std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
    std::abort();
}

NewValue text(const char* value) { return NewValue::of_text(value); }

// One of the commands' changes to a person, chosen by where the person is in the list.
void change_person(YamlEditor& editor, YamlNode& person, std::size_t index) {
    const auto assignments = find_key(person, "assignments");
    const NewValue assignment = NewValue::mapping({{"role", text("steward")}, {"start", text("2027-03-15")}});
    switch (index % 5) {
        case 0:
            editor.set(person, "left", text("2027-03-15"));
            editor.set(person, "left_reason", text("moved"));
            break;
        case 1:
            editor.set(person, "name", text("Åsa: \"the\" # Öberg"));
            editor.set(person, "phone", text("+46 70"));
            break;
        case 2:
            editor.set(person, "paused",
                       NewValue::mapping({{"from", text("2027-01-01")}, {"until", text("2027-02-01")}}));
            break;
        case 3: editor.remove(person, "paused"); break;
        case 4:
            if (assignments && person.value(*assignments).kind == YamlNode::Kind::sequence)
                editor.append(person.children[2 * *assignments + 1], assignment);
            else
                editor.set(person, "assignments", NewValue::list({assignment}));
            break;
    }
}

const std::string file_name = "data.yaml";

// The file's tree as change_data gets it from a load that keeps its parses; nothing when the
// loader finds an error (or the file holds no tree to edit).
std::optional<ChangeTree> load_for_change(const std::string& text) {
    KeptParses kept;
    kept.trees = true;
    Loader loader;
    loader.keep_parses(kept);
    loader.add_text(file_name, text);
    const LoadResult data = loader.finish();
    const auto file = kept.files.find(file_name);
    if (data.has_errors() || file == kept.files.end() || !file->second.tree) return std::nullopt;
    return std::move(file->second.tree);
}

std::string spliced(std::string_view old_text, const std::vector<LineSplice>& splices) {
    std::string out;
    std::size_t at = 0;
    for (const LineSplice& splice : splices) {
        out.append(old_text.substr(at, splice.old_begin - at));
        out += splice.new_text;
        at = splice.old_end;
    }
    out.append(old_text.substr(at));
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input{fuzz::as_text(data, size)};
    std::optional<ChangeTree> loaded = load_for_change(input);
    if (!loaded) return 0;  // the commands refuse to change data with errors (exit 65)
    ChangeTree tree = std::move(*loaded);
    YamlEditor editor{input, tree.root};
    try {
        if (tree.root.kind != YamlNode::Kind::mapping) return 0;
        const auto list = find_key(tree.root, "representatives");
        if (!list || tree.root.value(*list).kind != YamlNode::Kind::sequence) return 0;
        YamlNode& people = tree.root.children[2 * *list + 1];
        const std::size_t count = people.children.size();
        for (std::size_t i = 0; i < count && i < 8; ++i) change_person(editor, people.children[i], i);
        editor.append(people, NewValue::mapping({{"id", text("new-person")}, {"name", text("Ny Person")}}));
    } catch (const EditRefused&) {
        return 0;  // the commands refuse the whole change, with its place
    }
    const std::string result = editor.result();
    // As change_data's check of the changed data: errors there are the user's (a person left before
    // starting), reported as such; only a text that does not parse, or parses as another tree, is the editor's.
    KeptParses read_back;
    read_back.trees = true;
    Loader loader;
    loader.keep_parses(read_back);
    loader.add_text(file_name, result);
    loader.finish();
    const auto reread = read_back.files.find(file_name);
    if (reread == read_back.files.end() || !reread->second.tree || !same_tree(reread->second.tree->root, tree.root) ||
        reread->second.tree->event_hashes != tree.event_hashes)
        broken("the changed text reads back as the changed tree");
    if (spliced(input, editor.line_splices()) != result) broken("the diff's line splices give the changed text");
    return 0;
}

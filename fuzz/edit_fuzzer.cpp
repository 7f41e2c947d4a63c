// libFuzzer target: the YAML editor of add, elect, leave, pause and import on any data file.
// On an input the loader would read as text, whose keys are unique text (as the loader requires
// of the data change_data edits), the changes those commands make are made to every representative; each is made,
// or refused (EditRefused) as a whole, never half. What is made must keep two promises that the
// commands check at run time (exit 70 when broken) and that a fuzzer should break first:
// - the changed text reads back as exactly the tree the editor changed along with it;
// - the line splices the --dry-run diff is made from give that same text.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "edit/unified_diff.hpp"
#include "edit/yaml_edit.hpp"
#include "fuzz_input.hpp"
#include "load/text_checks.hpp"

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

// What the loader refuses before any change is made (change_data edits valid data only): a key
// that is not text, or a key twice in one mapping.
bool keys_are_unique_text(const YamlNode& node) {
    if (node.kind == YamlNode::Kind::mapping) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < node.mapping_size(); ++i)
            if (!node.key(i).is_scalar() || !seen.insert(node.key(i).text).second) return false;
    }
    for (const YamlNode& child : node.children)
        if (!keys_are_unique_text(child)) return false;
    return true;
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
    if (TextChecker{}.feed(input)) return 0;  // not text the loader reads (a NUL, a control, not UTF-8)
    YamlDocument document = parse_yaml(input, 0);
    if (!document.problems.empty() || !document.root || document.root->kind != YamlNode::Kind::mapping ||
        !keys_are_unique_text(*document.root))
        return 0;
    YamlNode tree = *document.root;
    YamlEditor editor{input, tree};
    try {
        const auto list = find_key(tree, "representatives");
        if (!list || tree.value(*list).kind != YamlNode::Kind::sequence) return 0;
        YamlNode& people = tree.children[2 * *list + 1];
        // A representative that is not a mapping is an error the loader reports first (as is
        // "-\x04id": yaml-cpp takes the control for a space there, which YAML forbids).
        for (const YamlNode& person : people.children)
            if (person.kind != YamlNode::Kind::mapping) return 0;
        const std::size_t count = people.children.size();
        for (std::size_t i = 0; i < count && i < 8; ++i) change_person(editor, people.children[i], i);
        editor.append(people, NewValue::mapping({{"id", text("new-person")}, {"name", text("Ny Person")}}));
    } catch (const EditRefused&) {
        return 0;  // the commands refuse the whole change, with its place
    }
    const std::string result = editor.result();
    const YamlDocument reread = parse_yaml(result, 0);
    if (!reread.problems.empty() || !reread.root || !same_tree(*reread.root, tree))
        broken("the changed text reads back as the changed tree");
    if (spliced(input, editor.line_splices()) != result) broken("the diff's line splices give the changed text");
    return 0;
}

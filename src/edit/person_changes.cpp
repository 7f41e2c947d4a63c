#include "edit/person_changes.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"

namespace repjourney {

namespace fs = std::filesystem;

NewValue assignment_value(const NewAssignment& assignment) {
    std::vector<NewEntry> entries = {{"role", NewValue::of_text(assignment.role)},
                                     {"start", NewValue::of_text(assignment.start.iso())}};
    if (assignment.end) entries.push_back({"end", NewValue::of_text(assignment.end->iso())});
    if (!assignment.workplace.empty()) entries.push_back({"workplace", NewValue::of_text(assignment.workplace)});
    return NewValue::mapping(std::move(entries));
}

std::vector<NewEntry> field_entries(const PersonFields& fields) {
    std::vector<NewEntry> entries;
    const auto add = [&](const char* key, const std::string& value) {
        if (!value.empty()) entries.push_back({key, NewValue::of_text(value)});
    };
    add("name", fields.name);
    add("email", fields.email);
    add("phone", fields.phone);
    add("branch", fields.branch);
    add("coordinator", fields.coordinator);
    if (fields.born) entries.push_back({"born", NewValue::of_text(std::to_string(*fields.born))});
    return entries;
}

std::string file_of(const Model& model, const Representative& rep) { return model.files[rep.mark.file]; }

bool holds(const Representative& rep, const NewAssignment& assignment) {
    return std::any_of(rep.assignments.begin(), rep.assignments.end(), [&](const Assignment& held) {
        return held.role == assignment.role && held.start == assignment.start;
    });
}

std::string file_for_new_person(const LoadResult& data, const std::vector<std::string>& data_paths,
                                const std::string& chosen_file, std::string_view id) {
    if (!chosen_file.empty()) return chosen_file;
    std::map<std::string, int> people_by_file;
    for (const auto& rep : data.model.representatives) ++people_by_file[data.model.files[rep.mark.file]];
    if (people_by_file.size() == 1) return people_by_file.begin()->first;
    const std::string file_name = std::string{id} + ".yaml";
    if (people_by_file.empty()) {
        for (const auto& path : data_paths)
            if (fs::is_directory(path)) return (fs::path{path} / file_name).string();
        throw Error(exit_usage, Message{MessageId::no_people_file});
    }
    std::set<fs::path> directories;
    bool one_each = true;
    for (const auto& [file, count] : people_by_file) {
        one_each = one_each && count == 1;
        directories.insert(fs::path{file}.parent_path());
    }
    if (one_each && directories.size() == 1) return (*directories.begin() / file_name).string();
    Message list;
    for (const auto& [file, count] : people_by_file)
        list = list + Message{count == 1 ? MessageId::file_people_one : MessageId::file_people, file, count};
    throw Error(exit_usage, Message{MessageId::several_people_files, std::move(list)});
}

namespace {
YamlNode& person_or_throw(YamlNode& root, std::string_view id) {
    if (YamlNode* person = person_in(root, id)) return *person;
    throw Error(exit_data, Message{MessageId::person_gone, id});
}
}  // namespace

void add_assignment(YamlEditor& editor, YamlNode& root, std::string_view id, const NewAssignment& assignment) {
    YamlNode& person = person_or_throw(root, id);
    const auto i = find_key(person, "assignments");
    if (i && person.value(*i).kind == YamlNode::Kind::sequence)
        editor.append(person.children[2 * *i + 1], assignment_value(assignment));
    else
        editor.set(person, "assignments", NewValue::list({assignment_value(assignment)}));
}

void set_fields(YamlEditor& editor, YamlNode& root, std::string_view id, const std::vector<NewEntry>& fields) {
    YamlNode& person = person_or_throw(root, id);
    for (const auto& [key, value] : fields) editor.set(person, key, value);
}

void remove_field(YamlEditor& editor, YamlNode& root, std::string_view id, std::string_view key) {
    editor.remove(person_or_throw(root, id), key);
}

void add_person(YamlEditor& editor, YamlNode& root, const NewValue& person) {
    if (YamlNode* list = representatives_of(root))
        editor.append(*list, person);
    else
        editor.set(root, "representatives", NewValue::list({person}));
}

std::string new_people_file(const std::vector<NewValue>& people) {
    std::string text = "representatives:\n";
    for (const NewValue& person : people)
        for (const auto& line : item_lines(person, "  - ", true)) text += line + "\n";
    return text;
}

}  // namespace repjourney

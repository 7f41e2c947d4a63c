#pragma once
// The changes of add, elect, leave and pause (and import's, made of the same), as FileChanges
// for change_data: what the spec's "Keeping the data current" table says each does.

#include <optional>
#include <string>
#include <vector>

#include "edit/data_change.hpp"
#include "model/date.hpp"

namespace repjourney {

struct NewAssignment {
    std::string role;
    Date start;
    std::optional<Date> end;
    std::string workplace;
};

// A person's fields as add and import write them; empty text and nothing are left out.
struct PersonFields {
    std::string name;
    std::string email;
    std::string phone;
    std::string branch;
    std::string coordinator;
    std::optional<int> born;
};

NewValue assignment_value(const NewAssignment& assignment);
// The fields given, in the order the spec's examples write them.
std::vector<NewEntry> field_entries(const PersonFields& fields);

// The data file that defines the representative.
std::string file_of(const Model& model, const Representative& rep);

// Whether the representative already holds the role from that start (a re-import, an elect again).
bool holds(const Representative& rep, const NewAssignment& assignment);

// Where add (and import) put a new person: --file, else the one file with representatives, else,
// when every such file holds one person, a new ID.yaml beside them (or in the first data
// directory). Several files of several people and no --file is Error(exit_usage) listing them.
std::string file_for_new_person(const LoadResult& data, const std::vector<std::string>& data_paths,
                                const std::string& chosen_file, std::string_view id);

// Changes to the person with id in a file's tree (person_in), for FileChange::edit: each throws
// Error(exit_data) when the person is no longer in the file (changed since it was read).
void add_assignment(YamlEditor& editor, YamlNode& root, std::string_view id, const NewAssignment& assignment);
void set_fields(YamlEditor& editor, YamlNode& root, std::string_view id, const std::vector<NewEntry>& fields);
void remove_field(YamlEditor& editor, YamlNode& root, std::string_view id, std::string_view key);
// Appends a person to the file's representatives, adding the section when it has none.
void add_person(YamlEditor& editor, YamlNode& root, const NewValue& person);

// A new file holding one person, as add writes it when people have a file each.
std::string new_people_file(const std::vector<NewValue>& people);

}  // namespace repjourney

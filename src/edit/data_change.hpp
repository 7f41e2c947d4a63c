#pragma once
// Changing the data files (add, elect, leave, pause, import) with record's guarantees: the
// change is made in place by the YAML editor on the file as it is under the lock, read back to
// be sure it says what was meant, checked against the whole data set, and only then written,
// atomically. With --dry-run the diff is the result and nothing is written.

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "edit/yaml_edit.hpp"
#include "load/loader.hpp"

namespace repjourney {

// What a command changes in one file.
struct FileChange {
    std::string file;  // a data file, as the model names it, or a new file
    // Makes the change in the file's current text: root is its parse, changed along with it.
    std::function<void(YamlEditor& editor, YamlNode& root)> edit;
    std::string new_file_text{};  // the whole text, when the file does not exist yet
};

struct DataChangeOptions {
    std::vector<std::string> data_paths;
    bool dry_run = false;
    std::chrono::milliseconds wait{10'000};
};

struct ChangedFile {
    std::string file;
    std::string diff;  // unified, a/ and b/ the file's path
    bool created = false;
};

// The problems are the data's before the change or, with the change made, the changed data's;
// with any error nothing was written. Files whose text the change leaves as it was are not listed.
struct DataChangeResult : LoadProblems {
    std::vector<ChangedFile> files;
    bool refused_as_invalid_before = false;  // the data had errors before any change
    bool refused_in_place = false;           // the editor refused a shape: the error says where
};

// Loads the data (refusing invalid data: nothing could be checked), asks plan for the changes,
// then per file, under its lock: reads it, edits it, checks the result reads back as intended
// (else Error(exit_internal)), checks the whole changed data set, and writes the files. A shape
// the editor refuses is an error diagnostic at its place. Throws Error for unreadable (66),
// unwritable (73) and locked (75) files, and what plan throws.
DataChangeResult change_data(const DataChangeOptions& options,
                             const std::function<std::vector<FileChange>(const LoadResult& data)>& plan);

// The representatives list of a file's root, or nothing.
YamlNode* representatives_of(YamlNode& root);
// The mapping of the representative with id in a file's root, or nothing.
YamlNode* person_in(YamlNode& root, std::string_view id);

}  // namespace repjourney

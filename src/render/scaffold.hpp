#pragma once
// The commented data files `init` writes: a starting point whose roles and journeys follow the loyalty
// practices (introduction and mentor, training, regular feedback, network meetings, a yearly reflection on
// motivation, recognition at milestones, a renewal talk, short concrete goals for younger representatives).

#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/model.hpp"

namespace repjourney {

struct ScaffoldFile {
    std::string name;  // a file name, relative to the data directory
    std::string text;
};

// The files in the order init writes them, commented in the language. The two sample representatives'
// dates count back from as_of, so that `status` right after `init` shows a healthy start: nothing overdue.
std::vector<ScaffoldFile> scaffold_files(Language language, Date as_of);

// What init prints after writing: the files made and the next steps. `dir` is the directory as the user
// named it; data_option is what to add to commands to read it ("" for the current directory).
std::string scaffold_report(Language language, const std::vector<std::string>& created, const std::string& dir,
                            const std::string& data_option);

}  // namespace repjourney

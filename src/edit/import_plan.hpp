#pragma once
// What `import` changes: each row of the sheet matched to a representative of the data (by id,
// else by e-mail, else a new person), the fields it gives that differ, the assignment it adds,
// and every problem that needs the data to be seen (an unknown role or coordinator, two rows
// for one person). Nothing is removed.

#include <optional>
#include <string>
#include <vector>

#include "edit/data_change.hpp"
#include "import/import_problem.hpp"
#include "import/sheet_rows.hpp"

namespace repjourney {

struct ImportDefaults {
    std::string role;           // --role: the assignment of rows without one
    std::optional<Date> start;  // --start
    std::string file;           // --file: where new people go
    std::vector<std::string> data_paths;
};

struct ImportPlan {
    std::vector<FileChange> changes;  // one for each file, the new people's included
    std::vector<ImportProblem> problems;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int not_in_sheet = 0;  // representatives who have not left, matched by no row
};

ImportPlan plan_import(const LoadResult& data, const SheetRows& sheet, const ImportDefaults& defaults);

}  // namespace repjourney

#pragma once
// How the commands that change the data report: the data's problems, then the diff (--dry-run)
// or one line saying what changed where.

#include <string>

#include "edit/data_change.hpp"

namespace repjourney {

// Prints the result; throws Error(exit_data) when the data was invalid before or would be after.
// done is the line printed when something was written.
int report_change(const DataChangeResult& result, bool dry_run, const std::string& done);

}  // namespace repjourney

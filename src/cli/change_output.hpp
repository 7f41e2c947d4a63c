#pragma once
// How the commands that change the data report: the data's problems, then the diff (--dry-run)
// or one line saying what changed where.

#include <string>

#include "cli/context.hpp"
#include "edit/data_change.hpp"

namespace repjourney {

// What change_data needs of the command line.
DataChangeOptions data_change_options(const GlobalOptions& global, bool dry_run, double wait_seconds);

// Prints the result; throws Error(exit_data) when the data was invalid before or would be after.
// done is the line printed when something was written.
int report_change(const DataChangeResult& result, bool dry_run, const Message& done);

}  // namespace repjourney

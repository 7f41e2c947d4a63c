#pragma once
// Which files make up the data set.

#include <string>
#include <vector>

#include "load/text_checks.hpp"

namespace repjourney {

// The data files named by paths, in order: a file as given; a directory means
// every *.yaml / *.yml below it, recursively, in sorted path order, skipping
// hidden entries and following directory links without looping. A file named
// twice is read once. Throws Error(exit_no_input) when a path does not exist, and
// Error(exit_data) when there are more than `limit` files (it stops looking there).
std::vector<std::string> find_data_files(const std::vector<std::string>& paths, std::size_t limit = max_data_files);

}  // namespace repjourney

#pragma once
// The app's global options and usage help shared by every command.

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace repjourney {

void add_global_options(CLI::App& app, GlobalOptions& global);

// A mistyped command gets "did you mean": CLI11 would only say a subcommand is required.
// Throws Error(exit_usage).
void check_command_name(const CLI::App& app, int argc, char** argv);

}  // namespace repjourney

#pragma once
// The app's global options and usage help shared by every command.

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace repjourney {

void add_global_options(CLI::App& app, GlobalOptions& global);

// A mistyped command gets "did you mean": CLI11 would only say a subcommand is required.
// Throws Error(exit_usage).
void check_command_name(const CLI::App& app, int argc, char** argv);

// What to print for a command line CLI11 refused, in our voice: "repjourney: error: ..." with a "did you
// mean" for a mistyped option, then the usage line of the command it was for. With no command at all, the
// short usage and the list of commands.
std::string usage_error_message(const CLI::App& app, const CLI::ParseError& error);

}  // namespace repjourney

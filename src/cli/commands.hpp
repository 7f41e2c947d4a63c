#pragma once
// Each command adds itself to the app: its options struct and its run_ function
// live in its own file.

#include <functional>

#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace repjourney {

// The command chosen on the command line, run after parsing; returns the exit status.
using CommandRunner = std::function<int()>;

void add_check_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_record_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_export_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_schema_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_status_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_show_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_feedback_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_terms_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_vacancies_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_retention_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_roles_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_notice_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_recognize_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_remind_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_init_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_complete_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
// add, elect, leave and pause (change_commands.cpp).
void add_change_commands(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);
void add_import_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner);

}  // namespace repjourney

#pragma once
// Each command adds itself to the app: its options struct and its run_ function
// live in its own file.

#include <functional>

#include "cli/command_line.hpp"
#include "cli/context.hpp"

namespace repjourney {

// The command chosen on the command line, run after parsing; returns the exit status.
using CommandRunner = std::function<int()>;

void add_check_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_record_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_export_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_schema_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_status_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_show_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_feedback_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_terms_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_vacancies_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_retention_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_roles_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_notice_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_recognize_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_remind_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_init_command(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_complete_command(Command app, const GlobalOptions& global, CommandRunner& runner);
// add, elect, leave and pause (change_commands.cpp).
void add_change_commands(Command app, const GlobalOptions& global, CommandRunner& runner);
void add_import_command(Command app, const GlobalOptions& global, CommandRunner& runner);

}  // namespace repjourney

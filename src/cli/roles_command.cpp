#include <iostream>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/report_options.hpp"
#include "diagnostics/error.hpp"
#include "render/roles_report.hpp"

namespace repjourney {

namespace {
struct RolesOptions {
    std::string role;  // empty: every role
    std::string format;
};

// The role asked for, or every role in data order.
std::vector<const Role*> chosen_roles(const RolesOptions& options, const Model& model) {
    std::vector<const Role*> roles;
    if (options.role.empty()) {
        for (const Role& role : model.roles) roles.push_back(&role);
        return roles;
    }
    return {&require_role(model, options.role)};
}

int run_roles(const GlobalOptions& global, const RolesOptions& options) {
    const LoadResult data = load_valid_data(global, LoadScope::without_notes);
    const ReportContext context = report_context(global, data.model);
    const auto roles = chosen_roles(options, data.model);
    const RolesFormat format = options.format == "markdown" ? RolesFormat::markdown : RolesFormat::text;
    std::cout << render_roles(roles, data.model.organisation, context.language, format);
    return exit_ok;
}
}  // namespace

void add_roles_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<RolesOptions>();
    Command roles = app.subcommand("roles", "The roles and their journeys: a printable role description");
    roles.option("ROLE", options->role, "Only this role (id); default every role");
    add_format_option(roles, options->format, {"text", "markdown"});
    roles.on_chosen([&, options] { runner = [&global, options] { return run_roles(global, *options); }; });
}

}  // namespace repjourney

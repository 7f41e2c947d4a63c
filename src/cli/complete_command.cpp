// `__complete KIND`: the ids the shell completion scripts offer, one "id<TAB>name" a line. Hidden from --help:
// it is for completion/repjourney.{bash,fish} and _repjourney, not for people.

#include <algorithm>
#include <array>
#include <iostream>
#include <string_view>

#include "cli/commands.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "render/words.hpp"
#include "text/printable.hpp"

namespace repjourney {

namespace {
struct CompleteOptions {
    std::string kind;
};

template <typename T, typename Name>
void print_ids(const std::vector<T>& items, Name name) {
    // The shell shows the names beside the ids: one line each, with any control escaped.
    for (const auto& item : items) std::cout << item.id << '\t' << one_line(name(item)) << '\n';
}

void print_milestones(const Model& model) {
    std::vector<std::string_view> seen;  // the same milestone id in several roles is offered once
    for (const auto& role : model.roles)
        for (const auto& milestone : role.journey) {
            if (std::find(seen.begin(), seen.end(), milestone.id) != seen.end()) continue;
            seen.push_back(milestone.id);
            std::cout << milestone.id << '\t' << one_line(milestone.title) << '\n';
        }
}

// In the language of the run's messages: --lang, else the organisation's (as `leave` and the reports name them).
void print_exit_reasons(const std::vector<ExitReason>& reasons) {
    print_ids(reasons, [](const ExitReason& r) { return exit_reason_title(r, message_language()); });
}

// Whatever the data holds, even with errors in it; never a diagnostic, since the shell would print it
// in the middle of the command line.
int run_complete(const GlobalOptions& global, const CompleteOptions& options) {
    LoadResult data;
    try {
        data = load_data(resolve_data_paths(global), {}, {}, LoadScope::ids);  // no events: only ids are listed
    } catch (const std::exception&) {
        // No data to read yet: the built-in exit reasons are still the ones that apply.
        if (options.kind == "exit-reasons") print_exit_reasons(builtin_exit_reasons());
        return exit_ok;
    }
    const Model& model = data.model;
    if (options.kind == "reps")
        print_ids(model.representatives, [](const Representative& r) { return r.name; });
    else if (options.kind == "roles")
        print_ids(model.roles, [](const Role& r) { return r.title; });
    else if (options.kind == "coordinators")
        print_ids(model.organisation.coordinators, [](const Coordinator& c) { return c.name; });
    else if (options.kind == "milestones")
        print_milestones(model);
    else if (options.kind == "actions") {
        print_ids(model.organisation.recognition.actions, [](const RecognitionAction& a) { return a.title; });
        const auto& catalogue = model.organisation.recognition.actions;
        for (const auto& action : builtin_actions())
            if (std::none_of(catalogue.begin(), catalogue.end(), [&](const auto& a) { return a.id == action.id; }))
                std::cout << action.id << '\t' << action.title << '\n';
    } else if (options.kind == "exit-reasons") {
        print_exit_reasons(exit_reasons(model.organisation));
    }
    return exit_ok;
}
}  // namespace

void add_complete_command(CLI::App& app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<CompleteOptions>();
    CLI::App* complete = app.add_subcommand("__complete", "For shell completion: the ids of one kind in the data");
    complete->group("");  // hidden from --help; the man page documents it for completion scripts
    complete->add_option("KIND", options->kind, "What to list")
        ->required()
        ->check(CLI::IsMember({"reps", "roles", "coordinators", "milestones", "actions", "exit-reasons"}));
    complete->callback([&, options] { runner = [&global, options] { return run_complete(global, *options); }; });
}

}  // namespace repjourney

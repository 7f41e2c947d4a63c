// add, elect, leave and pause: the commands that change people in the data files (SPEC "Keeping
// the data current"). One file for the four: they share their options, the way they report, and
// change_data; import, larger, has its own.
#include <iostream>
#include <memory>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/change_output.hpp"
#include "cli/commands.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "edit/person_changes.hpp"
#include "render/retention_report.hpp"
#include "text/printable.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {

struct ChangeOptions {
    std::string rep;
    bool dry_run = false;
    double wait_seconds = 10;
    // add and elect
    std::string role;
    std::string start;
    std::string end;
    std::string workplace;
    // add
    std::string file;
    PersonFields person;
    // leave
    std::string date;
    std::string reason;
    // pause
    std::string from;
    std::string until;
    bool clear = false;
};

DataChangeOptions change_options(const GlobalOptions& global, const ChangeOptions& options) {
    return data_change_options(global, options.dry_run, options.wait_seconds);
}

std::optional<Date> optional_date(std::string_view option, const std::string& text) {
    if (text.empty()) return std::nullopt;
    return parse_date_option(option, text);
}

// An unknown reason is a slip on the command line: the organisation's reasons (or the built-in ones) listed.
void require_exit_reason(const Organisation& organisation, const std::string& reason) {
    if (reason.empty() || find_exit_reason(organisation, reason)) return;
    std::vector<std::string_view> ids;
    for (const ExitReason& known : exit_reasons(organisation)) ids.push_back(known.id);
    throw Error(exit_usage, Message{MessageId::unknown_exit_reason_listed, reason, did_you_mean_message(reason, ids),
                                    fmt::format("{}", fmt::join(ids, ", "))});
}

NewAssignment assignment_of(const ChangeOptions& options) {
    NewAssignment assignment;
    assignment.role = options.role;
    assignment.start = parse_date_option("--start", options.start);
    assignment.end = optional_date("--end", options.end);
    assignment.workplace = options.workplace;
    if (assignment.end && *assignment.end < assignment.start)
        throw Error(exit_usage, Message{MessageId::option_before_option, "--end", assignment.end->iso(), "--start",
                                        assignment.start.iso()});
    return assignment;
}

Message assignment_words(const NewAssignment& assignment) {
    Message words = assignment.end ? Message{MessageId::assignment_from_to, assignment.role, assignment.start.iso(),
                                             assignment.end->iso()}
                                   : Message{MessageId::assignment_from, assignment.role, assignment.start.iso()};
    if (!assignment.workplace.empty())
        words = Message{MessageId::assignment_at, std::move(words), assignment.workplace};
    return words;
}

int run_elect(const GlobalOptions& global, const ChangeOptions& options) {
    const NewAssignment assignment = assignment_of(options);
    std::string file;
    bool held = false;
    const DataChangeResult result = change_data(change_options(global, options), [&](const LoadResult& data) {
        require_role(data.model, assignment.role);
        file = file_of(data.model, require_representative(data.model, options.rep));
        held = holds(require_representative(data.model, options.rep), assignment);
        if (held) return std::vector<FileChange>{};
        return std::vector<FileChange>{
            {file, [&](YamlEditor& editor, YamlNode& root) { add_assignment(editor, root, options.rep, assignment); }}};
    });
    const Message done = held ? Message{MessageId::already_holds, options.rep, assignment_words(assignment)}
                              : Message{MessageId::elected, options.rep, assignment_words(assignment), file};
    return report_change(result, options.dry_run, done);
}

int run_add(const GlobalOptions& global, const ChangeOptions& options) {
    std::optional<NewAssignment> assignment;
    if (!options.role.empty()) assignment = assignment_of(options);
    std::vector<NewEntry> entries = {{"id", NewValue::of_text(options.rep)}};
    for (auto& entry : field_entries(options.person)) entries.push_back(std::move(entry));
    if (assignment) entries.push_back({"assignments", NewValue::list({assignment_value(*assignment)})});
    const NewValue person = NewValue::mapping(std::move(entries));

    std::string file;
    const DataChangeResult result = change_data(change_options(global, options), [&](const LoadResult& data) {
        if (const Representative* existing = data.model.find_representative(options.rep))
            throw Error(exit_usage, Message{MessageId::representative_exists, options.rep,
                                            data.model.files[existing->mark.file], existing->mark.line + 1});
        if (assignment) require_role(data.model, assignment->role);
        file = file_for_new_person(data, change_options(global, options).data_paths, options.file, options.rep);
        return std::vector<FileChange>{{file,
                                        [&](YamlEditor& editor, YamlNode& root) { add_person(editor, root, person); },
                                        new_people_file({person})}};
    });
    const Message done =
        assignment ? Message{MessageId::added_as, options.rep, options.person.name, file, assignment_words(*assignment)}
                   : Message{MessageId::added, options.rep, options.person.name, file};
    return report_change(result, options.dry_run, done);
}

int run_leave(const GlobalOptions& global, const ChangeOptions& options) {
    const Date date = parse_date_option("--date", options.date);
    std::string file;
    std::string reason_title;  // in the confirmation: the reason's title, as the reports name it
    const DataChangeResult result = change_data(change_options(global, options), [&](const LoadResult& data) {
        file = file_of(data.model, require_representative(data.model, options.rep));
        require_exit_reason(data.model.organisation, options.reason);
        if (!options.reason.empty())
            reason_title = exit_reason_words(data.model.organisation, options.reason, message_language());
        return std::vector<FileChange>{{file, [&](YamlEditor& editor, YamlNode& root) {
                                            std::vector<NewEntry> fields = {{"left", NewValue::of_text(date.iso())}};
                                            if (!options.reason.empty())
                                                fields.push_back({"left_reason", NewValue::of_text(options.reason)});
                                            set_fields(editor, root, options.rep, fields);
                                            // A reason from an earlier leaving would be this one's.
                                            if (options.reason.empty())
                                                remove_field(editor, root, options.rep, "left_reason");
                                        }}};
    });
    const Message done = options.reason.empty()
                             ? Message{MessageId::left_on, options.rep, date.iso(), file}
                             : Message{MessageId::left_on_because, options.rep, date.iso(), reason_title, file};
    return report_change(result, options.dry_run, done);
}

int run_pause(const GlobalOptions& global, const ChangeOptions& options) {
    if (options.clear == !options.from.empty()) throw Error(exit_usage, Message{MessageId::pause_needs});
    std::optional<Date> from = optional_date("--from", options.from);
    std::optional<Date> until = optional_date("--until", options.until);
    if (from && until && *until < *from)
        throw Error(exit_usage,
                    Message{MessageId::option_before_option, "--until", until->iso(), "--from", from->iso()});
    std::string file;
    bool was_paused = true;
    const DataChangeResult result = change_data(change_options(global, options), [&](const LoadResult& data) {
        file = file_of(data.model, require_representative(data.model, options.rep));
        was_paused = data.model.find_representative(options.rep)->paused.has_value();
        return std::vector<FileChange>{
            {file, [&](YamlEditor& editor, YamlNode& root) {
                 if (options.clear) {
                     remove_field(editor, root, options.rep, "paused");
                     return;
                 }
                 std::vector<NewEntry> pause = {{"from", NewValue::of_text(from->iso())}};
                 if (until) pause.push_back({"until", NewValue::of_text(until->iso())});
                 set_fields(editor, root, options.rep, {{"paused", NewValue::mapping(std::move(pause))}});
             }}};
    });
    Message done;
    if (options.clear)
        done = was_paused ? Message{MessageId::no_longer_paused, options.rep, file}
                          : Message{MessageId::was_not_paused, options.rep};
    else
        done = until ? Message{MessageId::paused_until, options.rep, from->iso(), until->iso(), file}
                     : Message{MessageId::paused_open, options.rep, from->iso(), file};
    return report_change(result, options.dry_run, done);
}

void add_writing_options(Command command, ChangeOptions& options) {
    command.flag("--dry-run", options.dry_run, "Print the change as a unified diff; write nothing");
    command.option("--wait", options.wait_seconds, "Seconds to wait for another writer's lock (default 10)")
        .non_negative()
        .type_name("SECONDS");
}

void add_assignment_options(Command command, ChangeOptions& options, bool required) {
    command.option("--start", options.start, "The first day of the mandate (YYYY-MM-DD)")
        .type_name("DATE")
        .required(required);
    command.option("--end", options.end, "The last day; default: start + the role's term - 1 day").type_name("DATE");
    command.option("--workplace", options.workplace, "The workplace or employer the mandate is for").type_name("TEXT");
}

using Run = int (*)(const GlobalOptions&, const ChangeOptions&);

Command add_change_command(Command app, const GlobalOptions& global, CommandRunner& runner, const char* name,
                           const char* description, Run run, std::shared_ptr<ChangeOptions>& options) {
    options = std::make_shared<ChangeOptions>();
    Command command = app.subcommand(name, description);
    command.option("REP", options->rep, "The representative's id").required();
    command.on_chosen(
        [&runner, &global, run, options] { runner = [&global, run, options] { return run(global, *options); }; });
    return command;
}
}  // namespace

void add_change_commands(Command app, const GlobalOptions& global, CommandRunner& runner) {
    std::shared_ptr<ChangeOptions> options;

    Command add = add_change_command(app, global, runner, "add", "Add a representative, optionally with a first role",
                                     run_add, options);
    add.option("--name", options->person.name, "Their name").required().type_name("TEXT");
    add.option("--email", options->person.email, "Their e-mail address").type_name("ADDRESS");
    add.option("--phone", options->person.phone, "Their phone number").type_name("TEXT");
    add.option("--branch", options->person.branch, "Their branch").type_name("TEXT");
    add.option("--coordinator", options->person.coordinator, "Their coordinator's id").type_name("ID");
    add.option("--born", options->person.born, "The year they were born").type_name("YEAR");
    add.option("--role", options->role, "A first role (needs --start)").type_name("ROLE");
    add_assignment_options(add, *options, false);
    add.find("--start").needs(add.find("--role"));
    add.find("--role").needs(add.find("--start"));
    add.option("--file", options->file, "The data file to add them to").type_name("FILE");
    add_writing_options(add, *options);

    Command elect =
        add_change_command(app, global, runner, "elect",
                           "Give a representative a new mandate: a re-election or a new role", run_elect, options);
    elect.option("ROLE", options->role, "The role's id").required();
    add_assignment_options(elect, *options, true);
    add_writing_options(elect, *options);

    Command leave = add_change_command(app, global, runner, "leave", "Record that a representative left (sets left)",
                                       run_leave, options);
    leave.option("--date", options->date, "The day they left (YYYY-MM-DD)").required().type_name("DATE");
    leave.option("--reason", options->reason, "Why: an exit reason id (see the man page)").type_name("ID");
    add_writing_options(leave, *options);

    Command pause = add_change_command(app, global, runner, "pause",
                                       "Pause a representative's follow-up (parental leave, illness), or --clear it",
                                       run_pause, options);
    pause.option("--from", options->from, "The first day of the pause (YYYY-MM-DD)").type_name("DATE");
    pause.option("--until", options->until, "The last day; default: until cleared").type_name("DATE");
    pause.flag("--clear", options->clear, "Remove the pause").excludes(pause.find("--from"));
    add_writing_options(pause, *options);
}

}  // namespace repjourney

#include "cli/usage.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
// Global options that take a value, so the value is not mistaken for a command.
bool takes_value(std::string_view arg) {
    return arg == "-d" || arg == "--data" || arg == "--as-of" || arg == "--lang" || arg == "--color";
}

// The commands given, outermost first: {} for none, {record, feedback} for `repjourney record feedback`.
// After a failed parse CLI11 still lists the commands it had reached.
std::vector<const CLI::App*> commands_given(const CLI::App& app) {
    std::vector<const CLI::App*> chain;
    for (const CLI::App* current = &app; !current->get_subcommands().empty();) {
        current = current->get_subcommands().front();
        chain.push_back(current);
    }
    return chain;
}

std::string command_path(const std::vector<const CLI::App*>& chain) {
    std::string path = "repjourney";
    for (const CLI::App* command : chain) path += " " + command->get_name();
    return path;
}

// "usage: repjourney show [OPTIONS] REP" ("användning: ..."), with its newline.
std::string usage_line(const CLI::App& command, const std::string& path) {
    std::string usage = CLI::Formatter{}.make_usage(&command, path);  // the app keeps CLI11's own formatter
    usage.replace(0, usage.find(':'), Message{MessageId::usage_word}.text(message_language()));  // CLI11: "Usage"
    if (const auto options = usage.find(" [OPTIONS]"); options != std::string::npos)
        usage.replace(options, 10, " [" + Message{MessageId::usage_options}.text(message_language()) + "]");
    if (const auto sub = usage.find(" SUBCOMMAND"); sub != std::string::npos)
        usage.replace(sub, 11, " " + Message{MessageId::usage_command}.text(message_language()));
    return usage;
}

// Every option name of the command and of the global options, for "did you mean".
std::vector<std::string> option_names(const CLI::App& app, const CLI::App& command) {
    std::vector<std::string> names;
    for (const CLI::App* owner : {&app, &command})
        for (const CLI::Option* option : owner->get_options()) {
            for (const auto& name : option->get_lnames()) names.push_back("--" + name);
            for (const auto& name : option->get_snames()) names.push_back("-" + name);
        }
    return names;
}

// CLI11 lists the arguments it did not expect after a colon, separated by spaces, last one first.
std::vector<std::string> unexpected_arguments(const std::string& message) {
    std::vector<std::string> arguments;
    const auto colon = message.find(": ");
    std::string_view rest = colon == std::string::npos ? message : std::string_view{message}.substr(colon + 2);
    while (!rest.empty()) {
        const auto space = rest.find(' ');
        arguments.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    }
    std::reverse(arguments.begin(), arguments.end());
    return arguments;
}

// "unknown option '--coordnator' for 'repjourney feedback' (did you mean '--coordinator'?)"; where may be empty.
Message unknown_option_message(const std::string& argument, const std::vector<std::string>& names,
                               const Message& where) {
    const std::string option = argument.substr(0, argument.find('='));  // --coordnator=karin
    const std::vector<std::string_view> candidates(names.begin(), names.end());
    return Message{MessageId::unknown_option, option, where, did_you_mean_message(option, candidates)};
}

// One line per unexpected argument. An unknown option's value is unexpected too, but says nothing new: when
// there are options, only they are named.
Message unexpected_message(const CLI::App& app, const CLI::App& command, const std::string& path,
                           const std::vector<std::string>& arguments) {
    const bool any_option = std::any_of(arguments.begin(), arguments.end(),
                                        [](const std::string& argument) { return argument.starts_with("-"); });
    Message lines;
    const auto add = [&](Message line) {
        if (!lines.empty()) lines = lines + Message{"\nrepjourney: "} + Message{MessageId::label_error} + Message{": "};
        lines = lines + std::move(line);
    };
    for (const auto& argument : arguments) {
        if (argument.starts_with("-"))
            add(unknown_option_message(argument, option_names(app, command), Message{MessageId::for_command, path}));
        else if (!any_option)
            add(Message{MessageId::unexpected_argument, argument, path});
    }
    return lines;
}

// CLI11's "--days: Value 0 not in range 1 to 366" as "--days: 0 is not between 1 and 366".
Message range_message(const std::string& message) {
    const auto name_end = message.find(": Value ");
    const auto not_in = message.find(" not in range ");
    const auto to = message.rfind(" to ");
    if (name_end == std::string::npos || not_in == std::string::npos || to == std::string::npos || to < not_in)
        return message;
    return Message{MessageId::not_between, message.substr(0, name_end),
                   message.substr(name_end + 8, not_in - name_end - 8), message.substr(not_in + 14, to - not_in - 14),
                   message.substr(to + 4)};
}

// CLI11's "--lang: de not in {en,sv}" as "--lang: 'de' is not one of en, sv", with a "did you mean"; other
// messages as they are.
Message value_message(const std::string& message) {
    if (message.find(" not in range ") != std::string::npos) return range_message(message);
    const auto name_end = message.find(": ");
    const auto not_in = message.rfind(" not in {");
    if (name_end == std::string::npos || not_in == std::string::npos || not_in < name_end || !message.ends_with("}"))
        return message;
    const std::string value = message.substr(name_end + 2, not_in - name_end - 2);
    const std::string list = message.substr(not_in + 9, message.size() - not_in - 10);
    std::vector<std::string_view> allowed;
    for (std::string_view rest = list; !rest.empty();) {
        const auto comma = rest.find(',');
        allowed.push_back(rest.substr(0, comma));
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return Message{MessageId::not_one_of, message.substr(0, name_end), value,
                   fmt::format("{}", fmt::join(allowed, ", ")), did_you_mean_message(value, allowed)};
}

// The first part of a command's description, up to a colon or semicolon: one short line for the list.
std::string_view short_description(std::string_view description) {
    return description.substr(0, std::min(description.find(": "), description.find("; ")));
}

std::string command_list(const CLI::App& app) {
    std::string list = "Commands:\n";
    for (const CLI::App* command : app.get_subcommands({}))
        if (!command->get_group().empty())  // hidden commands (group "") are for the completions
            list += fmt::format("  {:<10} {}\n", command->get_name(), short_description(command->get_description()));
    return list;
}

// CLI11's "--format: 1 required TEXT:{table,json,csv} missing" as "--format needs a value: table, json, csv",
// and "--output: 1 required FILE missing" as "--output needs a value (FILE)".
Message missing_value_message(const std::string& message) {
    const auto name_end = message.find(": ");
    const auto open = message.find(":{");
    const auto close = message.rfind('}');
    if (name_end == std::string::npos) return message;
    const std::string name = message.substr(0, name_end);
    if (open != std::string::npos && close != std::string::npos && close > open) {
        std::string values = message.substr(open + 2, close - open - 2);
        for (auto comma = values.find(','); comma != std::string::npos; comma = values.find(',', comma + 2))
            values.replace(comma, 1, ", ");
        return Message{MessageId::needs_value_of, name, values};
    }
    const auto type_start = message.find("required ");
    const auto type_end = message.rfind(" missing");
    if (type_start == std::string::npos || type_end == std::string::npos || type_end < type_start) return message;
    return Message{MessageId::needs_value, name, message.substr(type_start + 9, type_end - type_start - 9)};
}

// "A requires B" as "A needs B too", "A excludes B" as "A and B cannot be given together".
Message pairing_message(const std::string& message, std::string_view verb, MessageId words) {
    const auto at = message.find(verb);
    if (at == std::string::npos) return message;
    return Message{words, message.substr(0, at), message.substr(at + verb.size())};
}

// The message itself, without "repjourney: error: ", for each kind of refusal CLI11 makes.
Message error_text(const CLI::App& app, const CLI::App& command, const std::string& path,
                   const CLI::ParseError& error) {
    const std::string message = error.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&error))
        return unexpected_message(app, command, path, unexpected_arguments(message));
    if (dynamic_cast<const CLI::RequiredError*>(&error)) {
        if (message.starts_with("A subcommand")) {
            std::vector<std::string> names;
            for (const CLI::App* sub : command.get_subcommands({})) names.push_back(sub->get_name());
            return Message{MessageId::needs_one_of, path, fmt::format("{}", fmt::join(names, ", "))};
        }
        if (message.ends_with(" is required"))
            return Message{MessageId::command_needs, path, message.substr(0, message.size() - 12)};
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return missing_value_message(message);
    if (dynamic_cast<const CLI::RequiresError*>(&error))
        return pairing_message(message, " requires ", MessageId::needs_too);
    if (dynamic_cast<const CLI::ExcludesError*>(&error))
        return pairing_message(message, " excludes ", MessageId::not_together);
    return value_message(message);  // CLI11's checks of values name the option
}
}  // namespace

void add_global_options(CLI::App& app, GlobalOptions& global) {
    app.set_version_flag("--version", std::string{"repjourney "} + REPJOURNEY_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'repjourney COMMAND --help' for a command's options, and 'man repjourney' for the data format.");
    // Global options may follow the command: `repjourney status --as-of 2026-11-23`.
    app.fallthrough();
    app.add_option("-d,--data", global.data,
                   "Data file or directory (repeatable); directories are read recursively for *.yaml and *.yml. "
                   "Default: $REPJOURNEY_DATA, else the current directory")
        ->type_name("PATH")
        ->allow_extra_args(false);  // -d DIR REP: REP is not a second path
    app.add_option("--as-of", global.as_of, "Report for this day (YYYY-MM-DD) instead of today")->type_name("DATE");
    app.add_option("--lang", global.lang, "Language of reports and messages, overriding the organisation's")
        ->check(CLI::IsMember({"en", "sv"}));
    app.add_option("--color", global.color, "Colour: only on a terminal (auto, honours NO_COLOR), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("--no-cache", global.no_cache,
                 "Parse every data file, without the cache of unchanged files' parses in "
                 "$XDG_CACHE_HOME/repjourney (also REPJOURNEY_CACHE=off)");
    app.add_flag("-q,--quiet", global.quiet,
                 "No progress display (shown on a terminal only, when loading takes more than a second)");
    app.add_flag("--csv-raw", global.csv_raw,
                 "CSV: leave cells that begin with =, +, -, @, a tab or a CR as they are, for programs (by default "
                 "they get a leading ' so that a spreadsheet does not run them as formulas)");
}

namespace {
// Before the command only global options may come; CLI11 would only say that a command is required.
void check_global_option(const CLI::App& app, std::string_view arg) {
    const std::vector<std::string> names = option_names(app, app);
    const std::string name{arg.substr(0, arg.starts_with("--") ? arg.find('=') : 2)};  // -dPATH, --data=PATH
    if (std::find(names.begin(), names.end(), name) == names.end())
        throw Error(exit_usage, Message{MessageId::see_help, unknown_option_message(std::string{arg}, names, {})});
}
}  // namespace

void check_command_name(const CLI::App& app, int argc, char** argv) {
    std::vector<std::string_view> names;
    std::vector<std::string_view> visible;  // hidden commands (group "") are accepted but never suggested
    for (const CLI::App* sub : app.get_subcommands({})) {
        names.push_back(sub->get_name());
        if (!sub->get_group().empty()) visible.push_back(sub->get_name());
    }
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (takes_value(arg)) {
            ++i;
            continue;
        }
        if (arg.starts_with("-")) {
            check_global_option(app, arg);
            continue;
        }
        if (std::find(names.begin(), names.end(), arg) != names.end()) return;
        throw Error(exit_usage, Message{MessageId::unknown_command, arg, did_you_mean_message(arg, visible)});
    }
}

std::string usage_error_message(const CLI::App& app, const CLI::ParseError& error) {
    const std::vector<const CLI::App*> chain = commands_given(app);
    if (chain.empty() && dynamic_cast<const CLI::RequiredError*>(&error))
        return usage_line(app, "repjourney") + command_list(app) + app.get_footer() + "\n";
    const CLI::App& command = chain.empty() ? app : *chain.back();
    const std::string path = command_path(chain);
    const Language language = message_language();
    return fmt::format("repjourney: {}: {}\n{}{}\n", Message{MessageId::label_error}.text(language),
                       error_text(app, command, path, error).text(language), usage_line(command, path),
                       Message{MessageId::run_help_for_options, path}.text(language));
}

}  // namespace repjourney

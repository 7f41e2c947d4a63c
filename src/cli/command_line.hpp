#pragma once
// The command line as the commands declare it: a command's options, each bound to a variable, and what
// it runs once chosen. A thin layer over CLI11, so that only command_line.cpp, usage.cpp and main.cpp
// include CLI11: its header is inline code that every file including it compiled and optimised again
// (about 8 s of each command's file, measured with GCC 12), while parsing arguments takes no time.

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace repjourney {

// An option as it is declared; each setting returns it again, to chain them.
class Option {
public:
    explicit Option(CLI::Option* option) : option_(option) {}
    // The word shown for its value in the help: --until DATE.
    Option& type_name(const std::string& name);
    Option& required(bool required = true);
    // Its value must be one of these (a usage error otherwise).
    Option& one_of(const std::vector<std::string>& values);
    Option& non_negative();
    Option& within(int lowest, int highest);
    // A check of its value: the problem's text, or empty when the value is fine. Shown without a word in the help.
    Option& check(std::function<std::string(const std::string&)> problem);
    // The help shows the value it has before parsing as its default.
    Option& show_default();
    Option& needs(const Option& other);
    Option& excludes(const Option& other);
    Option& description(const std::string& text);

private:
    CLI::Option* option_;
};

// A command (or the program itself) as it is declared.
class Command {
public:
    explicit Command(CLI::App* app) : app_(app) {}
    Command subcommand(const std::string& name, const std::string& description);
    // An option, or an argument when its name has no leading dash.
    Option option(const std::string& name, std::string& value, const std::string& help);
    Option option(const std::string& name, std::vector<std::string>& values, const std::string& help);
    Option option(const std::string& name, int& value, const std::string& help);
    Option option(const std::string& name, std::optional<int>& value, const std::string& help);
    Option option(const std::string& name, double& value, const std::string& help);
    Option flag(const std::string& name, bool& value, const std::string& help);
    // An option declared before (by a helper shared with other commands).
    Option find(const std::string& name);
    void remove(const std::string& name);
    // Left out of --help (for what scripts call, documented in the man page).
    void hide();
    // One of its subcommands must be given.
    void require_subcommand();
    // Called when the command is chosen, once its options are read.
    void on_chosen(std::function<void()> chosen);
    // Called once its own options are read, before any subcommand's: for checks between them.
    void after_options(std::function<void()> check);

private:
    CLI::App* app_;
};

}  // namespace repjourney

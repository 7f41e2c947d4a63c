#include "cli/command_line.hpp"

#include <utility>

#include <CLI/CLI.hpp>

namespace repjourney {

Option& Option::type_name(const std::string& name) {
    option_->type_name(name);
    return *this;
}

Option& Option::required(bool required) {
    option_->required(required);
    return *this;
}

Option& Option::one_of(const std::vector<std::string>& values) {
    option_->check(CLI::IsMember(values));
    return *this;
}

Option& Option::non_negative() {
    option_->check(CLI::NonNegativeNumber);
    return *this;
}

Option& Option::within(int lowest, int highest) {
    option_->check(CLI::Range(lowest, highest));
    return *this;
}

Option& Option::check(std::function<std::string(const std::string&)> problem) {
    option_->check(CLI::Validator{[problem = std::move(problem)](std::string& value) { return problem(value); }, ""});
    return *this;
}

Option& Option::show_default() {
    option_->capture_default_str();
    return *this;
}

Option& Option::needs(const Option& other) {
    option_->needs(other.option_);
    return *this;
}

Option& Option::excludes(const Option& other) {
    option_->excludes(other.option_);
    return *this;
}

Option& Option::description(const std::string& text) {
    option_->description(text);
    return *this;
}

Command Command::subcommand(const std::string& name, const std::string& description) {
    return Command{app_->add_subcommand(name, description)};
}

Option Command::option(const std::string& name, std::string& value, const std::string& help) {
    return Option{app_->add_option(name, value, help)};
}

Option Command::option(const std::string& name, std::vector<std::string>& values, const std::string& help) {
    return Option{app_->add_option(name, values, help)};
}

Option Command::option(const std::string& name, int& value, const std::string& help) {
    return Option{app_->add_option(name, value, help)};
}

Option Command::option(const std::string& name, std::optional<int>& value, const std::string& help) {
    return Option{app_->add_option(name, value, help)};
}

Option Command::option(const std::string& name, double& value, const std::string& help) {
    return Option{app_->add_option(name, value, help)};
}

Option Command::flag(const std::string& name, bool& value, const std::string& help) {
    return Option{app_->add_flag(name, value, help)};
}

Option Command::find(const std::string& name) { return Option{app_->get_option(name)}; }

void Command::remove(const std::string& name) { app_->remove_option(app_->get_option(name)); }

void Command::hide() { app_->group(""); }

void Command::require_subcommand() { app_->require_subcommand(1); }

void Command::on_chosen(std::function<void()> chosen) { app_->callback(std::move(chosen)); }

void Command::after_options(std::function<void()> check) { app_->parse_complete_callback(std::move(check)); }

}  // namespace repjourney

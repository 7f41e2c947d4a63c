#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/data_files.hpp"
#include "load/data_schema.hpp"
#include "record/safe_file.hpp"
#include "render/scaffold.hpp"

namespace repjourney {

namespace fs = std::filesystem;

namespace {
struct InitOptions {
    std::string dir;  // empty: the one -d directory, else the current one
};

// The directory as a shell word for the next steps: quoted only when it has to be.
std::string shell_word(const std::string& text) {
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) ||
               std::string_view{"_./-+,:@%"}.find(c) != std::string_view::npos;
    });
    if (plain) return text;
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string{"'\\''"} : std::string{c};
    return quoted + "'";
}

// What is already there: the files init would write, and any data file, since the loader would merge
// those with the new ones (a second `organisation` section, say) and the result would not pass check.
std::vector<std::string> existing_data(const fs::path& dir, const std::vector<ScaffoldFile>& files) {
    std::vector<std::string> existing;
    std::error_code ec;
    for (const auto& file : files)
        if (fs::exists(fs::symlink_status(dir / file.name, ec)))
            existing.push_back((dir / file.name).lexically_normal().string());
    if (fs::is_directory(dir, ec))
        for (auto& path : find_data_files({dir.string()}).files)
            if (std::find(existing.begin(), existing.end(), path) == existing.end()) existing.push_back(path);
    std::sort(existing.begin(), existing.end());
    return existing;
}

// The schema's name, installed and beside the data.
constexpr std::string_view schema_name = "repjourney.schema.json";

// The schema installed with this binary (the .deb's /usr/share/repjourney, or cmake --install's prefix), found
// from where the binary is, so that a copied or relocated installation finds its own; nothing when there is none
// (a build tree).
std::optional<fs::path> installed_schema() {
    std::error_code ec;
    const fs::path binary = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return std::nullopt;
    fs::path schema = (binary.parent_path() / REPJOURNEY_BIN_TO_DATA / schema_name).lexically_normal();
    if (!fs::is_regular_file(schema, ec)) return std::nullopt;
    return schema;
}

// An absolute path as a file URI (RFC 8089), what is not unreserved or '/' percent-encoded.
std::string file_uri(const fs::path& path) {
    std::string uri = "file://";
    for (const char c : path.string()) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || std::string_view{"/-._~"}.find(c) != std::string_view::npos)
            uri += c;
        else
            uri += fmt::format("%{:02X}", byte);
    }
    return uri;
}

// The line that tells yaml-language-server (VS Code's YAML extension, and other editors') which schema a file
// follows: a file URI or a path relative to the file, as its modeline takes.
std::string schema_line(const std::string& schema) { return "# yaml-language-server: $schema=" + schema + "\n"; }

// Where to write: DIR, else the directory -d names, so that `repjourney -d branch init` does what it says.
std::string target_directory(const GlobalOptions& global, const InitOptions& options) {
    if (!options.dir.empty()) return options.dir;
    if (global.data.size() > 1) throw Error(exit_usage, Message{MessageId::init_one_directory});
    return global.data.empty() ? "." : global.data.front();
}

int run_init(const GlobalOptions& global, const InitOptions& options) {
    const Language language = global.lang == "sv" ? Language::sv : Language::en;
    const std::string given = target_directory(global, options);
    const fs::path dir = fs::path{given}.lexically_normal();
    std::vector<ScaffoldFile> files = scaffold_files(language, resolve_as_of(global));
    // Each file names the installed schema, else a copy written beside them (the text `schema` prints).
    const std::optional<fs::path> installed = installed_schema();
    const std::string line = schema_line(installed ? file_uri(*installed) : "./" + std::string{schema_name});
    for (ScaffoldFile& file : files) file.text.insert(0, line);
    if (!installed) files.push_back({std::string{schema_name}, std::string{data_schema()}});

    std::error_code ec;
    if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
        throw Error(exit_cant_create, Message{MessageId::not_a_directory, given});
    // All or nothing: a half-merged data set would be worse than none.
    if (const auto existing = existing_data(dir, files); !existing.empty())
        throw Error(exit_cant_create,
                    Message{MessageId::init_finds_data, given, fmt::format("{}", fmt::join(existing, "\n  "))});
    if (fs::create_directories(dir, ec); ec)
        throw Error(exit_cant_create, Message{MessageId::cannot_create_the_directory, given, system_error_message(ec)});

    std::vector<std::string> created;
    for (const auto& file : files) {
        const fs::path path = (dir / file.name).lexically_normal();
        replace_file(path, file.text);  // atomic, and readable by its owner only: the files hold personal data
        created.push_back(path.string());
    }
    // Without -d the other commands read $REPJOURNEY_DATA when it is set, not the current directory.
    const char* env_data = std::getenv("REPJOURNEY_DATA");
    const bool read_by_default = dir == "." && !(env_data && *env_data);
    const std::string data_option = read_by_default ? "" : " -d " + shell_word(dir.string());
    std::cout << scaffold_report(language, created, dir.string(), data_option);
    return exit_ok;
}
}  // namespace

void add_init_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    auto options = std::make_shared<InitOptions>();
    Command init = app.subcommand("init",
                                  "Create a commented data directory to start from: an organisation, "
                                  "two roles with journeys, two example representatives dated from "
                                  "--as-of (nothing overdue on that day), an event log");
    init.option("DIR", options->dir,
                "The directory for the files, made if missing; default the -d directory, else the current one")
        .type_name("DIR");
    init.on_chosen([&, options] { runner = [&global, options] { return run_init(global, *options); }; });
}

}  // namespace repjourney

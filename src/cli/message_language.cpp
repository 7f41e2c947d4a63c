#include "cli/message_language.hpp"

#include <optional>
#include <string_view>

namespace repjourney {

namespace {
Language current = Language::en;
bool fixed_by_option = false;

std::optional<Language> language_named(std::string_view name) {
    if (name == "sv") return Language::sv;
    if (name == "en") return Language::en;
    return std::nullopt;
}
}  // namespace

Language message_language() { return current; }

void set_message_language_option(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--") return;
        std::optional<Language> given;
        if (arg == "--lang" && i + 1 < argc)
            given = language_named(argv[++i]);
        else if (arg.starts_with("--lang="))
            given = language_named(arg.substr(7));
        if (given) {  // the last one counts, as for CLI11
            current = *given;
            fixed_by_option = true;
        }
    }
}

void use_data_language(Language language) {
    if (!fixed_by_option) current = language;
}

}  // namespace repjourney

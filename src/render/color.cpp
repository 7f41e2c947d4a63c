#include "render/color.hpp"

#include <fmt/color.h>

namespace repjourney {

std::optional<ColorMode> color_mode_from(std::string_view word) {
    if (word == "auto") return ColorMode::automatic;
    if (word == "always") return ColorMode::always;
    if (word == "never") return ColorMode::never;
    return std::nullopt;
}

std::string_view to_string(ColorMode mode) {
    switch (mode) {
        case ColorMode::automatic: return "auto";
        case ColorMode::always: return "always";
        case ColorMode::never: return "never";
    }
    return "auto";
}

bool use_color(ColorMode mode, bool stdout_is_terminal, const char* no_color_env, const char* term_env) {
    switch (mode) {
        case ColorMode::always: return true;
        case ColorMode::never: return false;
        case ColorMode::automatic: break;
    }
    // no-color.org: set to an empty string, NO_COLOR does not disable colour.
    const bool no_color = no_color_env != nullptr && *no_color_env != '\0';
    const bool dumb = term_env != nullptr && std::string_view{term_env} == "dumb";
    return stdout_is_terminal && !no_color && !dumb;
}

namespace {
fmt::text_style text_style_of(Style style) {
    switch (style) {
        case Style::plain: return {};
        case Style::heading: return fmt::emphasis::bold;
        case Style::overdue: return fmt::emphasis::bold | fg(fmt::terminal_color::red);
        case Style::due_soon: return fg(fmt::terminal_color::yellow);
        case Style::done: return fg(fmt::terminal_color::green);
        case Style::muted: return fmt::emphasis::faint;
    }
    return {};
}
}  // namespace

std::string paint(std::string_view text, Style style, bool color) {
    // An empty cell stays empty, so a coloured line never ends in invisible codes.
    if (!color || text.empty()) return std::string{text};
    return fmt::format(text_style_of(style), "{}", text);
}

}  // namespace repjourney

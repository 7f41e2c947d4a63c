#pragma once
// Whether to colour the output, and how each kind of text looks when we do.
// Nothing here reads the environment: the CLI passes in what it found.

#include <optional>
#include <string>
#include <string_view>

namespace repjourney {

// --color auto|always|never; `auto` is a keyword, hence `automatic`.
enum class ColorMode { automatic, always, never };

// "auto", "always" or "never"; anything else is nothing.
std::optional<ColorMode> color_mode_from(std::string_view word);
std::string_view to_string(ColorMode mode);

// always: yes; never: no; auto: only to a terminal, not when NO_COLOR is set and
// non-empty, not when TERM is "dumb". The environment values may be null (unset).
bool use_color(ColorMode mode, bool stdout_is_terminal, const char* no_color_env, const char* term_env);

// What a piece of text means; renderers pick a Style, never a colour.
enum class Style { plain, heading, overdue, due_soon, done, muted };

// text in the style's colours when color is on; exactly text otherwise (no escape codes).
std::string paint(std::string_view text, Style style, bool color);

}  // namespace repjourney

#include "text/formula_guard.hpp"

namespace repjourney {

namespace {
// ^-?[0-9]+(\.[0-9]+)?$: the numbers we compute.
bool is_plain_number(std::string_view text) {
    if (text.starts_with('-')) text.remove_prefix(1);
    const auto digits = [](std::string_view part) {
        return !part.empty() && part.find_first_not_of("0123456789") == std::string_view::npos;
    };
    const auto point = text.find('.');
    if (point == std::string_view::npos) return digits(text);
    return digits(text.substr(0, point)) && digits(text.substr(point + 1));
}
}  // namespace

bool looks_like_formula(std::string_view text) {
    return !text.empty() && std::string_view{"=+-@\t\r"}.find(text.front()) != std::string_view::npos &&
           !is_plain_number(text);
}

std::string guarded_cell(std::string_view text) {
    return looks_like_formula(text) ? "'" + std::string{text} : std::string{text};
}

std::string_view unguarded_cell(std::string_view text) {
    if (text.starts_with('\'') && looks_like_formula(text.substr(1))) text.remove_prefix(1);
    return text;
}

}  // namespace repjourney

#include "render/markdown.hpp"

namespace repjourney {

std::string markdown_escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view{"\\`*_[]<>#|"}.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    const auto digits = out.find_first_not_of("0123456789");
    if (!out.empty() && (out[0] == '-' || out[0] == '+' || out[0] == '='))
        out.insert(0, "\\");
    else if (digits != std::string::npos && digits > 0 && (out[digits] == '.' || out[digits] == ')'))
        out.insert(digits, "\\");
    return out;
}

}  // namespace repjourney

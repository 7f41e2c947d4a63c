#include "diagnostics/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace repjourney {

namespace {
// The caret line: a tab where the source has one so the caret stays under its character.
std::string caret_padding(std::string_view line, int caret) {
    std::string padding;
    int chars = 1;
    for (std::size_t i = 0; i < line.size() && chars < caret; ++i) {
        const auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        padding += c == '\t' ? '\t' : ' ';
        ++chars;
    }
    return padding;
}
}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    const char* label = d.severity == Severity::error ? "error" : "warning";
    std::string out = d.line > 0 ? fmt::format("{}:{}:{}: {}: {}\n", d.file, d.line, d.column, label, d.message)
                                 : fmt::format("{}: {}: {}\n", d.file, label, d.message);
    if (d.line <= 0 || d.source_line.empty()) return out;
    const std::string number = std::to_string(d.line);
    out += fmt::format(" {} | {}\n", number, d.source_line);
    out += fmt::format(" {} | {}^\n", std::string(number.size(), ' '), caret_padding(d.source_line, d.caret));
    return out;
}

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics) {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

std::size_t count_warnings(const std::vector<Diagnostic>& diagnostics) {
    return diagnostics.size() - count_errors(diagnostics);
}

}  // namespace repjourney

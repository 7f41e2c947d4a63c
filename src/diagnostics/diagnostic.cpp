#include "diagnostics/diagnostic.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "diagnostics/messages.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
// The caret line: a tab where the source has one so the caret stays under its character, and as many spaces as
// each other character takes as shown (ESC, shown as \e, takes two).
std::string caret_padding(std::string_view line, int caret) {
    std::string padding;
    int chars = 1;
    for (std::size_t i = 0; i < line.size() && chars < caret; ++chars) {
        std::size_t next = i + 1;
        while (next < line.size() && (static_cast<unsigned char>(line[next]) & 0xC0) == 0x80) ++next;
        if (line[i] == '\t')
            padding += '\t';
        else
            padding.append(utf8_length(visible(line.substr(i, next - i))), ' ');
        i = next;
    }
    return padding;
}
}  // namespace

// The file name, the message and the source line come from the data (a hostile colleague may name a file
// "\x1b]0;...", or put an escape sequence in a value): all are shown through text/printable.
std::string format_diagnostic(const Diagnostic& d, Language language) {
    const std::string label =
        Message{d.severity == Severity::error ? MessageId::label_error : MessageId::label_warning}.text(language);
    const std::string file = visible(d.file);
    const std::string message = one_line(d.message.text(language));
    std::string out = d.line > 0 ? fmt::format("{}:{}:{}: {}: {}\n", file, d.line, d.column, label, message)
                                 : fmt::format("{}: {}: {}\n", file, label, message);
    if (d.line <= 0 || d.source_line.empty()) return out;
    const std::string number = std::to_string(d.line);
    out += fmt::format(" {} | {}\n", number, visible_lines(d.source_line));
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

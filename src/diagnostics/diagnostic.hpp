#pragma once
// Problems found in the data, as people read them: file, 1-based line and
// character column, message, and the offending source line.

#include <string>
#include <vector>

#include "diagnostics/message.hpp"

namespace repjourney {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string file;
    int line = 0;     // 1-based; 0 when the problem concerns the whole file
    int column = 0;   // 1-based, in characters
    Message message;  // put into words in the language of the run when printed
    // The line at `line` without its newline (a window of it when long, marked with "..."),
    // and the 1-based character position of the caret within it. Empty when unknown.
    std::string source_line;
    int caret = 0;

    bool operator==(const Diagnostic&) const = default;
};

// GCC style: "file:line:col: error: message", then the source line under a
// line-number margin and a caret under the column; the message and the label ("fel", "varning")
// in the language.
std::string format_diagnostic(const Diagnostic& diagnostic, Language language = Language::en);

std::size_t count_errors(const std::vector<Diagnostic>& diagnostics);
std::size_t count_warnings(const std::vector<Diagnostic>& diagnostics);

}  // namespace repjourney

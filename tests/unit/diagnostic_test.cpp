#include "diagnostics/diagnostic.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Diagnostic at(std::string file, std::string message, std::string source_line, int caret) {
    Diagnostic d;
    d.file = std::move(file);
    d.line = 4;
    d.column = caret;
    d.message = std::move(message);
    d.source_line = std::move(source_line);
    d.caret = caret;
    return d;
}
}  // namespace

TEST_CASE("a diagnostic shows the controls of its file name, message and source line") {
    const Diagnostic d = at("evil\x1b]0;owned\x07.yaml", "unknown role 'x\x1b[31m'", "  - {role: \"x\x1b[31m\"}", 12);
    CHECK(format_diagnostic(d) ==
          "evil\\e]0;owned\\x07.yaml:4:12: error: unknown role 'x\\e[31m'\n"
          " 4 |   - {role: \"x\\e[31m\"}\n"
          "   |            ^\n");
}

TEST_CASE("the caret stays under its character when controls before it are shown wider") {
    // "\e" and "\u202e" take 2 and 6 columns where each was one character; a tab stays a tab.
    const Diagnostic d = at("people.yaml", "unknown key 'bogus'", "\t\x1b\u202e bogus: 1", 5);
    CHECK(format_diagnostic(d) ==
          "people.yaml:4:5: error: unknown key 'bogus'\n"
          " 4 | \t\\e\\u202e bogus: 1\n"
          "   | \t         ^\n");
}

TEST_CASE("a file name's newline is shown, so the diagnostic stays one line") {
    Diagnostic d;
    d.file = "a\nb.yaml";
    d.message = "holds no data";
    d.severity = Severity::warning;
    CHECK(format_diagnostic(d) == "a\\x0ab.yaml: warning: holds no data\n");
}

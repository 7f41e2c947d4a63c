#pragma once
// Text from the data made safe to show a person. Whoever can write the data can put escape sequences, terminal
// controls and bidirectional overrides in a name, a note or a file name; printed raw they could recolour, move,
// clear or reorder what the reader sees. Every text output for people passes data through here, the one place
// for the rule (JSON, ICS and HTML escape in their own ways, CSV is for programs).
//
// The notation, plain ASCII and the same everywhere:
//   \e      ESC
//   \xNN    any other C0 control, DEL, a C1 control (U+0080..U+009F, so "\x9b" for the 8-bit CSI), and a byte
//           that is not UTF-8 (a file name may hold one; the data cannot)
//   \uNNNN  a bidirectional formatting character: U+061C, U+202A..U+202E, U+2066..U+2069 (e.g. "\u202e")
// A backslash in the data stays as it is: it is harmless, and doubling it would change every Windows path and
// every note that has one.

#include <string>
#include <string_view>

namespace repjourney {

// Every control shown, newlines and tabs too: for what must be recognised exactly, such as a file name.
std::string visible(std::string_view text);

// Newlines and tabs kept, every other control shown: for text printed on lines of its own, such as a
// role's description or an error message.
std::string visible_lines(std::string_view text);

// One line: newlines and tabs (which YAML's block scalars hold) become spaces, so a value can neither fake a line
// nor break a column; every other control is shown, and trailing spaces are removed.
std::string one_line(std::string_view text);

}  // namespace repjourney

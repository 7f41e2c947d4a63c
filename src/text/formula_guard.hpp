#pragma once
// The guard against CSV injection (OWASP): a cell a spreadsheet would take for a formula gets a leading "'",
// which spreadsheets read as "this is text". One rule for writing CSV (render/csv) and for reading back a
// sheet that came from it (import), so that a guarded phone number "'+46 70 …" is imported as "+46 70 …".

#include <string>
#include <string_view>

namespace repjourney {

// Begins with '=', '+', '-', '@', a tab or a CR, and is not a plain number such as -12 or 1.5 (our computed days
// and counts must stay numbers, and a number is never a formula; a leading '+' is guarded even before digits).
bool looks_like_formula(std::string_view text);

// The text with the guard: "'" + text when it looks like a formula, else the text.
std::string guarded_cell(std::string_view text);

// The text without our guard: what follows a leading "'" when that looks like a formula, else the text itself.
std::string_view unguarded_cell(std::string_view text);

}  // namespace repjourney

#pragma once
// iCalendar (RFC 5545) content lines: TEXT escaping, 75-octet folding and CRLF line ends.

#include <string>
#include <string_view>

#include "model/date.hpp"

namespace repjourney {

// A TEXT value: backslash, semicolon and comma escaped with a backslash, a newline as \n; carriage returns
// and other control characters, which TEXT may not hold, dropped (tab kept).
std::string ical_text(std::string_view text);

// A DATE value: 20261123.
std::string ical_date(Date date);

// "NAME:VALUE" (the value as it goes on the line, already escaped) folded into lines of at most 75 octets,
// each continuation starting with a space and never splitting a UTF-8 character; every line ends in CRLF.
std::string ical_line(std::string_view name, std::string_view value);

}  // namespace repjourney

#pragma once
// Text in HTML and inline SVG.

#include <string>
#include <string_view>

namespace repjourney {

// &, <, >, " and ' as character references, so text is safe in content and in quoted attributes; control
// characters other than tab and newline (which neither HTML nor XML allows) as spaces, so that the page
// parses as XML too.
std::string html_escape(std::string_view text);

}  // namespace repjourney

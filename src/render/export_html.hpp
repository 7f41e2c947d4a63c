#pragma once
// `export html`: one self-contained page an organiser can open, print or attach.

#include <ostream>

#include "render/export_data.hpp"

namespace repjourney {

// A complete HTML5 document in the export's language, with inline CSS and SVG only: no scripts, fonts or
// requests (a Content-Security-Policy forbids them). A summary (key figures, people per stage, overdue items
// per coordinator, suggested recognition), then a card per representative, most urgent first, with the journey
// timeline (render_timeline_svg) and the details in words. All text is escaped and every element closed, so the
// page also parses as XML; a print stylesheet keeps cards whole on paper. Written to out a card at a time, so
// that the page is never held whole.
void write_export_html(const ExportData& data, std::ostream& out);

}  // namespace repjourney

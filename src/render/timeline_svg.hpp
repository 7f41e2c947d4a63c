#pragma once
// A representative's journey drawn as inline SVG, for the HTML report.

#include <span>
#include <string>

#include "engine/journey.hpp"

namespace repjourney {

// The span every timeline of a report shows, so that the as_of lines align down the page.
struct TimelineSpan {
    Date from;
    Date to;
};

// Two years before as_of to one year after: long enough for a term, short enough to tell weeks apart.
TimelineSpan timeline_span(Date as_of);

// An <svg class="timeline">: a year axis; a bar per assignment that reaches into the span, labelled with role
// and dates, with its journey milestones as marks shaped and coloured by state (done ones on the day they were
// done, open ones on their due date, clamped to the span); a row of feedback conversations and recognitions with
// the next feedback due; a row of goals when there are any; and a line at as_of. Every mark has a <title> in
// words. Styled by the classes render_export_html's stylesheet defines.
std::string render_timeline_svg(const RepresentativeStatus& status, const Snapshot& snapshot, TimelineSpan span,
                                Language language);

// The marks and what they mean, as a list of small SVGs with their words.
std::string render_timeline_legend(Language language);

// The same legend as one line of plain text, each shape a glyph ("● done  ◆ overdue …"): for the foot of every
// printed page, where no SVG can go.
std::string timeline_legend_text(Language language);

}  // namespace repjourney

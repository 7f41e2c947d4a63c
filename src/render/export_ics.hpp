#pragma once
// `export ics`: an iCalendar (RFC 5545) feed of what is coming, overdue and done, for a calendar
// an organiser subscribes to.

#include <string>

#include "render/export_data.hpp"

namespace repjourney {

// One VCALENDAR. To-dos (VTODO, all-day DUE;VALUE=DATE) for the journey milestones of assignments that are
// active and unpaused or still to start, the feedback conversation of everyone active and unpaused, and the
// goals of those; done ones with STATUS:COMPLETED and the day they were done. Events (VEVENT, all-day) for
// anniversaries and term ends in [as_of, until] (the findings' until), for people who have not left. UIDs are made of
// ids and dates only (dots between, as ids cannot hold one), so a subscribed calendar updates an item instead of adding
// it again; DTSTAMP is as_of at midnight UTC, so the same data and day give the same bytes.
std::string render_export_ics(const ExportData& data);

}  // namespace repjourney

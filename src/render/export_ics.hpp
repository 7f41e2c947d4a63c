#pragma once
// `export ics`: an iCalendar (RFC 5545) feed of what is coming, overdue and done, for a calendar
// an organiser subscribes to.

#include <ostream>

#include "render/export_data.hpp"

namespace repjourney {

// How the feed gives what there is to do: as all-day events, which every calendar shows, or as to-dos, which
// task-capable clients (Thunderbird, Apple Reminders via CalDAV) show with their state.
enum class IcsItems { events, todos };

// One VCALENDAR, without METHOD (a feed, not an iTIP message). The journey milestones the engine puts in a calendar
// (Findings::calendar_milestones), the feedback conversation of everyone active and unpaused, and the goals of those:
// with IcsItems::events, an all-day VEVENT on each open one's due day (its SUMMARY marked overdue while it is), done
// ones and goals without a day left out; with IcsItems::todos, a VTODO (all-day DUE;VALUE=DATE) for each, done ones
// with STATUS:COMPLETED and the day they were done. Events (VEVENT, all-day) for anniversaries and term ends in
// [as_of, until] (the findings' until), for people who have not left. UIDs are made of ids and dates only (dots
// between, as ids cannot hold one), the same in both forms, so a subscribed calendar updates an item instead of
// adding it again; DTSTAMP is as_of at midnight UTC, so the same data and day give the same bytes. Written to
// out a representative at a time, so that the feed is never held whole.
void write_export_ics(const ExportData& data, std::ostream& out, IcsItems items = IcsItems::events);

}  // namespace repjourney

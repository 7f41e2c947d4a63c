#include "render/export_ics.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }

std::string feed_text(const ExportData& data, IcsItems items = IcsItems::events) {
    std::ostringstream out;
    write_export_ics(data, out, items);
    return out.str();
}

// One role with a one-week welcome call, and Anna holding it twice from the same day (a warning in the data,
// not an error), her welcome call done.
Model twice_from_one_day() {
    Model model;
    model.organisation.name = "Branch 12";
    Role steward;
    steward.id = "steward";
    steward.title = "Steward";
    steward.term = Duration::of_months(24);
    Milestone welcome;
    welcome.id = "welcome";
    welcome.title = "Welcome call";
    welcome.due.offset = Duration::of_days(7);
    steward.journey = {welcome};
    model.roles = {steward};
    Representative anna;
    anna.id = "anna";
    anna.name = "Anna";
    Assignment a;
    a.role = "steward";
    a.start = d("2026-01-01");
    a.end = d("2027-12-31");
    anna.assignments = {a, a};
    model.representatives = {anna};
    Event done;
    done.date = d("2026-01-05");
    done.rep = "anna";
    done.type = EventType::milestone;
    done.milestone = "welcome";
    model.events = {done};
    return model;
}

std::size_t count(const std::string& text, std::string_view word) {
    std::size_t n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("export ics: a UID the data gives twice gets a suffix instead of replacing the first") {
    const Model model = twice_from_one_day();
    const Snapshot snapshot{model, d("2026-11-23")};
    ExportData data{snapshot, compute_statuses(snapshot), {}, {}, Language::en, {}};
    data.findings = compute_findings(snapshot, data.statuses, data.suggestions, d("2027-12-31"));
    const std::string feed = feed_text(data, IcsItems::todos);
    // The welcome call (scope: role) is one task, done once, however many assignments share it.
    CHECK(count(feed, "UID:milestone.anna.steward.2026-01-01.welcome@repjourney\r\n") == 1);
    CHECK(count(feed, "UID:milestone.anna.steward.2026-01-01.welcome.2@repjourney\r\n") == 0);
    CHECK(count(feed, "COMPLETED:20260105T120000Z\r\n") == 1);
    CHECK(count(feed, "UID:feedback.anna@repjourney\r\n") == 1);
    // The two assignments' term ends are two days the data gives one UID.
    CHECK(count(feed, "UID:term.anna.steward.2026-01-01@repjourney\r\n") == 1);
    CHECK(count(feed, "UID:term.anna.steward.2026-01-01.2@repjourney\r\n") == 1);
    // The 1y anniversary and the term's end are days in the calendar, not things to do.
    CHECK(count(feed, "UID:anniversary.anna.1y@repjourney\r\nDTSTAMP:20261123T000000Z\r\n") == 1);
    CHECK(count(feed, "DTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\n") == 1);
    CHECK(count(feed, "BEGIN:VEVENT") == 3);
    CHECK(count(feed, "BEGIN:VTODO") == 2);
    CHECK(feed.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(feed.ends_with("END:VCALENDAR\r\n"));
}

TEST_CASE("export ics: by default what there is to do is an all-day event, overdue ones marked, done ones gone") {
    Model model = twice_from_one_day();
    model.events.clear();  // the welcome call, due 2026-01-08, is overdue
    const Snapshot snapshot{model, d("2026-11-23")};
    ExportData data{snapshot, compute_statuses(snapshot), {}, {}, Language::en, {}};
    data.findings = compute_findings(snapshot, data.statuses, data.suggestions, d("2027-11-23"));
    const std::string feed = feed_text(data);
    CHECK(count(feed, "BEGIN:VTODO") == 0);
    CHECK(count(feed, "METHOD:") == 0);
    CHECK(count(feed, "UID:milestone.anna.steward.2026-01-01.welcome@repjourney\r\n") == 1);
    CHECK(count(feed, "SUMMARY:Overdue: Anna: Welcome call\r\n") == 1);
    CHECK(count(feed, "DTSTART;VALUE=DATE:20260108\r\nDTEND;VALUE=DATE:20260109\r\n") == 1);
    CHECK(count(feed, "UID:feedback.anna@repjourney\r\n") == 1);

    SUBCASE("in Swedish") {
        data.language = Language::sv;
        CHECK(count(feed_text(data), "SUMMARY:Försenat: Anna: Welcome call\r\n") == 1);
    }
    SUBCASE("done, it leaves the calendar of events and stays a completed to-do") {
        model.events = twice_from_one_day().events;
        const Snapshot done_snapshot{model, d("2026-11-23")};
        ExportData done{done_snapshot, compute_statuses(done_snapshot), {}, {}, Language::en, {}};
        done.findings = compute_findings(done_snapshot, done.statuses, done.suggestions, d("2027-11-23"));
        CHECK(count(feed_text(done), "welcome") == 0);
        CHECK(count(feed_text(done, IcsItems::todos), "STATUS:COMPLETED") == 1);
    }
}

TEST_CASE("export ics: a paused representative has no to-dos, only the days to mark") {
    Model model = twice_from_one_day();
    model.representatives[0].paused = Pause{d("2026-10-01"), d("2027-03-31")};
    const Snapshot snapshot{model, d("2026-11-23")};
    ExportData data{snapshot, compute_statuses(snapshot), {}, {}, Language::en, {}};
    data.findings = compute_findings(snapshot, data.statuses, data.suggestions, d("2027-12-31"));
    const std::string feed = feed_text(data);
    CHECK(count(feed, "BEGIN:VTODO") == 0);
    CHECK(count(feed, "BEGIN:VEVENT") == 3);  // the 1y anniversary and both assignments' term ends
}

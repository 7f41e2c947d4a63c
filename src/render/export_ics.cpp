#include "render/export_ics.hpp"

#include <optional>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "engine/anniversaries.hpp"
#include "engine/terms.hpp"
#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/ical.hpp"
#include "render/words.hpp"
#include "text/sentence_case.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
struct Feed {
    const ExportData& data;
    IcsItems items;
    std::set<std::string> uids;  // of the representative at hand
    std::string out;             // the feed's lines so far

    Language lang() const { return data.language; }
    Date as_of() const { return data.snapshot.as_of(); }
    std::string date(Date d) const { return format_date_long(lang(), d); }
    void line(std::string_view name, std::string_view value) { out += ical_line(name, value); }
    void text(std::string_view name, std::string_view value) { line(name, ical_text(value)); }

    // A component with its UID and DTSTAMP. Should the data give two items one UID (the same role twice from
    // one day), the later gets a suffix rather than silently replace the first in a calendar.
    void begin(std::string_view component, const std::string& uid_stem) {
        std::string uid = uid_stem;
        for (int n = 2; !uids.insert(uid).second; ++n) uid = fmt::format("{}.{}", uid_stem, n);
        line("BEGIN", component);
        line("UID", uid + "@repjourney");
        // Not the clock: the same data and as_of give the same feed.
        line("DTSTAMP", ical_date(as_of()) + "T000000Z");
    }

    void categories(const std::vector<std::string>& words) {
        std::string value;
        for (const std::string& word : words) {
            if (word.empty()) continue;
            if (!value.empty()) value += ',';
            value += ical_text(word);
        }
        line("CATEGORIES", value);
    }

    void all_day(Date day) {
        line("DTSTART;VALUE=DATE", ical_date(day));
        line("DTEND;VALUE=DATE", ical_date(day.plus_days(1)));
        line("TRANSP", "TRANSPARENT");
    }

    void end(std::string_view component) { line("END", component); }

    // Done with one representative: their UIDs may be forgotten. Every UID stem is KIND.REP_ID..., and ids
    // hold no dot, so no later representative's UID can be one of these.
    void finish_representative() { uids.clear(); }
};

// Something to do: a milestone, a feedback conversation, a goal, a nomination question.
struct Task {
    std::string uid_stem;
    std::string summary;
    std::string description;
    std::vector<std::string> categories;
    std::optional<Date> due;   // none for a goal without a day
    std::optional<Date> done;  // the day it was done; none while open
    bool overdue = false;
};

// As a to-do, due on its day, open or completed; or as an all-day event on its due day, marked overdue in its
// summary while it is. A calendar of events shows what is left to do: a done task leaves it, and one without a day
// has none to be shown on.
void add_task(Feed& feed, const Task& task) {
    if (feed.items == IcsItems::events) {
        if (task.done || !task.due) return;
        feed.begin("VEVENT", task.uid_stem);
        feed.text("SUMMARY", task.overdue ? tr(feed.lang(), Msg::export_overdue, task.summary) : task.summary);
        feed.text("DESCRIPTION", task.description);
        feed.categories(task.categories);
        feed.all_day(*task.due);
        feed.end("VEVENT");
        return;
    }
    feed.begin("VTODO", task.uid_stem);
    feed.text("SUMMARY", task.summary);
    feed.text("DESCRIPTION", task.description);
    feed.categories(task.categories);
    if (task.due) feed.line("DUE;VALUE=DATE", ical_date(*task.due));
    if (task.done) {
        // COMPLETED is a UTC date-time: noon is the same day from UTC-11 to UTC+11.
        feed.line("STATUS", "COMPLETED");
        feed.line("COMPLETED", ical_date(*task.done) + "T120000Z");
        feed.line("PERCENT-COMPLETE", "100");
    } else {
        feed.line("STATUS", "NEEDS-ACTION");
    }
    feed.end("VTODO");
}

// Who it is about: name, coordinator, branch.
std::string who(const Feed& feed, const Representative& rep) {
    std::string text = rep.name;
    if (rep.name != rep.id) text += " (" + rep.id + ")";
    if (const Coordinator* c = feed.data.snapshot.model().find_coordinator(rep.coordinator))
        text += " · " + tr(feed.lang(), Msg::show_coordinator, c->name);
    if (!rep.branch.empty()) text += " · " + tr(feed.lang(), Msg::show_branch, rep.branch);
    return text;
}

std::string role_title(const Feed& feed, const std::string& role_id) {
    return role_name(feed.data.snapshot.role(role_id), role_id);
}

// "Workplace representative: 1 Mar 2025 – 28 Feb 2027"
std::string assignment_line(const Feed& feed, const Assignment& assignment) {
    const std::string end = assignment.end ? feed.date(*assignment.end) : tr(feed.lang(), Msg::open_ended);
    return fmt::format("{}: {} – {}", role_title(feed, assignment.role), feed.date(assignment.start), end);
}

// "Suggested recognition: Handwritten thank-you card", when a suggestion with the key is open.
std::string suggested_recognition(const Feed& feed, const Representative& rep, std::string_view key) {
    for (const Suggestion* s : feed.data.findings.suggestions_of(rep))
        if (s->key == key) return "\n" + tr(feed.lang(), Msg::show_suggestions) + ": " + s->action->title;
    return {};
}

// The milestones the engine puts in a calendar (calendar_milestones): those of assignments that count, and of those
// still to start for someone neither gone nor paused, each task once.
void add_milestone_tasks(Feed& feed, const RepresentativeStatus& status, const std::vector<CalendarMilestone>& shown) {
    const Representative& rep = *status.representative;
    for (const CalendarMilestone& item : shown) {
        const AssignmentStatus& a = status.assignments[item.assignment];
        const MilestoneStatus& m = a.milestones[item.milestone];
        const Milestone& milestone = *m.milestone;
        std::string state = m.state == DueState::done ? tr(feed.lang(), Msg::show_done_on, feed.date(*m.done))
                                                      : due_words(feed.lang(), m.due, feed.as_of());
        if (milestone.repeating())
            state += "; " + (m.last ? tr(feed.lang(), Msg::show_last_done, feed.date(*m.last))
                                    : tr(feed.lang(), Msg::show_never_done));
        add_task(feed,
                 {fmt::format("milestone.{}.{}.{}.{}", rep.id, a.role->id, a.assignment->start.iso(), milestone.id),
                  rep.name + ": " + milestone.title,
                  fmt::format("{}\n{}\n{}: {}\n{}", who(feed, rep), assignment_line(feed, *a.assignment),
                              milestone.title, milestone_due_words(feed.lang(), milestone), state),
                  {tr(feed.lang(), Msg::category_milestone), a.role->title},
                  m.due,
                  m.state == DueState::done ? m.done : std::nullopt,
                  m.state == DueState::overdue});
    }
}

// Ask about another term: the nomination item of each assignment that counts, open or answered yes or no.
void add_nomination_tasks(Feed& feed, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    const std::optional<Date>& meeting = feed.data.snapshot.organisation().annual_meeting;
    for (const AssignmentStatus& a : status.assignments) {
        if (!a.counts || !a.nomination || !a.role || !meeting) continue;
        const NominationStatus& n = *a.nomination;
        const std::string heading = tr(feed.lang(), Msg::nomination_heading);
        add_task(feed, {fmt::format("nomination.{}.{}.{}", rep.id, a.role->id, a.assignment->start.iso()),
                        fmt::format("{}: {} ({})", rep.name, heading, in_sentence(a.role->title)),
                        fmt::format("{}\n{}\n{}: {}\n{}", who(feed, rep), assignment_line(feed, *a.assignment), heading,
                                    tr(feed.lang(), Msg::nomination_before_meeting, feed.date(*meeting)),
                                    nomination_words(feed.lang(), n, feed.as_of())),
                        {tr(feed.lang(), Msg::category_nomination), a.role->title},
                        n.due,
                        n.state == DueState::done ? n.answered : std::nullopt,
                        n.state == DueState::overdue});
    }
}

void add_feedback_task(Feed& feed, const RepresentativeStatus& status) {
    if (!status.feedback) return;
    const Representative& rep = *status.representative;
    const FeedbackStatus& f = *status.feedback;
    add_task(feed, {"feedback." + rep.id,
                    rep.name + ": " + tr(feed.lang(), Msg::feedback_conversation),
                    who(feed, rep) + "\n" + feedback_line(feed.lang(), f, feed.as_of()),
                    {tr(feed.lang(), Msg::heading_feedback)},
                    f.next_due,
                    std::nullopt,
                    f.state == FeedbackState::overdue});
}

void add_goal_tasks(Feed& feed, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    for (const GoalStatus& g : status.goals) {
        if (!g.followed) continue;
        const Goal& goal = *g.goal;
        const std::string state = g.state == DueState::done ? tr(feed.lang(), Msg::show_done_on, feed.date(*goal.done))
                                  : goal.due                ? due_words(feed.lang(), *goal.due, feed.as_of())
                                                            : state_word(feed.lang(), g.state);
        add_task(feed, {"goal." + rep.id + "." + goal.id,
                        rep.name + ": " + goal.title,
                        who(feed, rep) + "\n" + tr(feed.lang(), Msg::export_goal, goal.title) + "\n" + state +
                            suggested_recognition(feed, rep, goal_key(goal.id)),
                        {tr(feed.lang(), Msg::category_goal)},
                        goal.due,
                        g.state == DueState::done ? goal.done : std::nullopt,
                        g.state == DueState::overdue});
    }
}

void add_anniversary_events(Feed& feed, const RepresentativeStatus& status,
                            const std::vector<Anniversary>& anniversaries) {
    const Representative& rep = *status.representative;
    for (const Anniversary& a : anniversaries) {
        feed.begin("VEVENT", "anniversary." + rep.id + "." + a.length.text());
        const std::string length = duration_words(feed.lang(), a.length);
        feed.text("SUMMARY", rep.name + ": " + tr(feed.lang(), Msg::export_anniversary, length));
        feed.text("DESCRIPTION", who(feed, rep) + "\n" +
                                     tr(feed.lang(), Msg::show_service_since, feed.date(*status.service_start)) +
                                     suggested_recognition(feed, rep, anniversary_key(a.length)));
        feed.categories({tr(feed.lang(), Msg::category_anniversary)});
        feed.all_day(a.date);
        feed.end("VEVENT");
    }
}

void add_term_end_events(Feed& feed, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    for (const TermEnding* term : feed.data.findings.terms_of(rep)) {
        const Assignment& assignment = *term->assignment;
        const std::string title = role_title(feed, assignment.role);
        feed.begin("VEVENT", fmt::format("term.{}.{}.{}", rep.id, assignment.role, assignment.start.iso()));
        feed.text("SUMMARY", rep.name + ": " + tr(feed.lang(), Msg::export_term_ends, in_sentence(title)));
        std::string talk = tr(feed.lang(), Msg::talk_none);
        if (const std::optional<MilestoneStatus>& shown = term->shown_talk)
            talk = shown->state == DueState::done ? tr(feed.lang(), Msg::talk_done, feed.date(*shown->done))
                                                  : due_words(feed.lang(), shown->due, feed.as_of());
        feed.text("DESCRIPTION",
                  fmt::format("{}\n{}\n{}: {}{}", who(feed, rep), assignment_line(feed, assignment),
                              tr(feed.lang(), Msg::heading_renewal_talk), talk,
                              suggested_recognition(feed, rep, term_key(assignment.role, *assignment.end))));
        feed.categories({tr(feed.lang(), Msg::category_term_end), title});
        feed.all_day(*assignment.end);
        feed.end("VEVENT");
    }
}
}  // namespace

void write_export_ics(const ExportData& data, std::ostream& out, IcsItems items) {
    Feed feed{data, items, {}, {}};
    feed.line("BEGIN", "VCALENDAR");
    feed.line("VERSION", "2.0");
    feed.line("PRODID", "-//repjourney//repjourney//EN");
    feed.line("CALSCALE", "GREGORIAN");
    // No METHOD: a feed to subscribe to is not an iTIP message (RFC 5546), and libical checks one as such.
    const std::string name = tr(data.language, Msg::export_title, data.snapshot.organisation().name);
    feed.text("NAME", name);          // RFC 7986
    feed.text("X-WR-CALNAME", name);  // what most calendar programs read
    out << feed.out;
    feed.out.clear();
    make_in_order(
        data.statuses.size(),
        [&](std::size_t begin, std::size_t end) {
            Feed people{data, items, {}, {}};
            for (std::size_t i = begin; i < end; ++i) {
                const RepresentativeStatus& status = data.statuses[i];
                add_milestone_tasks(people, status, data.findings.calendar_milestones[i]);
                add_feedback_task(people, status);
                add_goal_tasks(people, status);
                add_nomination_tasks(people, status);
                add_anniversary_events(people, status, data.findings.anniversaries[i]);
                add_term_end_events(people, status);
                people.finish_representative();
            }
            return std::move(people.out);
        },
        [&](const std::string& run) { out << run; });
    feed.line("END", "VCALENDAR");
    out << feed.out;
}

}  // namespace repjourney

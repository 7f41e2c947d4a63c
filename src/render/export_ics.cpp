#include "render/export_ics.hpp"

#include <set>

#include <fmt/format.h>

#include "engine/anniversaries.hpp"
#include "engine/terms.hpp"
#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/ical.hpp"
#include "render/words.hpp"
#include "text/sentence_case.hpp"

namespace repjourney {

namespace {
struct Feed {
    const ExportData& data;
    std::set<std::string> uids;
    std::string out;

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

    void categories(std::initializer_list<std::string_view> words) {
        std::string value;
        for (const std::string_view word : words) {
            if (word.empty()) continue;
            if (!value.empty()) value += ',';
            value += ical_text(word);
        }
        line("CATEGORIES", value);
    }

    void due(Date day) { line("DUE;VALUE=DATE", ical_date(day)); }

    // Open, or done on a day. COMPLETED is a UTC date-time: noon is the same day from UTC-11 to UTC+11.
    void todo_status(std::optional<Date> done) {
        if (!done) {
            line("STATUS", "NEEDS-ACTION");
            return;
        }
        line("STATUS", "COMPLETED");
        line("COMPLETED", ical_date(*done) + "T120000Z");
        line("PERCENT-COMPLETE", "100");
    }

    void all_day(Date day) {
        line("DTSTART;VALUE=DATE", ical_date(day));
        line("DTEND;VALUE=DATE", ical_date(day.plus_days(1)));
        line("TRANSP", "TRANSPARENT");
    }

    void end(std::string_view component) { line("END", component); }
};

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

// Assignments whose milestones the feed holds: those that count, and those still to start for someone neither
// gone nor paused. Ended ones and paused people's are not chased, so they would only clutter a calendar.
void add_milestone_todos(Feed& feed, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    for (const AssignmentStatus& a : status.assignments) {
        if (!a.role || !a.followed) continue;
        for (const MilestoneStatus& m : a.milestones) {
            const Milestone& milestone = *m.milestone;
            feed.begin("VTODO", fmt::format("milestone.{}.{}.{}.{}", rep.id, a.role->id, a.assignment->start.iso(),
                                            milestone.id));
            feed.text("SUMMARY", rep.name + ": " + milestone.title);
            std::string state = m.state == DueState::done ? tr(feed.lang(), Msg::show_done_on, feed.date(*m.done))
                                                          : due_words(feed.lang(), m.due, feed.as_of());
            if (milestone.repeating())
                state += "; " + (m.last ? tr(feed.lang(), Msg::show_last_done, feed.date(*m.last))
                                        : tr(feed.lang(), Msg::show_never_done));
            feed.text("DESCRIPTION",
                      fmt::format("{}\n{}\n{}: {}\n{}", who(feed, rep), assignment_line(feed, *a.assignment),
                                  milestone.title, milestone_due_words(feed.lang(), milestone), state));
            feed.categories({tr(feed.lang(), Msg::category_milestone), a.role->title});
            feed.due(m.due);
            feed.todo_status(m.done);
            feed.end("VTODO");
        }
    }
}

void add_feedback_todo(Feed& feed, const RepresentativeStatus& status) {
    if (!status.feedback) return;
    const Representative& rep = *status.representative;
    const FeedbackStatus& f = *status.feedback;
    feed.begin("VTODO", "feedback." + rep.id);
    feed.text("SUMMARY", rep.name + ": " + tr(feed.lang(), Msg::feedback_conversation));
    feed.text("DESCRIPTION", who(feed, rep) + "\n" + feedback_line(feed.lang(), f, feed.as_of()));
    feed.categories({tr(feed.lang(), Msg::heading_feedback)});
    feed.due(f.next_due);
    feed.todo_status(std::nullopt);
    feed.end("VTODO");
}

void add_goal_todos(Feed& feed, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    for (const GoalStatus& g : status.goals) {
        if (!g.followed) continue;
        const Goal& goal = *g.goal;
        feed.begin("VTODO", "goal." + rep.id + "." + goal.id);
        feed.text("SUMMARY", rep.name + ": " + goal.title);
        const std::string state = g.state == DueState::done ? tr(feed.lang(), Msg::show_done_on, feed.date(*goal.done))
                                  : goal.due                ? due_words(feed.lang(), *goal.due, feed.as_of())
                                                            : state_word(feed.lang(), g.state);
        feed.text("DESCRIPTION", who(feed, rep) + "\n" + tr(feed.lang(), Msg::export_goal, goal.title) + "\n" + state +
                                     suggested_recognition(feed, rep, goal_key(goal.id)));
        feed.categories({tr(feed.lang(), Msg::category_goal)});
        if (goal.due) feed.due(*goal.due);
        feed.todo_status(g.state == DueState::done ? goal.done : std::nullopt);
        feed.end("VTODO");
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

void add_term_end_events(Feed& feed, const RepresentativeStatus& status, const std::vector<TermEnding>& terms) {
    const Representative& rep = *status.representative;
    for (const TermEnding& term : terms) {
        if (term.representative != &rep) continue;
        const Assignment& assignment = *term.assignment;
        const std::string title = role_title(feed, assignment.role);
        feed.begin("VEVENT", fmt::format("term.{}.{}.{}", rep.id, assignment.role, assignment.start.iso()));
        feed.text("SUMMARY", rep.name + ": " + tr(feed.lang(), Msg::export_term_ends, in_sentence(title)));
        std::string talk = tr(feed.lang(), Msg::talk_none);
        if (const std::optional<MilestoneStatus>& shown = term.shown_talk)
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

std::string render_export_ics(const ExportData& data) {
    Feed feed{data, {}, {}};
    feed.line("BEGIN", "VCALENDAR");
    feed.line("VERSION", "2.0");
    feed.line("PRODID", "-//repjourney//repjourney//EN");
    feed.line("CALSCALE", "GREGORIAN");
    feed.line("METHOD", "PUBLISH");
    const std::string name = tr(data.language, Msg::export_title, data.snapshot.organisation().name);
    feed.text("NAME", name);          // RFC 7986
    feed.text("X-WR-CALNAME", name);  // what most calendar programs read
    for (std::size_t i = 0; i < data.statuses.size(); ++i) {
        const RepresentativeStatus& status = data.statuses[i];
        add_milestone_todos(feed, status);
        add_feedback_todo(feed, status);
        add_goal_todos(feed, status);
        add_anniversary_events(feed, status, data.findings.anniversaries[i]);
        add_term_end_events(feed, status, data.findings.terms);
    }
    feed.line("END", "VCALENDAR");
    return feed.out;
}

}  // namespace repjourney

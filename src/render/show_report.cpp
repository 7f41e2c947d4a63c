#include "render/show_report.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "render/csv.hpp"
#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/recognize_report.hpp"
#include "render/status_json.hpp"
#include "render/words.hpp"
#include "text/printable.hpp"
#include "text/sentence_case.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
struct Writer {
    const Snapshot& snapshot;
    const ReportStyle& style;
    std::string out;

    Language lang() const { return style.language; }
    std::string date(Date d) const { return format_date_long(lang(), d); }
    std::string paint(std::string_view text, Style s) const { return repjourney::paint(text, s, style.color); }
    void heading(Msg msg) { out += "\n" + paint(tr(lang(), msg), Style::heading) + "\n"; }
    // text indented by two columns a level, broken at spaces to the width; later lines hang by two more.
    void line(const std::string& text, std::size_t level = 1) { out += fitted(text, std::string(2 * level, ' ')); }
    std::string fitted(const std::string& text, const std::string& indent = {}) const {
        if (style.width == 0) return indent + text + "\n";
        return wrap(text, style.width, indent, indent + "  ");
    }
};

std::string milestone_line(const MilestoneStatus& m, const Writer& w) {
    const Language lang = w.lang();
    const Milestone& milestone = *m.milestone;
    std::string title = one_line(milestone.title);
    if (milestone.every) title += " (" + every_words(lang, *milestone.every) + ")";
    if (milestone.scope == MilestoneScope::term) title += " (" + tr(lang, Msg::show_scope_term) + ")";
    if (m.state == DueState::done)
        return w.paint("✓ ", Style::done) + title + " — " + tr(lang, Msg::show_done_on, w.date(*m.done));
    const char* mark = m.state == DueState::overdue ? "! " : m.state == DueState::due_soon ? "• " : "· ";
    std::string text = w.paint(mark, style_of(m.state)) + title + " — " +
                       w.paint(due_words(lang, m.due, w.snapshot.as_of()), style_of(m.state));
    if (milestone.repeating())
        text += "; " + (m.last ? tr(lang, Msg::show_last_done, w.date(*m.last)) : tr(lang, Msg::show_never_done));
    return text;
}

// "• Ask about another term — due 12 Dec 2026 (in 19 days)", "✓ Ask about another term — answered yes on ...".
std::string nomination_line(const NominationStatus& n, const Writer& w) {
    const char* mark = n.state == DueState::done       ? "✓ "
                       : n.state == DueState::overdue  ? "! "
                       : n.state == DueState::due_soon ? "• "
                                                       : "· ";
    const Style style = style_of(n.state);
    const std::string words = nomination_words(w.lang(), n, w.snapshot.as_of());
    return w.paint(mark, style) + tr(w.lang(), Msg::nomination_heading) + " — " +
           (n.state == DueState::done ? words : w.paint(words, style));
}

void write_assignments(const RepresentativeStatus& status, Writer& w) {
    w.heading(Msg::show_assignments);
    for (const auto& a : status.assignments) {
        const Assignment& assignment = *a.assignment;
        const std::string end = assignment.end ? w.date(*assignment.end) : tr(w.lang(), Msg::open_ended);
        const std::string when = a.active ? tr(w.lang(), Msg::show_active)
                                 : assignment.start > w.snapshot.as_of()
                                     ? tr(w.lang(), Msg::show_starts, w.date(assignment.start))
                                     : tr(w.lang(), Msg::show_ended);
        // The workplace needs no words of its own: "Safety representative, Volvo Torslanda — ...".
        const std::string workplace = assignment.workplace.empty() ? "" : ", " + one_line(assignment.workplace);
        w.line(fmt::format("{}{} — {} – {} ({})", w.paint(one_line(role_name(a.role, assignment.role)), Style::heading),
                           workplace, w.date(assignment.start), end, when));
        for (const auto& m : a.milestones) w.line(milestone_line(m, w), 2);
        if (a.nomination) w.line(nomination_line(*a.nomination, w), 2);
    }
}

void write_feedback_section(const RepresentativeStatus& status, std::span<const Event* const> events, Writer& w) {
    w.heading(Msg::show_feedback);
    if (const auto& f = status.feedback) {
        w.line(w.paint(feedback_line(w.lang(), *f, w.snapshot.as_of()), style_of(f->state)));
    } else {
        w.line(tr(w.lang(), Msg::show_feedback_none));
    }
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const Event& e = **it;
        if (e.type != EventType::feedback) continue;
        std::string text = e.date.iso();
        if (!e.by.empty()) {
            const Coordinator* c = w.snapshot.model().find_coordinator(e.by);
            text += " " + tr(w.lang(), Msg::show_by, c ? c->name : e.by);
        }
        if (!e.note.empty()) text.append(": ").append(e.note);
        w.line(one_line(text), 2);
    }
}

void write_events_of_type(std::span<const Event* const> events, EventType type, Msg heading, Writer& w) {
    w.heading(heading);
    bool any = false;
    for (auto it = events.rbegin(); it != events.rend(); ++it) {
        const Event& e = **it;
        if (e.type != type) continue;
        any = true;
        std::string text = e.date.iso();
        if (type == EventType::recognition) {
            if (!e.action.empty()) text += " " + std::string{action_name(w.snapshot.organisation(), e.action)};
            if (!e.for_key.empty()) text.append(" [").append(e.for_key).append("]");
        }
        if (!e.note.empty()) text.append(type == EventType::note ? " " : ": ").append(e.note);
        w.line(one_line(text));
    }
    if (!any) w.line(w.paint(tr(w.lang(), Msg::show_none), Style::muted));
}

void write_goals(const RepresentativeStatus& status, Writer& w) {
    if (status.goals.empty()) return;
    w.heading(Msg::show_goals);
    for (const auto& g : status.goals) {
        std::string text = one_line(g.goal->title) + " — ";
        if (g.state == DueState::done)
            text += w.paint(tr(w.lang(), Msg::show_done_on, w.date(*g.goal->done)), Style::done);
        else if (g.goal->due)
            text += w.paint(due_words(w.lang(), *g.goal->due, w.snapshot.as_of()), style_of(g.state));
        else
            text += state_word(w.lang(), g.state);
        w.line(text);
    }
}
}  // namespace

std::string render_show_text(const PersonFindings& person, const Snapshot& snapshot, const ReportStyle& style) {
    const RepresentativeStatus& status = person.status;
    const Representative& rep = *status.representative;
    Writer w{snapshot, style, {}};
    w.out = w.fitted(fmt::format("{} ({}) — {}", w.paint(one_line(rep.name), Style::heading), one_line(rep.id),
                                 w.paint(stage_word(style.language, status.stage), style_of(status.stage))));
    std::vector<std::string> details;
    if (!rep.branch.empty()) details.push_back(tr(w.lang(), Msg::show_branch, rep.branch));
    if (const Coordinator* c = snapshot.model().find_coordinator(rep.coordinator))
        details.push_back(tr(w.lang(), Msg::show_coordinator, c->name));
    if (!rep.email.empty()) details.push_back(rep.email);
    if (!rep.phone.empty()) details.push_back(rep.phone);
    if (const auto& start = status.service_start)
        details.push_back(tr(w.lang(), Msg::show_service_since, w.date(*start)));
    if (rep.left) details.push_back(left_words(w.lang(), rep, snapshot.organisation()));
    if (rep.paused)
        details.push_back(tr(w.lang(), Msg::show_paused, w.date(rep.paused->from),
                             rep.paused->until ? w.date(*rep.paused->until) : std::string{"…"}));
    if (!details.empty()) w.out += w.fitted(one_line(fmt::format("{}", fmt::join(details, " · "))));

    const auto events = snapshot.events_of(rep);
    write_assignments(status, w);
    write_feedback_section(status, events, w);
    write_events_of_type(events, EventType::recognition, Msg::show_recognitions, w);
    write_goals(status, w);
    write_events_of_type(events, EventType::note, Msg::show_notes, w);
    if (!status.signals.empty()) {
        w.heading(Msg::show_signals);
        for (const auto& signal : status.signals)
            w.line(w.paint("! ", Style::overdue) + one_line(describe_signal(w.lang(), signal, snapshot)));
    }
    if (!person.suggestions.empty()) {
        w.heading(Msg::show_suggestions);
        for (const auto& s : person.suggestions)
            w.line(one_line(fmt::format("{}: {} [{}]", recognition_reason(w.lang(), s, snapshot.as_of()),
                                        in_sentence(s.action->title), s.key)));
    }
    return w.out;
}

std::string render_show_json(const PersonFindings& person, const Snapshot& snapshot, Language language) {
    JsonWriter json;
    json.begin_object().field("as_of", snapshot.as_of()).key("representative");
    write_representative_json(json, person.status);
    json.key("events").begin_array();
    for (const Event* e : snapshot.events_of(*person.status.representative)) write_event_json(json, *e);
    json.end_array().key("suggestions").begin_array();
    for (const auto& s : person.suggestions) write_suggestion_json(json, s, snapshot.as_of(), language);
    json.end_array().end_object();
    return json.str() + "\n";
}

std::string render_show_csv(const PersonFindings& person, CsvStyle style) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& a : person.status.assignments)
        for (const auto& m : a.milestones) {
            const auto date = m.done ? m.done : m.last;
            rows.push_back({"milestone", a.assignment->role, m.milestone->id, m.milestone->title, m.due.iso(),
                            std::string{to_string(m.state)}, iso_or_empty(date), ""});
        }
    for (const auto& a : person.status.assignments)
        if (const auto& n = a.nomination)
            rows.push_back({"nomination", a.assignment->role, "", "", n->due.iso(), std::string{to_string(n->state)},
                            iso_or_empty(n->answered), std::string{to_string(n->answer)}});
    if (const auto& f = person.status.feedback)
        rows.push_back(
            {"feedback", "", "", "", f->next_due.iso(), std::string{to_string(f->state)}, iso_or_empty(f->last), ""});
    for (const auto& g : person.status.goals)
        rows.push_back({"goal", "", g.goal->id, g.goal->title, iso_or_empty(g.goal->due),
                        std::string{to_string(g.state)}, iso_or_empty(g.goal->done), ""});
    return render_csv({"kind", "role", "id", "title", "due", "state", "date", "answer"}, rows, style);
}

}  // namespace repjourney

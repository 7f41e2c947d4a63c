#include "render/timeline_svg.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

#include <fmt/format.h>

#include "render/html.hpp"
#include "render/i18n.hpp"
#include "render/words.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
// Drawing units; the SVG scales to the page, and these keep text legible at phone width.
constexpr double view_width = 720;
constexpr double plot_left = 8;
constexpr double plot_right = 712;
constexpr double axis_height = 18;
constexpr double row_height = 30;
constexpr double bottom_height = 16;
constexpr double label_dy = 11;  // label baseline below a row's top
constexpr double bar_top = 15;   // bar below a row's top
constexpr double bar_height = 10;
constexpr double label_line = 12;  // a label's next line, when it is longer than the plot is wide
// Characters of a label per line: the plot's width over a wide sans-serif's average advance at 10.5 units (DejaVu
// Sans, Chromium's fallback, averages about 0.6 em), with room to spare, so that no label runs past the right edge.
constexpr std::size_t label_columns = 100;

enum class Mark { done, overdue, due_soon, upcoming, not_chased, feedback, recognition };

std::string_view mark_class(Mark mark) {
    switch (mark) {
        case Mark::done: return "mk-done";
        case Mark::overdue: return "mk-overdue";
        case Mark::due_soon: return "mk-due-soon";
        case Mark::upcoming: return "mk-upcoming";
        case Mark::not_chased: return "mk-not-chased";
        case Mark::feedback: return "mk-feedback";
        case Mark::recognition: return "mk-recognition";
    }
    return "";
}

// Every mark has a shape of its own as well as a colour, so that a grey print and colour-blind readers tell them
// apart: the legend's glyphs (legend_glyph) name the same shapes.
std::string shape(Mark mark, double x, double y, std::string_view title) {
    const std::string tip = title.empty() ? "" : fmt::format("<title>{}</title>", html_escape(title));
    const auto cls = mark_class(mark);
    switch (mark) {
        case Mark::overdue:
            return fmt::format(
                "<path class=\"{}\" d=\"M{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}Z\">{}</path>", cls, x,
                y - 6, x + 6, y, x, y + 6, x - 6, y, tip);
        case Mark::due_soon:
            return fmt::format("<path class=\"{}\" d=\"M{:.1f} {:.1f}L{:.1f} {:.1f}L{:.1f} {:.1f}Z\">{}</path>", cls, x,
                               y - 5.5, x + 5.5, y + 4.5, x - 5.5, y + 4.5, tip);
        case Mark::not_chased:
            return fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"8\" height=\"8\">{}</rect>", cls,
                               x - 4, y - 4, tip);
        case Mark::feedback:
            return fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"6\" height=\"6\">{}</rect>", cls,
                               x - 3, y - 3, tip);
        case Mark::recognition: {
            std::string points;
            for (int i = 0; i < 10; ++i) {
                const double r = i % 2 == 0 ? 6.0 : 2.6;
                const double angle = -std::numbers::pi / 2 + i * std::numbers::pi / 5;
                points +=
                    fmt::format("{}{:.1f},{:.1f}", i ? " " : "", x + r * std::cos(angle), y + r * std::sin(angle));
            }
            return fmt::format("<polygon class=\"{}\" points=\"{}\">{}</polygon>", cls, points, tip);
        }
        default:
            return fmt::format("<circle class=\"{}\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"4.5\">{}</circle>", cls, x, y,
                               tip);
    }
}

Mark mark_of(DueState state, bool chased) {
    if (state == DueState::done) return Mark::done;
    if (!chased) return Mark::not_chased;
    switch (state) {
        case DueState::overdue: return Mark::overdue;
        case DueState::due_soon: return Mark::due_soon;
        default: return Mark::upcoming;
    }
}

struct Canvas {
    const Snapshot& snapshot;
    TimelineSpan span;
    Language language;
    std::string body;
    double y = axis_height;  // the top of the next row

    Date as_of() const { return snapshot.as_of(); }
    bool shows(Date day) const { return span.from <= day && day <= span.to; }
    double x(Date day) const {
        const Date clamped = std::clamp(day, span.from, span.to);
        const double total = days_between(span.from, span.to);
        return plot_left + (plot_right - plot_left) * days_between(span.from, clamped) / total;
    }
    double mark_y() const { return y + bar_top + bar_height / 2; }
    std::string date(Date day) const { return format_date_long(language, day); }
    std::string due(Date day) const { return due_words(language, day, as_of()); }
    std::string done(Date day) const { return tr(language, Msg::show_done_on, date(day)); }

    // The row's label, on more lines when it is long (no SVG text wraps by itself); the row grows by them.
    void label(const std::string& text) {
        const std::string wrapped = wrap(text, label_columns);
        std::string_view lines = wrapped;
        body += fmt::format("<text class=\"tl-label\" x=\"{:.1f}\" y=\"{:.1f}\">", plot_left, y + label_dy);
        for (bool first = true; !lines.empty(); first = false) {
            const auto end = lines.find('\n');
            body += fmt::format("<tspan x=\"{:.1f}\" dy=\"{}\">{}</tspan>", plot_left, first ? 0 : label_line,
                                html_escape(lines.substr(0, end)));
            if (!first) y += label_line;
            lines.remove_prefix(end + 1);
        }
        body += "</text>";
    }
    void track() {
        body += fmt::format("<line class=\"tl-track\" x1=\"{:.1f}\" y1=\"{:.1f}\" x2=\"{:.1f}\" y2=\"{:.1f}\"/>",
                            plot_left, mark_y(), plot_right, mark_y());
    }
    // An open item due on `day`: drawn where it is due, at the span's edge when it lies beyond.
    void open_mark(Mark mark, Date day, const std::string& title) { body += shape(mark, x(day), mark_y(), title); }
    void done_mark(Date day, const std::string& title) {
        if (shows(day)) body += shape(Mark::done, x(day), mark_y(), title);
    }
    void next_row() { y += row_height; }
};

std::string assignment_label(const Canvas& c, const AssignmentStatus& a) {
    const Assignment& assignment = *a.assignment;
    const std::string end = assignment.end ? c.date(*assignment.end) : tr(c.language, Msg::open_ended);
    return fmt::format("{} · {} – {}", role_name(a.role, assignment.role), c.date(assignment.start), end);
}

void draw_assignment(Canvas& c, const AssignmentStatus& a) {
    const Assignment& assignment = *a.assignment;
    const bool future = assignment.start > c.as_of();
    c.label(assignment_label(c, a));
    const std::string_view bar = a.active ? "bar-active" : future ? "bar-future" : "bar-ended";
    const double x1 = c.x(assignment.start);
    const double x2 = a.last_day ? c.x(a.last_day->plus_days(1)) : plot_right;
    c.body += fmt::format("<rect class=\"{}\" x=\"{:.1f}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"{}\" rx=\"3\"/>", bar,
                          x1, c.y + bar_top, std::max(x2 - x1, 2.0), bar_height);
    // Only the completions that belong here: one counted in several assignments is drawn once.
    for (const Completion& done : a.completions)
        c.done_mark(done.date, done.milestone->title + " — " + c.done(done.date));
    // An ended assignment's open milestones are nobody's task any more; a paused person's are not chased.
    const bool ended = !a.active && !future;
    const bool chased = a.followed;
    for (const MilestoneStatus& m : a.milestones) {
        const Milestone& milestone = *m.milestone;
        // Nor is an open one falling due after the assignment ends: a new term brings its own.
        if (m.state == DueState::done || ended || m.due > c.span.to || (assignment.end && m.due > *assignment.end))
            continue;
        c.open_mark(mark_of(m.state, chased), m.due, milestone.title + " — " + c.due(m.due));
    }
    c.next_row();
}

std::string recognition_title(const Canvas& c, const Event& e) {
    const std::string what = e.action.empty() ? tr(c.language, Msg::legend_recognition)
                                              : std::string{action_name(c.snapshot.organisation(), e.action)};
    return what + " — " + c.date(e.date);
}

void draw_feedback(Canvas& c, const RepresentativeStatus& status) {
    std::string marks;
    for (const Event* e : c.snapshot.events_of(*status.representative)) {
        if (!c.shows(e->date)) continue;
        if (e->type == EventType::feedback)
            marks += shape(Mark::feedback, c.x(e->date), c.mark_y(),
                           tr(c.language, Msg::feedback_conversation) + " — " + c.date(e->date));
        else if (e->type == EventType::recognition)
            marks += shape(Mark::recognition, c.x(e->date), c.mark_y(), recognition_title(c, *e));
    }
    if (const auto& f = status.feedback; f && f->next_due <= c.span.to) {
        const DueState state = due_state_of(f->state);
        marks += shape(mark_of(state, true), c.x(f->next_due), c.mark_y(),
                       tr(c.language, Msg::feedback_conversation) + " — " + c.due(f->next_due));
    }
    if (marks.empty()) return;
    c.label(tr(c.language, Msg::timeline_feedback_row));
    c.track();
    c.body += marks;
    c.next_row();
}

void draw_goals(Canvas& c, const RepresentativeStatus& status) {
    std::string marks;
    for (const GoalStatus& g : status.goals) {
        const Goal& goal = *g.goal;
        if (g.state == DueState::done) {
            if (c.shows(*goal.done))
                marks += shape(Mark::done, c.x(*goal.done), c.mark_y(), goal.title + " — " + c.done(*goal.done));
        } else if (goal.due && *goal.due <= c.span.to) {
            marks +=
                shape(mark_of(g.state, g.followed), c.x(*goal.due), c.mark_y(), goal.title + " — " + c.due(*goal.due));
        }
    }
    if (marks.empty()) return;
    c.label(tr(c.language, Msg::show_goals));
    c.track();
    c.body += marks;
    c.next_row();
}

std::string axis(const Canvas& c, double bottom) {
    std::string out;
    for (int year = c.span.from.year() + 1; year <= c.span.to.year(); ++year) {
        const double x = c.x(Date::from_ymd(year, 1, 1));
        // A year that begins near the right edge is written to the left of its line, inside the picture.
        const bool near_edge = x > plot_right - 30;
        out += fmt::format(
            "<line class=\"tl-axis\" x1=\"{0:.1f}\" y1=\"4\" x2=\"{0:.1f}\" y2=\"{1:.1f}\"/>"
            "<text class=\"tl-year\" x=\"{2:.1f}\" y=\"12\"{3}>{4}</text>",
            x, bottom, near_edge ? x - 3 : x + 3, near_edge ? " text-anchor=\"end\"" : "", year);
    }
    return out;
}
// What the legend lists: the bar, each mark, the line at as_of; with the glyph that names its shape in plain text.
struct LegendEntry {
    std::optional<Mark> mark;  // the bar and the line at as_of are not marks
    std::string_view glyph;
    Msg words;
};

constexpr LegendEntry legend[] = {
    {std::nullopt, "\u25AD", Msg::legend_assignment},
    {Mark::done, "\u25CF", Msg::state_done},
    {Mark::overdue, "\u25C6", Msg::state_overdue},
    {Mark::due_soon, "\u25B2", Msg::state_due_soon},
    {Mark::upcoming, "\u25CB", Msg::state_upcoming},
    {Mark::not_chased, "\u25A1", Msg::legend_not_chased},
    {Mark::feedback, "\u25AA", Msg::feedback_conversation},
    {Mark::recognition, "\u2605", Msg::legend_recognition},
    {std::nullopt, "\u2506", Msg::today},
};

std::string legend_icon(const LegendEntry& entry) {
    if (entry.mark) return shape(*entry.mark, 8, 7, "");
    if (entry.words == Msg::legend_assignment)
        return "<rect class=\"bar-active\" x=\"1\" y=\"3\" width=\"14\" height=\"8\" rx=\"2\"/>";
    return "<line class=\"tl-today\" x1=\"8\" y1=\"0\" x2=\"8\" y2=\"14\"/>";
}
}  // namespace

TimelineSpan timeline_span(Date as_of) { return {as_of - Duration::of_months(24), as_of + Duration::of_months(12)}; }

std::string render_timeline_svg(const RepresentativeStatus& status, const Snapshot& snapshot, TimelineSpan span,
                                Language language) {
    Canvas c{snapshot, span, language, {}};
    for (const AssignmentStatus& a : status.assignments) {
        const Assignment& assignment = *a.assignment;
        // Terms over before the span began are history the header sums up ("representative since").
        if ((assignment.end && *assignment.end < span.from) || assignment.start > span.to) continue;
        draw_assignment(c, a);
    }
    draw_feedback(c, status);
    draw_goals(c, status);

    const double rows_bottom = c.y;
    const double height = rows_bottom + bottom_height;
    const double today = c.x(snapshot.as_of());
    const Representative& rep = *status.representative;
    return fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" data-rep=\"{0}\" role=\"img\" "
        "aria-label=\"{1}\" viewBox=\"0 0 {2} {3:.0f}\" width=\"{2}\" height=\"{3:.0f}\">{4}{5}"
        "<line class=\"tl-today\" x1=\"{6:.1f}\" y1=\"4\" x2=\"{6:.1f}\" y2=\"{7:.1f}\"/>"
        "<text class=\"tl-today-label\" x=\"{6:.1f}\" y=\"{8:.1f}\" text-anchor=\"middle\">{9}</text></svg>",
        html_escape(rep.id), html_escape(tr(language, Msg::timeline_of, rep.name)), view_width, height,
        axis(c, rows_bottom), c.body, today, rows_bottom, height - 4, html_escape(tr(language, Msg::today)));
}

std::string render_timeline_legend(Language language) {
    std::string out = "<ul class=\"legend\">";
    for (const LegendEntry& entry : legend)
        out += fmt::format(
            "<li><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 14\" width=\"16\" "
            "height=\"14\" aria-hidden=\"true\">{}</svg> {}</li>",
            legend_icon(entry), html_escape(tr(language, entry.words)));
    return out + "</ul>";
}

std::string timeline_legend_text(Language language) {
    std::string out;
    for (const LegendEntry& entry : legend) {
        // No-break spaces keep each glyph with its words; the em space between entries is where a line breaks.
        std::string words = tr(language, entry.words);
        for (std::size_t at = 0; (at = words.find(' ', at)) != std::string::npos;) words.replace(at, 1, "\u00A0");
        out += fmt::format("{}{}\u00A0{}", out.empty() ? "" : "\u2003", entry.glyph, words);
    }
    return out;
}

}  // namespace repjourney

#include "render/export_html.hpp"

#include <fmt/format.h>

#include "engine/summary.hpp"
#include "render/html.hpp"
#include "render/i18n.hpp"
#include "render/recognize_report.hpp"
#include "render/retention_report.hpp"
#include "render/retention_svg.hpp"
#include "render/timeline_svg.hpp"
#include "render/words.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
// Kept free of '<' and '&' so that the page stays well-formed XML.
constexpr std::string_view stylesheet = R"css(
:root { color-scheme: light; --ink: #1f2933; --soft: #52606d; --line: #d9e2ec; --done: #2e7d32;
        --overdue: #c62828; --soon: #e08a00; --accent: #1e88e5; }
* { box-sizing: border-box; }
body { margin: 0; background: #f4f6f8; color: var(--ink);
       font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 16px 40px; }
h1 { font-size: 1.7em; margin: 0 0 2px; }
h2 { font-size: 1.2em; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.1em; margin: 0; display: inline; }
.sub { color: var(--soft); margin: 0; }
.notice { margin: 10px 0 0; padding: 6px 10px; background: #fff8e1; border-left: 4px solid var(--soon); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(150px, 1fr)); gap: 12px; margin-top: 20px; }
.figure { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.figure b { display: block; font-size: 2em; line-height: 1.15; }
.figure.alert b { color: var(--overdue); }
.scroll { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid var(--line); }
th { background: #eef2f6; font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.bar { width: 45%; }
.stagebar { height: 10px; background: var(--accent); border-radius: 3px; }
.zero { color: #9aa5b1; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 14px 0;
        break-inside: avoid; page-break-inside: avoid; }
.chip { display: inline-block; font-size: .8em; padding: 1px 9px; margin-left: 6px; border-radius: 10px;
        background: #e3eaf2; vertical-align: 2px; }
.chip.risk { background: #fdecea; color: var(--overdue); font-weight: 600; }
.meta { color: var(--soft); font-size: .9em; margin: 2px 0 8px; }
dl { display: grid; grid-template-columns: 12.5em 1fr; gap: 3px 14px; margin: 8px 0 0; font-size: .93em; }
dt { font-weight: 600; color: var(--soft); }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.1em; }
.overdue { color: var(--overdue); }
.soon { color: #a35f00; }
.done { color: var(--done); }
ul.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 0 0 6px;
            font-size: .85em; color: var(--soft); }
ul.legend svg { vertical-align: -2px; }
footer { color: var(--soft); font-size: .85em; margin-top: 28px; }
.retention p { margin: 4px 0; }
svg.retention-curve, svg.exit-reasons { display: block; width: 100%; max-width: 720px; height: auto; margin: 12px 0; }
svg .grid { stroke: #e4e7eb; stroke-width: 1; }
svg .tick { stroke: #c3cbd3; stroke-width: 1; }
svg .axis { font-size: 11px; fill: #52606d; }
svg .legend, svg .curve-name { font-size: 12px; fill: #1f2933; }
svg .curve { fill: none; stroke: #1f2933; stroke-width: 1.6; }
svg .curve-0 { stroke-width: 2.6; }
svg .curve-1 { stroke: #1e88e5; } svg .curve-2 { stroke: #c62828; } svg .curve-3 { stroke: #2e7d32; }
svg .curve-4 { stroke: #8e24aa; } svg .curve-5 { stroke: #e08a00; } svg .curve-6 { stroke: #00838f; }
svg .bar { fill: #90a4ae; stroke: #37474f; stroke-width: .8; }
div.timeline { overflow-x: auto; }
svg.timeline { display: block; width: 100%; min-width: 580px; height: auto; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.tl-axis { stroke: #dde3e8; stroke-width: 1; }
.tl-year { font-size: 10px; fill: #7b8794; }
.tl-label { font-size: 10.5px; fill: #3e4c59; }
.tl-track { stroke: #e4e7eb; stroke-width: 2; }
.bar-active { fill: #cfe5fb; stroke: var(--accent); }
.bar-ended { fill: #eceff1; stroke: #b0bec5; }
.bar-future { fill: #f0f7fe; stroke: #64b5f6; stroke-dasharray: 3 2; }
.mk-done { fill: var(--done); }
.mk-overdue { fill: var(--overdue); }
.mk-due-soon { fill: var(--soon); }
.mk-upcoming { fill: #fff; stroke: #607d8b; stroke-width: 1.5; }
.mk-not-chased { fill: #fff; stroke: #90a4ae; stroke-width: 1.5; }
.mk-feedback { fill: #5c6bc0; }
.mk-recognition { fill: #f2b705; stroke: #a67c00; stroke-width: .6; }
.tl-today { stroke: #263238; stroke-width: 1.2; stroke-dasharray: 4 3; }
.tl-today-label { font-size: 10px; font-weight: 600; fill: #263238; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  main { padding: 14px 10px 28px; }
  dl { grid-template-columns: 1fr; }
  dt { margin-top: 4px; }
}
@page { size: A4; margin: 14mm 14mm 18mm;
        @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #52606d; } }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .card, .figure, table { border-color: #b0bec5; }
  section.people { break-before: page; }
  section.people, footer { page: people; }
  .scroll, div.timeline { overflow: visible; }
  svg.timeline { min-width: 0; }
  h1, h3, th, td, dd, .meta, .figure, ul.legend li { overflow-wrap: anywhere; }
  dl { grid-template-columns: 10em minmax(0, 1fr); }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
}
)css";

// text as the body of a CSS string, kept free of '<' and '&' like the stylesheet.
std::string css_string(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '<' || c == '&' || c == '\n') {
            out += fmt::format("\\{:x} ", static_cast<unsigned char>(c));
            continue;
        }
        out += c;
    }
    return out;
}

// The timelines' legend at the foot of every printed page that holds them, so that each sheet can be read alone.
std::string print_legend_style(Language language) {
    return fmt::format(
        "@page people {{ @bottom-left {{ content: \"{}\"; font: 7.5pt sans-serif; color: #3e4c59; width: 80%; }} }}",
        css_string(timeline_legend_text(language)));
}

// The stages in the order a journey runs through them.
constexpr Stage journey_order[] = {Stage::prospect, Stage::incoming, Stage::onboarding, Stage::established,
                                   Stage::renewal,  Stage::paused,   Stage::ended,      Stage::left};

struct Page {
    const ExportData& data;
    std::string out;  // what is not yet written out

    Language lang() const { return data.language; }
    Date as_of() const { return data.snapshot.as_of(); }
    std::string t(Msg msg) const { return html_escape(tr(lang(), msg)); }
    std::string date(Date d) const { return format_date_long(lang(), d); }
    std::string due(Date d) const { return due_words(lang(), d, as_of()); }
};

std::string figure(const std::string& number, const std::string& words, bool alert) {
    return fmt::format("<div class=\"figure{}\"><b>{}</b>{}</div>", alert ? " alert" : "", number, words);
}

std::string number_cell(int n) { return fmt::format("<td class=\"num{}\">{}</td>", n == 0 ? " zero" : "", n); }

void write_figures(Page& p, const Summary& summary) {
    p.out += "<div class=\"figures\">";
    p.out += figure(std::to_string(summary.people), p.t(Msg::html_people), false);
    p.out += figure(std::to_string(summary.overdue.total()), p.t(Msg::html_overdue_items), summary.overdue.total() > 0);
    p.out += figure(std::to_string(summary.at_risk), p.t(Msg::html_at_risk), summary.at_risk > 0);
    p.out += figure(std::to_string(p.data.suggestions.size()), p.t(Msg::show_suggestions), false);
    p.out += "</div>";
}

void write_stages(Page& p, const Summary& summary) {
    p.out += fmt::format(
        "<h2>{}</h2><div class=\"scroll\"><table><thead><tr><th>{}</th><th class=\"num\">{}</th>"
        "<th></th></tr></thead><tbody>",
        p.t(Msg::html_stages), p.t(Msg::heading_stage), p.t(Msg::html_people));
    for (const Stage stage : journey_order) {
        const int n = summary.stages.at(static_cast<std::size_t>(stage));
        const int percent = summary.people ? n * 100 / summary.people : 0;
        p.out += fmt::format("<tr><td>{}</td>{}<td class=\"bar\">", html_escape(stage_word(p.lang(), stage)),
                             number_cell(n));
        if (n > 0) p.out += fmt::format("<div class=\"stagebar\" style=\"width: {}%\"></div>", std::max(percent, 1));
        p.out += "</td></tr>";
    }
    p.out += "</tbody></table></div>";
}

void write_coordinators(Page& p, const Summary& summary) {
    if (summary.coordinators.empty()) return;
    p.out += fmt::format(
        "<h2>{}</h2><div class=\"scroll\"><table><thead><tr><th>{}</th><th class=\"num\">{}</th>"
        "<th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th>"
        "<th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        p.t(Msg::html_coordinators), p.t(Msg::heading_coordinator), p.t(Msg::html_people), p.t(Msg::html_milestones),
        p.t(Msg::heading_feedback), p.t(Msg::show_goals), p.t(Msg::category_nomination), p.t(Msg::html_at_risk));
    for (const CoordinatorLoad& load : summary.coordinators) {
        const std::string name = load.coordinator ? html_escape(load.coordinator->name) : p.t(Msg::html_no_coordinator);
        p.out += fmt::format("<tr><td>{}</td>{}{}{}{}{}{}</tr>", name, number_cell(load.people),
                             number_cell(load.overdue.milestones), number_cell(load.overdue.feedback),
                             number_cell(load.overdue.goals), number_cell(load.overdue.nominations),
                             number_cell(load.at_risk));
    }
    p.out += "</tbody></table></div>";
}

// Every seat on as_of: its places, the vacant ones, its holders (those leaving marked) and the prospects to ask.
void write_seats(Page& p) {
    const std::vector<SeatFilling>& seats = p.data.findings.seats;
    if (seats.empty()) return;
    p.out += fmt::format(
        "<h2>{}</h2><div class=\"scroll\"><table class=\"seats\"><thead><tr><th>{}</th><th>{}</th>"
        "<th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        html_escape(tr(p.lang(), Msg::vacancies_title, p.date(p.as_of()))), p.t(Msg::heading_role),
        p.t(Msg::heading_where), p.t(Msg::heading_places), p.t(Msg::heading_vacant), p.t(Msg::heading_holders),
        p.t(Msg::heading_candidates));
    for (const SeatFilling& filling : seats) {
        const Seat& seat = *filling.seat;
        std::vector<std::string> holders;
        for (const SeatHolder& holder : filling.holders) {
            const std::string& name = holder.representative->name;
            if (holder.leaving)
                holders.push_back(
                    "<span class=\"soon\">" +
                    html_escape(tr(p.lang(), Msg::holder_leaving, name, p.date(*holder.assignment->end))) + "</span>");
            else
                holders.push_back(html_escape(name));
        }
        std::string candidates;
        for (const Representative* rep : filling.candidates)
            candidates += (candidates.empty() ? "" : ", ") + html_escape(rep->name);
        if (filling.needs_candidates() && candidates.empty()) candidates = p.t(Msg::candidates_none);
        const std::string vacant =
            filling.over_filled
                ? fmt::format("<td class=\"num overdue\">{}</td>",
                              html_escape(tr(p.lang(), Msg::vacant_over_filled, filling.vacant)))
                : fmt::format("<td class=\"num{}\">{}</td>", filling.vacant > 0 ? " overdue" : " zero", filling.vacant);
        std::string holder_list;
        for (const std::string& holder : holders) holder_list += (holder_list.empty() ? "" : "<br/>") + holder;
        p.out += fmt::format("<tr><td>{}</td><td>{}</td>{}{}<td>{}</td><td>{}</td></tr>",
                             html_escape(role_name(p.data.snapshot.role(seat.role), seat.role)),
                             html_escape(seat_place(p.lang(), seat)), number_cell(seat.count), vacant,
                             holder_list.empty() ? "–" : holder_list, candidates);
    }
    p.out += "</tbody></table></div>";
}

// Who stays: the figures in sentences, the curve and the reasons, when anybody is counted.
void write_retention(Page& p) {
    const RetentionReport& report = p.data.retention;
    if (report.all.people == 0) return;
    const Organisation& organisation = p.data.snapshot.organisation();
    p.out += fmt::format("<h2>{}</h2><div class=\"retention\">", p.t(Msg::html_retention));
    for (const std::string& sentence : retention_sentences(report.all, organisation, p.lang()))
        p.out += "<p>" + html_escape(sentence) + "</p>";
    p.out += render_retention_curve_svg(report, p.lang());
    p.out += render_exit_reasons_svg(report.all, organisation, p.lang());
    p.out += "</div>";
}

void write_suggestions(Page& p) {
    if (p.data.suggestions.empty()) return;
    p.out += fmt::format(
        "<h2>{}</h2><div class=\"scroll\"><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr>"
        "</thead><tbody>",
        p.t(Msg::show_suggestions), p.t(Msg::heading_name), p.t(Msg::heading_reason), p.t(Msg::heading_action));
    for (const Suggestion& s : p.data.suggestions)
        p.out += fmt::format("<tr><td>{}</td><td{}>{}</td><td>{}</td></tr>", html_escape(s.representative->name),
                             s.upcoming ? " class=\"soon\"" : "",
                             html_escape(recognition_reason(p.lang(), s, p.as_of())), html_escape(s.action->title));
    p.out += "</tbody></table></div>";
}

// One <dt>/<dd> pair; nothing when there is nothing to say.
void detail(Page& p, Msg heading, const std::vector<std::string>& items) {
    if (items.empty()) return;
    p.out += fmt::format("<dt>{}</dt><dd>", p.t(heading));
    if (items.size() == 1) {
        p.out += items.front();
    } else {
        p.out += "<ul>";
        for (const std::string& item : items) p.out += "<li>" + item + "</li>";
        p.out += "</ul>";
    }
    p.out += "</dd>";
}

std::string styled(const std::string& text, DueState state) {
    const std::string_view cls = state == DueState::overdue    ? "overdue"
                                 : state == DueState::due_soon ? "soon"
                                 : state == DueState::done     ? "done"
                                                               : "";
    return cls.empty() ? html_escape(text) : fmt::format("<span class=\"{}\">{}</span>", cls, html_escape(text));
}

std::vector<std::string> overdue_list(const Page& p, const std::vector<OpenItem>& open) {
    std::vector<std::string> items;
    for (const OpenItem& item : open)
        if (item.state == DueState::overdue)
            items.push_back(styled(next_step_title(p.lang(), item) + " — " + p.due(item.due), item.state));
    return items;
}

void write_details(Page& p, const RepresentativeStatus& status, const std::vector<OpenItem>& open) {
    const Representative& rep = *status.representative;
    const Language lang = p.lang();
    p.out += "<dl>";
    // An overdue next step is in the overdue list below.
    if (const auto& step = status.next_step; step && step->state != DueState::overdue)
        detail(p, Msg::heading_next_step,
               {styled(next_step_title(lang, *step) + " — " + p.due(step->due), step->state)});
    detail(p, Msg::heading_overdue, overdue_list(p, open));
    // What is overdue is said once, in the list above; the rest of each kind follows.
    if (const auto& f = status.feedback; f && f->state != FeedbackState::overdue) {
        detail(p, Msg::heading_feedback, {styled(feedback_line(lang, *f, p.as_of()), due_state_of(f->state))});
    }
    std::vector<std::string> goals;
    for (const GoalStatus& g : status.goals) {
        if (g.state == DueState::overdue && g.followed) continue;  // in the overdue list above
        const Goal& goal = *g.goal;
        const std::string when = g.state == DueState::done ? tr(lang, Msg::show_done_on, p.date(*goal.done))
                                 : goal.due                ? p.due(*goal.due)
                                                           : state_word(lang, g.state);
        goals.push_back(styled(goal.title + " — " + when, g.state));
    }
    detail(p, Msg::show_goals, goals);
    std::vector<std::string> signs;
    for (const Signal& signal : status.signals)
        if (signal.kind == SignalKind::quiet || signal.kind == SignalKind::renewal_pending)
            signs.push_back(html_escape(describe_signal(lang, signal, p.data.snapshot)));
    detail(p, Msg::show_signals, signs);
    std::vector<std::string> suggestions;
    for (const Suggestion* s : p.data.findings.suggestions_of(rep))
        suggestions.push_back(html_escape(recognition_reason(lang, *s, p.as_of()) + " — " + s->action->title));
    detail(p, Msg::show_suggestions, suggestions);
    std::vector<std::string> notes;
    // Only there when asked for: private_model dropped them otherwise.
    for (const Event* e : p.data.snapshot.events_of(rep))
        if (e->type == EventType::note) notes.push_back(html_escape(p.date(e->date).append(": ").append(e->note)));
    detail(p, Msg::show_notes, notes);
    p.out += "</dl>";
}

void write_card(Page& p, std::size_t index, TimelineSpan span) {
    const RepresentativeStatus& status = p.data.statuses[index];
    const std::vector<OpenItem>& open = p.data.findings.open_items[index];
    const Representative& rep = *status.representative;
    const Language lang = p.lang();
    p.out += fmt::format("<article class=\"card\" id=\"rep-{}\"><h3>{}</h3><span class=\"chip\">{}</span>",
                         html_escape(rep.id), html_escape(rep.name), html_escape(stage_word(lang, status.stage)));
    if (status.at_risk()) p.out += fmt::format("<span class=\"chip risk\">{}</span>", p.t(Msg::html_at_risk));
    std::vector<std::string> meta;
    if (const Coordinator* c = p.data.snapshot.model().find_coordinator(rep.coordinator))
        meta.push_back(tr(lang, Msg::show_coordinator, c->name));
    if (!rep.branch.empty()) meta.push_back(tr(lang, Msg::show_branch, rep.branch));
    if (const auto& start = status.service_start) meta.push_back(tr(lang, Msg::show_service_since, p.date(*start)));
    if (rep.left) meta.push_back(left_words(lang, rep, p.data.snapshot.organisation()));
    if (rep.paused)
        meta.push_back(tr(lang, Msg::show_paused, p.date(rep.paused->from),
                          rep.paused->until ? p.date(*rep.paused->until) : std::string{"…"}));
    if (!rep.email.empty()) meta.push_back(rep.email);
    if (!rep.phone.empty()) meta.push_back(rep.phone);
    if (p.data.privacy.include_born && rep.born) meta.push_back(tr(lang, Msg::html_born, *rep.born));
    p.out += "<p class=\"meta\">";
    for (std::size_t i = 0; i < meta.size(); ++i) p.out += (i ? " · " : "") + html_escape(meta[i]);
    p.out += "</p>";
    p.out += "<div class=\"timeline\">" + render_timeline_svg(status, p.data.snapshot, span, lang) + "</div>";
    write_details(p, status, open);
    p.out += "</article>";
}
}  // namespace

void write_export_html(const ExportData& data, std::ostream& out) {
    Page p{data, {}};
    const Language lang = data.language;
    const std::string& organisation = data.snapshot.organisation().name;
    p.out += fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"/>"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        // Self-contained by rule, not only by habit: the browser refuses any request the page might make.
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>"
        "<meta name=\"generator\" content=\"repjourney\"/><title>{}</title><style>{}{}</style></head>\n<body><main>",
        lang == Language::sv ? "sv" : "en", html_escape(tr(lang, Msg::export_title, organisation)), stylesheet,
        print_legend_style(lang));
    p.out += fmt::format("<header><h1>{}</h1><p class=\"sub\">{}</p>", html_escape(organisation),
                         html_escape(tr(lang, Msg::html_as_of, p.date(p.as_of()))));
    if (data.privacy.redact) p.out += fmt::format("<p class=\"notice\">{}</p>", p.t(Msg::html_redacted));
    p.out += "</header>\n<section class=\"summary\">";
    const Summary& summary = data.findings.summary;
    write_figures(p, summary);
    write_stages(p, summary);
    write_coordinators(p, summary);
    write_seats(p);
    write_suggestions(p);
    write_retention(p);
    p.out += fmt::format("</section>\n<section class=\"people\"><h2>{}</h2>", p.t(Msg::html_representatives));
    if (data.statuses.empty())
        p.out += fmt::format("<p>{}</p>", p.t(Msg::nobody_selected));
    else
        p.out += render_timeline_legend(lang);
    out << p.out;
    const TimelineSpan span = timeline_span(p.as_of());
    const std::vector<std::size_t>& order = data.findings.by_urgency;
    make_in_order(
        order.size(),
        [&](std::size_t begin, std::size_t end) {
            Page cards{data, {}};
            for (std::size_t i = begin; i < end; ++i) {
                write_card(cards, order[i], span);
                cards.out += "\n";
            }
            return std::move(cards.out);
        },
        [&](const std::string& run) { out << run; });
    out << fmt::format("</section><footer>{}</footer></main></body></html>\n",
                       html_escape(tr(lang, Msg::html_footer, p.date(p.as_of()))));
}

}  // namespace repjourney

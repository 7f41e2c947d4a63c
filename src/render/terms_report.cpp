#include "render/terms_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/csv.hpp"
#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/words.hpp"
#include "text/sentence_case.hpp"

namespace repjourney {

namespace {
const std::string& role_title(const TermEnding& term) { return role_name(term.role, term.assignment->role); }

Cell renewal_talk_cell(const TermEnding& term, Language language) {
    const std::optional<MilestoneStatus>& talk = term.shown_talk;
    if (!talk) return Cell{tr(language, Msg::talk_none), Style::muted};
    const Style style = style_of(talk->state);
    switch (talk->state) {
        case DueState::done: return Cell{tr(language, Msg::talk_done, talk->done ? talk->done->iso() : ""), style};
        case DueState::overdue:
            return Cell{tr_count(language, Msg::days_overdue_one, Msg::days_overdue, talk->days_overdue.value_or(0)),
                        style};
        default: return Cell{tr(language, Msg::due_on, talk->due.iso()), style};
    }
}

// A later term of the same role, a role that starts after this one ends, or one held alongside it that goes on.
std::string next_text(const TermEnding& term, const Model& model, Language language) {
    const Assignment* next = term.next;
    if (!next) return tr(language, Msg::next_none);
    if (next->role == term.assignment->role) return tr(language, Msg::next_term, next->start.iso());
    const std::string& title = role_name(model.find_role(next->role), next->role);
    if (next->start <= *term.assignment->end) return tr(language, Msg::next_continues, in_sentence(title));
    return tr(language, Msg::next_role, title, next->start.iso());
}

// The holder's answer to the nominating committee; "no answer" muted.
Cell nomination_cell(const TermEnding& term, Language language) {
    const std::string word = nomination_answer_word(language, term.nomination);
    switch (term.nomination) {
        case NominationAnswer::yes: return Cell{word, Style::done};
        case NominationAnswer::no: return Cell{word, Style::overdue};
        case NominationAnswer::undecided: return Cell{word, Style::due_soon};
        case NominationAnswer::none: break;
    }
    return Cell{word, Style::muted};
}

// The answer as JSON and CSV write it: yes, no, undecided; nothing for none.
std::string_view nomination_id(const TermEnding& term) { return to_string(term.nomination); }
}  // namespace

std::string render_terms_table(const std::vector<TermEnding>& terms, const Model& model, Date as_of, Date until,
                               Language language, const TableLayout& layout) {
    if (terms.empty()) return tr(language, Msg::terms_none, until.iso()) + "\n";
    Table table;
    // What follows wraps first, then the role is shortened, the name last; the talk and what follows go to the
    // second line when narrow.
    // The answers to the nominating committee: for an organisation that has one (an annual meeting in the data, or
    // an answer recorded), so that a club without one is not shown a column of "no answer".
    const bool nominations =
        model.organisation.annual_meeting || std::any_of(terms.begin(), terms.end(), [](const TermEnding& term) {
            return term.nomination != NominationAnswer::none;
        });
    table.columns = {{.heading = tr(language, Msg::heading_name), .fit = Fit::shorten, .priority = 2, .min_width = 12},
                     {.heading = tr(language, Msg::heading_role), .fit = Fit::shorten, .priority = 1, .min_width = 12},
                     {.heading = tr(language, Msg::heading_ends)}};
    if (nominations) table.columns.push_back({.heading = tr(language, Msg::heading_nomination), .second_line = true});
    table.columns.push_back({.heading = tr(language, Msg::heading_renewal_talk), .second_line = true});
    // Wide enough for a role's title not to be split ("fortsätter som studieorganisatör").
    table.columns.push_back(
        {.heading = tr(language, Msg::heading_next), .fit = Fit::wrap, .min_width = 18, .second_line = true});
    for (const TermEnding& term : terms) {
        const Date end = *term.assignment->end;
        std::vector<Cell> row{Cell{term.representative->name}, Cell{role_title(term)},
                              Cell{fmt::format("{} ({})", end.iso(), relative_due(language, end, as_of))}};
        if (nominations) row.push_back(nomination_cell(term, language));
        row.push_back(renewal_talk_cell(term, language));
        row.push_back(Cell{next_text(term, model, language)});
        table.rows.push_back(std::move(row));
    }
    return paint(tr(language, Msg::terms_title, until.iso()), Style::heading, layout.color) + "\n\n" +
           render_table(table, layout);
}

std::string render_terms_json(const std::vector<TermEnding>& terms, Date as_of, Date until) {
    JsonWriter json;
    json.begin_object().field("as_of", as_of).field("until", until).key("terms").begin_array();
    for (const TermEnding& term : terms) {
        json.begin_object()
            .field("rep", term.representative->id)
            .field("name", term.representative->name)
            .field("role", term.assignment->role)
            .field("role_title", role_title(term))
            .field("start", term.assignment->start)
            .field("end", term.assignment->end)
            .key("nomination");
        if (term.nomination == NominationAnswer::none)
            json.null();
        else
            json.value(nomination_id(term));
        json.key("renewal_talk");
        if (const std::optional<MilestoneStatus>& talk = term.shown_talk) {
            json.begin_object()
                .field("milestone", talk->milestone->id)
                .field("state", to_string(talk->state))
                .field("due", talk->due)
                .field("done", talk->done)
                .field("days_overdue", talk->days_overdue)
                .end_object();
        } else {
            json.null();
        }
        json.key("next");
        if (term.next)
            json.begin_object()
                .field("role", term.next->role)
                .field("start", term.next->start)
                .field("end", term.next->end)
                .end_object();
        else
            json.null();
        json.end_object();
    }
    json.end_array().end_object();
    return json.str() + "\n";
}

Sheet terms_sheet(const std::vector<TermEnding>& terms, Language language) {
    using enum CellType;
    Sheet sheet{tr(language, Msg::sheet_terms),
                sheet_columns(language, {{"rep", Msg::col_id},
                                         {"name", Msg::heading_name},
                                         {"role", Msg::heading_role},
                                         {"start", Msg::col_start, date},
                                         {"end", Msg::heading_ends, date},
                                         {"nomination", Msg::heading_nomination},
                                         {"renewal_talk", Msg::heading_renewal_talk},
                                         {"renewal_talk_state", Msg::col_talk_state},
                                         {"renewal_talk_due", Msg::col_talk_due, date},
                                         {"renewal_talk_done", Msg::col_talk_done, date},
                                         {"next_role", Msg::col_next_role},
                                         {"next_start", Msg::col_next_start, date}}),
                {}};
    auto& rows = sheet.rows;
    for (const TermEnding& term : terms) {
        const std::optional<MilestoneStatus>& talk = term.shown_talk;
        rows.push_back({term.representative->id, term.representative->name, term.assignment->role,
                        term.assignment->start.iso(), iso_or_empty(term.assignment->end),
                        std::string{nomination_id(term)}, talk ? talk->milestone->id : "",
                        talk ? std::string{to_string(talk->state)} : "", talk ? talk->due.iso() : "",
                        talk ? iso_or_empty(talk->done) : "", term.next ? term.next->role : "",
                        term.next ? term.next->start.iso() : ""});
    }
    return sheet;
}

std::string render_terms_csv(const std::vector<TermEnding>& terms, CsvStyle style) {
    return render_sheet_csv(terms_sheet(terms, Language::en), style);
}

}  // namespace repjourney

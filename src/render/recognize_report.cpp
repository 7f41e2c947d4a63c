#include "render/recognize_report.hpp"

#include "render/csv.hpp"
#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/words.hpp"
#include "text/sentence_case.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
// The role's title, to stand inside a sentence; its id when the role is unknown (which the loader rejects, so only
// in hand-built data).
std::string role_title(const Suggestion& suggestion) {
    if (!suggestion.assignment) return suggestion.role ? in_sentence(suggestion.role->title) : std::string{};
    return in_sentence(role_name(suggestion.role, suggestion.assignment->role));
}

std::string quiet_reason(Language language, const Suggestion& suggestion, const std::string& date) {
    // Never recognised: the date is then the service start, and the words must not pass it off as a recognition.
    if (!suggestion.last_recognition) return tr(language, Msg::reason_quiet_never, date);
    return tr(language, Msg::signal_quiet, date);
}
}  // namespace

std::string recognition_reason(Language language, const Suggestion& suggestion, Date as_of) {
    const std::string date = format_date_near(language, suggestion.date, as_of);
    switch (suggestion.kind) {
        case SuggestionKind::anniversary:
            return tr(language, Msg::reason_anniversary, duration_words(language, suggestion.anniversary), date);
        case SuggestionKind::milestone:
            return tr(language, Msg::reason_milestone,
                      suggestion.milestone ? in_sentence(suggestion.milestone->title) : "", date);
        case SuggestionKind::goal:
            return tr(language, Msg::reason_goal, suggestion.goal ? suggestion.goal->title : "", date);
        case SuggestionKind::term:
            // The end date is the term's last day, so on that day it still "ends".
            return tr(language, suggestion.date < as_of ? Msg::reason_term_ended : Msg::reason_term_ends,
                      role_title(suggestion), date);
        case SuggestionKind::farewell:
            if (!suggestion.exit_reason) return tr(language, Msg::reason_farewell, date);
            return tr(language, Msg::reason_farewell_because, date,
                      in_sentence(exit_reason_title(*suggestion.exit_reason, language)));
        case SuggestionKind::quiet: return quiet_reason(language, suggestion, date);
    }
    return {};
}

std::string render_recognize_table(const std::vector<Suggestion>& suggestions, Date as_of, Language language,
                                   const TableLayout& layout) {
    if (suggestions.empty()) return tr(language, Msg::nothing_to_do) + "\n";
    // Who, why and what to do; then, under it, what `record recognition REP --for KEY` takes. Keys are long
    // (milestone:ROLE/MILESTONE@DATE), so they get a line of their own, never cut. Nor is the action, the thing to
    // act on: the reason wraps at spaces instead, and goes to a line of its own when the terminal is narrow.
    Table table;
    table.columns = {
        {.heading = tr(language, Msg::heading_name), .fit = Fit::shorten, .priority = 1, .min_width = 12},
        {.heading = tr(language, Msg::heading_reason), .fit = Fit::wrap, .min_width = 24, .second_line = true},
        {.heading = tr(language, Msg::heading_action)}};
    for (const Suggestion& s : suggestions) {
        // Upcoming anniversaries and term ends are still to be planned for, not yet owed.
        table.rows.emplace_back(
            std::vector<Cell>{Cell{s.representative->name},
                              Cell{recognition_reason(language, s, as_of), s.upcoming ? Style::due_soon : Style::plain},
                              Cell{s.action->title}},
            Cell{s.representative->id + " --for " + s.key, Style::muted});
    }
    std::string hint = tr(language, Msg::recognize_hint);
    if (layout.max_width > 0) {  // at spaces, as the reasons
        hint = wrap(hint, layout.max_width);
        hint.pop_back();
    }
    return render_table(table, layout) + "\n" + paint(hint, Style::muted, layout.color) + "\n";
}

std::string render_recognize_json(const std::vector<Suggestion>& suggestions, Date as_of, Language language) {
    JsonWriter json;
    json.begin_object().field("as_of", as_of).key("suggestions").begin_array();
    for (const Suggestion& s : suggestions) write_suggestion_json(json, s, as_of, language);
    json.end_array().end_object();
    return json.str() + "\n";
}

void write_suggestion_json(JsonWriter& json, const Suggestion& s, Date as_of, Language language) {
    json.begin_object()
        .field("rep", s.representative->id)
        .field("name", s.representative->name)
        .field("key", s.key)
        .field("kind", to_string(s.kind))
        .field("date", s.date)
        .field("upcoming", s.upcoming)
        .field("action", s.action->id)
        .field("action_title", s.action->title)
        .optional_field("annual_meeting", s.annual_meeting)
        .field("reason", recognition_reason(language, s, as_of))
        .end_object();
}

Sheet recognize_sheet(const std::vector<Suggestion>& suggestions, Date as_of, Language language) {
    Sheet sheet{tr(language, Msg::sheet_recognition),
                sheet_columns(language, {{"rep", Msg::col_id},
                                         {"name", Msg::heading_name},
                                         {"key", Msg::col_key},
                                         {"kind", Msg::col_kind},
                                         {"date", Msg::heading_date, CellType::date},
                                         {"upcoming", Msg::col_upcoming},
                                         {"action", Msg::col_action_id},
                                         {"action_title", Msg::heading_action},
                                         {"annual_meeting", Msg::col_annual_meeting, CellType::date},
                                         {"reason", Msg::heading_reason}}),
                {}};
    auto& rows = sheet.rows;
    rows.reserve(suggestions.size());
    for (const Suggestion& s : suggestions)
        rows.push_back({s.representative->id, s.representative->name, s.key, std::string{to_string(s.kind)},
                        s.date.iso(), s.upcoming ? "true" : "false", s.action->id, s.action->title,
                        iso_or_empty(s.annual_meeting), recognition_reason(language, s, as_of)});
    return sheet;
}

std::string render_recognize_csv(const std::vector<Suggestion>& suggestions, Date as_of, Language language,
                                 CsvStyle style) {
    return render_sheet_csv(recognize_sheet(suggestions, as_of, language), style);
}

}  // namespace repjourney

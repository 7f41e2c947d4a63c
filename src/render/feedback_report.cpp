#include "render/feedback_report.hpp"

#include "render/csv.hpp"
#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/words.hpp"

namespace repjourney {

namespace {
// The coordinator's name, or the id when the data names none (the loader rejects unknown ids).
std::string coordinator_name(const Model& model, const Representative& rep) {
    const Coordinator* coordinator = model.find_coordinator(rep.coordinator);
    return coordinator ? coordinator->name : rep.coordinator;
}

std::string optional_text(const std::optional<int>& n) { return n ? std::to_string(*n) : std::string{}; }
}  // namespace

std::string render_feedback_table(const std::vector<FeedbackItem>& items, const Model& model, Date as_of,
                                  Language language, const TableLayout& layout) {
    if (items.empty()) return tr(language, Msg::nothing_to_do) + "\n";
    Table table;
    // The coordinator gives way before the name; how late, and the history, go to the second line when narrow.
    table.columns = {{.heading = tr(language, Msg::heading_name), .fit = Fit::shorten, .priority = 1, .min_width = 12},
                     {.heading = tr(language, Msg::heading_coordinator), .fit = Fit::shorten, .min_width = 10},
                     {.heading = tr(language, Msg::heading_state)},
                     {.heading = tr(language, Msg::heading_due)},
                     {.heading = tr(language, Msg::heading_when), .second_line = true},
                     {.heading = tr(language, Msg::heading_last), .second_line = true},
                     {.heading = tr(language, Msg::heading_every), .second_line = true}};
    for (const FeedbackItem& item : items) {
        const FeedbackStatus& f = item.feedback;
        const Style style = style_of(f.state);
        table.rows.push_back({Cell{item.representative->name}, Cell{coordinator_name(model, *item.representative)},
                              Cell{state_word(language, f.state), style}, Cell{f.next_due.iso(), style},
                              Cell{relative_due(language, f.next_due, as_of), style},
                              f.last ? Cell{f.last->iso()} : Cell{tr(language, Msg::feedback_none), Style::muted},
                              Cell{duration_words(language, f.every)}});
    }
    return render_table(table, layout);
}

std::string render_feedback_json(const std::vector<FeedbackItem>& items, Date as_of) {
    JsonWriter json;
    json.begin_object().field("as_of", as_of).key("items").begin_array();
    for (const FeedbackItem& item : items) {
        const Representative& rep = *item.representative;
        const FeedbackStatus& f = item.feedback;
        json.begin_object()
            .field("rep", rep.id)
            .field("name", rep.name)
            .field("coordinator", rep.coordinator.empty() ? std::nullopt : std::optional{rep.coordinator})
            .field("next_due", f.next_due)
            .field("state", to_string(f.state))
            .field("days_overdue", f.days_overdue)
            .field("last", f.last)
            .field("every_days", f.every_days)
            .end_object();
    }
    json.end_array().end_object();
    return json.str() + "\n";
}

Sheet feedback_sheet(const std::vector<FeedbackItem>& items, Language language) {
    using enum CellType;
    Sheet sheet{tr(language, Msg::sheet_feedback),
                sheet_columns(language, {{"rep", Msg::col_id},
                                         {"name", Msg::heading_name},
                                         {"coordinator", Msg::heading_coordinator},
                                         {"next_due", Msg::col_due, date},
                                         {"state", Msg::heading_state},
                                         {"days_overdue", Msg::col_days_overdue, number},
                                         {"last", Msg::heading_last, date},
                                         {"every_days", Msg::col_every_days, number}}),
                {}};
    auto& rows = sheet.rows;
    for (const FeedbackItem& item : items) {
        const Representative& rep = *item.representative;
        const FeedbackStatus& f = item.feedback;
        rows.push_back({rep.id, rep.name, rep.coordinator, f.next_due.iso(), std::string{to_string(f.state)},
                        optional_text(f.days_overdue), iso_or_empty(f.last), std::to_string(f.every_days)});
    }
    return sheet;
}

std::string render_feedback_csv(const std::vector<FeedbackItem>& items, CsvStyle style) {
    return render_sheet_csv(feedback_sheet(items, Language::en), style);
}

}  // namespace repjourney

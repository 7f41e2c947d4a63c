#include "render/vacancies_report.hpp"

#include <optional>
#include <string_view>

#include "render/csv.hpp"
#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/words.hpp"

namespace repjourney {

namespace {
std::optional<std::string_view> unless_empty(const std::string& text) {
    if (text.empty()) return std::nullopt;
    return std::string_view{text};
}

Cell ends_cell(const SeatHolder& holder, Language language) {
    const std::optional<Date>& end = holder.assignment->end;
    if (!end) return Cell{"–", Style::muted};
    if (holder.leaving) return Cell{tr(language, Msg::ends_leaving, end->iso()), Style::due_soon};
    return Cell{end->iso()};
}

Cell vacant_cell(const SeatFilling& filling, Language language) {
    if (filling.over_filled) return Cell{tr(language, Msg::vacant_over_filled, filling.vacant), Style::overdue};
    return Cell{std::to_string(filling.vacant), filling.vacant > 0 ? Style::overdue : Style::plain};
}

// "Candidates: Maja Karlsson" under a seat with a place to fill; nothing under the others.
Cell candidates_line(const SeatFilling& filling, Language language) {
    if (!filling.needs_candidates()) return Cell{};
    if (filling.candidates.empty())
        return Cell{tr(language, Msg::candidates_line, tr(language, Msg::candidates_none)), Style::muted};
    std::string names;
    for (const Representative* rep : filling.candidates) names += (names.empty() ? "" : ", ") + rep->name;
    return Cell{tr(language, Msg::candidates_line, names)};
}

template <typename Item, typename Use>
std::string ids_joined(const std::vector<Item>& items, Use&& id_of) {
    std::string ids;
    for (const Item& item : items) {
        const std::string_view id = id_of(item);
        if (id.empty()) continue;
        if (!ids.empty()) ids += ' ';
        ids += id;
    }
    return ids;
}
}  // namespace

std::string render_vacancies_table(const std::vector<SeatFilling>& seats, const Model& model, Date on,
                                   Language language, const TableLayout& layout) {
    if (seats.empty()) return tr(language, Msg::vacancies_none) + "\n";
    Table table;
    // A row per holder, the seat's own columns on its first; the candidates on a line under the seat's last row.
    table.columns = {
        {.heading = tr(language, Msg::heading_role), .fit = Fit::shorten, .priority = 1, .min_width = 12},
        {.heading = tr(language, Msg::heading_where), .fit = Fit::wrap, .priority = 0, .min_width = 14},
        {.heading = tr(language, Msg::heading_places), .align = Align::right},
        {.heading = tr(language, Msg::heading_vacant), .align = Align::right},
        {.heading = tr(language, Msg::heading_holders), .fit = Fit::shorten, .priority = 2, .min_width = 12},
        {.heading = tr(language, Msg::heading_ends)}};
    for (const SeatFilling& filling : seats) {
        const Seat& seat = *filling.seat;
        std::vector<Cell> seat_cells{Cell{role_name(model.find_role(seat.role), seat.role)},
                                     Cell{seat_place(language, seat)}, Cell{std::to_string(seat.count)},
                                     vacant_cell(filling, language)};
        if (filling.holders.empty()) {
            seat_cells.emplace_back("–", Style::muted);
            table.rows.emplace_back(std::move(seat_cells), candidates_line(filling, language));
            continue;
        }
        for (std::size_t i = 0; i < filling.holders.size(); ++i) {
            const SeatHolder& holder = filling.holders[i];
            std::vector<Cell> cells = i == 0 ? seat_cells : std::vector<Cell>(4);
            cells.emplace_back(holder.representative->name);
            cells.push_back(ends_cell(holder, language));
            const bool last = i + 1 == filling.holders.size();
            table.rows.emplace_back(std::move(cells), last ? candidates_line(filling, language) : Cell{});
        }
    }
    return paint(tr(language, Msg::vacancies_title, on.iso()), Style::heading, layout.color) + "\n\n" +
           render_table(table, layout);
}

void write_seats_json(JsonWriter& json, const std::vector<SeatFilling>& seats) {
    json.begin_array();
    for (const SeatFilling& filling : seats) {
        const Seat& seat = *filling.seat;
        json.begin_object()
            .field("role", seat.role)
            .field("branch", unless_empty(seat.branch))
            .field("workplace", unless_empty(seat.workplace))
            .field("count", seat.count)
            .field("vacant", filling.vacant)
            .key("holders")
            .begin_array();
        for (const SeatHolder& holder : filling.holders)
            json.begin_object()
                .field("rep", holder.representative->id)
                .field("end", holder.assignment->end)
                .field("leaving", holder.leaving)
                .end_object();
        json.end_array().key("candidates").begin_array();
        for (const Representative* rep : filling.candidates) json.value(rep->id);
        json.end_array().end_object();
    }
    json.end_array();
}

std::string render_vacancies_json(const std::vector<SeatFilling>& seats, Date on) {
    JsonWriter json;
    json.begin_object().field("on", on).key("seats");
    write_seats_json(json, seats);
    json.end_object();
    return json.str() + "\n";
}

Sheet vacancies_sheet(const std::vector<SeatFilling>& seats, Language language) {
    using enum CellType;
    Sheet sheet{tr(language, Msg::sheet_seats),
                sheet_columns(language, {{"role", Msg::heading_role},
                                         {"branch", Msg::col_branch},
                                         {"workplace", Msg::col_workplace},
                                         {"count", Msg::heading_places, number},
                                         {"vacant", Msg::heading_vacant, number},
                                         {"over_filled", Msg::col_over_filled},
                                         {"holders", Msg::heading_holders},
                                         {"leaving", Msg::col_leaving},
                                         {"candidates", Msg::heading_candidates}}),
                {}};
    for (const SeatFilling& filling : seats) {
        const Seat& seat = *filling.seat;
        sheet.rows.push_back(
            {seat.role, seat.branch, seat.workplace, std::to_string(seat.count), std::to_string(filling.vacant),
             filling.over_filled ? "yes" : "",
             ids_joined(filling.holders, [](const SeatHolder& h) { return std::string_view{h.representative->id}; }),
             ids_joined(filling.holders,
                        [](const SeatHolder& h) { return h.leaving ? std::string_view{h.representative->id} : ""; }),
             ids_joined(filling.candidates, [](const Representative* r) { return std::string_view{r->id}; })});
    }
    return sheet;
}

std::string render_vacancies_csv(const std::vector<SeatFilling>& seats, CsvStyle style) {
    return render_sheet_csv(vacancies_sheet(seats, Language::en), style);
}

}  // namespace repjourney

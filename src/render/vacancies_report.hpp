#pragma once
// `vacancies`: every seat on a day, as seat_fillings found them.

#include <string>
#include <vector>

#include "engine/vacancies.hpp"
#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/sheet.hpp"
#include "render/table.hpp"

namespace repjourney {

// "Seats on DATE", then a row per holder under the seat's role, place (branch, workplace), places, vacant
// places and candidates; one line saying so when the organisation defines no seats.
std::string render_vacancies_table(const std::vector<SeatFilling>& seats, const Model& model, Date on,
                                   Language language, const TableLayout& layout);

// {"on", "seats": [{"role", "branch", "workplace", "count", "vacant", "holders": [{"rep", "end", "leaving"}],
//   "candidates": [REP...]}]}; branch, workplace and end null when absent.
std::string render_vacancies_json(const std::vector<SeatFilling>& seats, Date on);

// The "seats" array of that document, for the exports too.
void write_seats_json(JsonWriter& json, const std::vector<SeatFilling>& seats);

// One row per seat: role, branch, workplace, count, vacant, over_filled (yes or empty), holders, leaving,
// candidates; the last three are representative ids separated by spaces.
// A row per seat: role, branch, workplace, count, vacant, over_filled ("yes" or empty), and holders, leaving
// and candidates as ids separated by spaces. The workbook's sheet too.
Sheet vacancies_sheet(const std::vector<SeatFilling>& seats, Language language);
std::string render_vacancies_csv(const std::vector<SeatFilling>& seats, CsvStyle style);

}  // namespace repjourney

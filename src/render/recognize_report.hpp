#pragma once
// `recognize`: the recognition suggestions, each with its reason in words, its action and its key.

#include <string>
#include <vector>

#include "engine/recognition.hpp"
#include "render/csv.hpp"
#include "render/json_writer.hpp"
#include "render/sheet.hpp"
#include "render/table.hpp"

namespace repjourney {

// Why the suggestion is made, in the language: "5 years as a representative on 25 Nov",
// "completed Basic training on 3 Nov", "left on 10 Nov", "nobody has recognised them since 12 Mar".
// Dates in as_of's year go without the year.
std::string recognition_reason(Language language, const Suggestion& suggestion, Date as_of);

// Name, reason and action, with the representative id and the key on a line below; then a hint on answering one with
// `record recognition REP --for KEY`; "Nothing to do." when there are none.
std::string render_recognize_table(const std::vector<Suggestion>& suggestions, Date as_of, Language language,
                                   const TableLayout& layout);

// The SPEC's contract: {"as_of", "suggestions": [{"rep", "key", "kind", "date", "action", "action_title",
// "reason"}]}, with "name" and "upcoming" besides.
std::string render_recognize_json(const std::vector<Suggestion>& suggestions, Date as_of, Language language);

// One suggestion as the JSON contract gives it (rep, name, key, kind, date, upcoming, action,
// action_title, reason); recognize, show and export json all write it this way.
void write_suggestion_json(JsonWriter& json, const Suggestion& suggestion, Date as_of, Language language);

// The JSON's fields as columns.
// A row per suggestion: rep, name, key, kind, date, upcoming, action, action_title, reason (in the language).
Sheet recognize_sheet(const std::vector<Suggestion>& suggestions, Date as_of, Language language);
std::string render_recognize_csv(const std::vector<Suggestion>& suggestions, Date as_of, Language language,
                                 CsvStyle style);

}  // namespace repjourney

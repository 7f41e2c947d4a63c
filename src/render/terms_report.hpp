#pragma once
// `terms`: the mandates ending by a day, for the nominating committee, as terms_ending orders them.

#include <string>
#include <vector>

#include "engine/terms.hpp"
#include "render/csv.hpp"
#include "render/sheet.hpp"
#include "render/table.hpp"

namespace repjourney {

// "Terms ending by DATE", then holder, role, end date (and how far off), the holder's nomination answer, the
// renewal talk's state and what comes next; one line saying so when nothing ends. `model` gives the titles of the roles
// that come next.
std::string render_terms_table(const std::vector<TermEnding>& terms, const Model& model, Date as_of, Date until,
                               Language language, const TableLayout& layout);

// {"as_of", "until", "terms": [{"rep", "name", "role", "role_title", "start", "end",
//   "nomination": "yes" | "no" | "undecided" | null,
//   "renewal_talk": {"milestone", "state", "due", "done", "days_overdue"} or null,
//   "next": {"role", "start", "end"} or null}]}
std::string render_terms_json(const std::vector<TermEnding>& terms, Date as_of, Date until);

// A row per term: rep, name, role, start, end, nomination (yes, no, undecided or empty), the renewal talk
// (renewal_talk: its milestone id, renewal_talk_state, renewal_talk_due, renewal_talk_done), next_role and
// next_start; absent values are empty.
Sheet terms_sheet(const std::vector<TermEnding>& terms, Language language);
std::string render_terms_csv(const std::vector<TermEnding>& terms, CsvStyle style);

}  // namespace repjourney

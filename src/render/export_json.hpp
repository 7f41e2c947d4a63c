#pragma once
// `export json`: the complete computed state for one as_of, for other programs and dashboards.

#include <ostream>

#include "render/export_data.hpp"

namespace repjourney {

// {"format": "repjourney-export", "version": 1, "as_of", "language", "privacy", "organisation", "roles",
//  "summary", "representatives": [the status object (write_representative_fields) plus email, born (only with
//  include_born), feedback_every, pause, service_start, events, suggestions], "suggestions", "retention",
//  "seats" (as `vacancies --format json` gives them, on as_of)}: the man page
// documents every field. Durations are written as in the data files (8w, 1y6m). Written to out a
// representative at a time, so that the document is never held whole.
void write_export_json(const ExportData& data, std::ostream& out);

}  // namespace repjourney

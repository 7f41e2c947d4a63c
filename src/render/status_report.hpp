#pragma once
// `status`: one line per representative.

#include <ostream>
#include <string>
#include <vector>

#include "engine/journey.hpp"
#include "render/color.hpp"

namespace repjourney {

struct ReportStyle {
    Language language = Language::en;
    bool color = false;
    std::size_t width = 0;  // 0: unlimited
};

// Name, stage, progress, next step and its due date, overdue items, feedback and
// warning signs; then the people at risk with their signs in words.
std::string render_status_table(const std::vector<RepresentativeStatus>& statuses, const Snapshot& snapshot,
                                const ReportStyle& style);

// The SPEC's contract: {"as_of", "representatives": [...]}, written out person by
// person: for a national federation the document is hundreds of megabytes.
void write_status_json(std::ostream& out, const std::vector<RepresentativeStatus>& statuses, Date as_of);

std::string render_status_csv(const std::vector<RepresentativeStatus>& statuses);

}  // namespace repjourney

#pragma once
// What the exports show beyond each representative's status, computed once by the engine so that
// the renderers (HTML, ICS, JSON) only format it.

#include <span>
#include <vector>

#include "engine/anniversaries.hpp"
#include "engine/journey.hpp"
#include "engine/summary.hpp"
#include "engine/terms.hpp"

namespace repjourney {

struct Findings {
    Summary summary;                                      // of the statuses given
    std::vector<std::size_t> by_urgency;                  // indices into the statuses, most urgent first
    std::vector<std::vector<OpenItem>> open_items;        // by index into the statuses
    std::vector<std::vector<Anniversary>> anniversaries;  // by index: within [as_of, until]; none once left
    std::vector<TermEnding> terms;                        // everyone's ending within [as_of, until]
};

// The findings for the statuses (a selection of the snapshot's representatives) up to `until`.
Findings compute_findings(const Snapshot& snapshot, std::span<const RepresentativeStatus> statuses, Date until);

}  // namespace repjourney

#include "engine/findings.hpp"

#include "engine/urgency.hpp"

namespace repjourney {

Findings compute_findings(const Snapshot& snapshot, std::span<const RepresentativeStatus> statuses, Date until) {
    Findings findings;
    findings.summary = summarise(snapshot.model(), statuses);
    findings.by_urgency = sorted_indices(statuses, StatusOrder::urgency);
    for (const RepresentativeStatus& status : statuses) {
        findings.open_items.push_back(open_items(status));
        findings.anniversaries.push_back(
            status.stage == Stage::left
                ? std::vector<Anniversary>{}
                : anniversaries_between(snapshot.organisation(), *status.representative, snapshot.as_of(), until));
    }
    findings.terms = terms_ending(snapshot, until);
    return findings;
}

}  // namespace repjourney

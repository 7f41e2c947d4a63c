#include "engine/findings.hpp"

#include <algorithm>
#include <numeric>

#include "engine/urgency.hpp"

namespace repjourney {

Findings compute_findings(const Snapshot& snapshot, std::span<const RepresentativeStatus> statuses, Date until) {
    Findings findings;
    findings.summary = summarise(snapshot.model(), statuses);
    findings.by_urgency.resize(statuses.size());
    std::iota(findings.by_urgency.begin(), findings.by_urgency.end(), std::size_t{0});
    std::stable_sort(findings.by_urgency.begin(), findings.by_urgency.end(), [&](std::size_t a, std::size_t b) {
        return comes_before(rank_of(statuses[a]), rank_of(statuses[b]), StatusOrder::urgency);
    });
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

#include "engine/findings.hpp"

#include "engine/urgency.hpp"

namespace repjourney {

Findings compute_findings(const Snapshot& snapshot, std::span<const RepresentativeStatus> statuses,
                          std::span<const Suggestion> suggestions, Date until, PersonLists lists) {
    Findings findings;
    findings.summary = summarise(snapshot.model(), statuses);
    findings.by_urgency = sorted_indices(statuses, StatusOrder::urgency);
    for (const RepresentativeStatus& status : statuses) {
        if (lists.open_items) findings.open_items.push_back(open_items(status));
        if (!lists.calendar) continue;
        findings.calendar_milestones.push_back(calendar_milestones(status));
        findings.anniversaries.push_back(
            status.stage == Stage::left
                ? std::vector<Anniversary>{}
                : anniversaries_between(snapshot.organisation(), *status.representative, snapshot.as_of(), until));
    }
    findings.terms = terms_ending(snapshot, until);
    findings.seats = seat_fillings(snapshot, snapshot.as_of());
    findings.suggestions_by_person = ByPerson<Suggestion>{suggestions};
    findings.terms_by_person = ByPerson<TermEnding>{findings.terms};
    return findings;
}

PersonFindings person_findings(const Snapshot& snapshot, const Representative& rep) {
    return {representative_status(snapshot, rep), recognition_suggestions(snapshot, rep)};
}

}  // namespace repjourney

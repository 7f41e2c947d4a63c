#pragma once
// What the exports show beyond each representative's status, computed once by the engine so that
// the renderers (HTML, ICS, JSON) only format it.

#include <span>
#include <vector>

#include "engine/anniversaries.hpp"
#include "engine/by_person.hpp"
#include "engine/calendar_milestones.hpp"
#include "engine/journey.hpp"
#include "engine/recognition.hpp"
#include "engine/summary.hpp"
#include "engine/terms.hpp"
#include "engine/vacancies.hpp"

namespace repjourney {

struct Findings {
    Findings() = default;
    Findings(Findings&&) = default;
    Findings& operator=(Findings&&) = default;
    // terms_by_person points into terms: a copy's would point into the original's.
    Findings(const Findings&) = delete;
    Findings& operator=(const Findings&) = delete;

    Summary summary;                                                  // of the statuses given
    std::vector<std::size_t> by_urgency;                              // indices into the statuses, most urgent first
    std::vector<std::vector<OpenItem>> open_items;                    // by index into the statuses
    std::vector<std::vector<Anniversary>> anniversaries;              // by index: within [as_of, until]; none once left
    std::vector<TermEnding> terms;                                    // everyone's ending within [as_of, until]
    std::vector<SeatFilling> seats;                                   // every seat on as_of (seat_fillings)
    std::vector<std::vector<CalendarMilestone>> calendar_milestones;  // by index: the milestones a calendar holds
    // Each representative's suggestions, in the order of the suggestions given (which they point into).
    ByPerson<Suggestion> suggestions_by_person;
    ByPerson<TermEnding> terms_by_person;  // each representative's of `terms`, in their order

    // The representative's suggestions; none when they have none.
    std::span<const Suggestion* const> suggestions_of(const Representative& rep) const {
        return suggestions_by_person.of(rep);
    }
    // The representative's terms ending within [as_of, until]; none when they have none.
    std::span<const TermEnding* const> terms_of(const Representative& rep) const { return terms_by_person.of(rep); }
};

// The lists per representative that compute_findings fills; those not asked for stay empty. Each holds
// something for every one of 50,000 people, so an export asks only for those it shows.
struct PersonLists {
    bool open_items = true;  // export html
    bool calendar = true;    // calendar_milestones and anniversaries: export ics
};

// The findings for the statuses (a selection of the snapshot's representatives) and their suggestions, up to
// `until`. The suggestions must outlive the findings.
Findings compute_findings(const Snapshot& snapshot, std::span<const RepresentativeStatus> statuses,
                          std::span<const Suggestion> suggestions, Date until, PersonLists lists = {});

// What `show` reports of one representative: the status and the suggestions, as the exports give them.
struct PersonFindings {
    RepresentativeStatus status;
    std::vector<Suggestion> suggestions;  // as recognition_suggestions orders them
};

PersonFindings person_findings(const Snapshot& snapshot, const Representative& rep);

}  // namespace repjourney

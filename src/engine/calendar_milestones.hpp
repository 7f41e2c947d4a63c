#pragma once
// Which journey milestones a calendar feed holds, each task once (issue 23; the man page's export ics).

#include <cstddef>
#include <vector>

#include "engine/journey.hpp"

namespace repjourney {

// One milestone of one assignment: indices into a RepresentativeStatus, so that it holds no pointer into it.
struct CalendarMilestone {
    std::size_t assignment = 0;  // into the status's assignments
    std::size_t milestone = 0;   // into that assignment's milestones
};

// The milestones of the representative's followed assignments, in data order, less two duplicates: a repeating
// milestone whose next due date falls after its assignment ends (the next assignment, if there is one, holds it),
// and a `scope: role` milestone an earlier-starting followed assignment of the same role already gives (one
// completion does both, so two terms back to back make one task of it, the earlier term's).
std::vector<CalendarMilestone> calendar_milestones(const RepresentativeStatus& status);

}  // namespace repjourney

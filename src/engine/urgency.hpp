#pragma once
// The order `status` lists people in.

#include <vector>

#include "engine/journey.hpp"

namespace repjourney {

enum class StatusOrder { urgency, name, stage };

// urgency: people whose items count first, the most overdue next step first, then due
// soonest; then the rest by stage. stage: onboarding, renewal, established, incoming,
// paused, ended, left. Ties by name, then id.
void sort_statuses(std::vector<RepresentativeStatus>& statuses, StatusOrder order);

// Once-only milestones done, of all once-only milestones, in the active assignments.
struct Progress {
    int done = 0;
    int total = 0;
};
Progress journey_progress(const RepresentativeStatus& status);

}  // namespace repjourney

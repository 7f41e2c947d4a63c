#pragma once
// The order `status` lists people in.

#include <span>
#include <tuple>
#include <vector>

#include "engine/journey.hpp"

namespace repjourney {

enum class StatusOrder { urgency, name, stage };

// urgency: people whose items count first, the most overdue next step first, then due
// soonest; then the rest by stage. stage: onboarding, renewal, established, incoming,
// paused, ended, left. Ties by name, then id.
void sort_statuses(std::vector<RepresentativeStatus>& statuses, StatusOrder order);
// The same order as indices into statuses, which stay where they are.
std::vector<std::size_t> sorted_indices(std::span<const RepresentativeStatus> statuses, StatusOrder order);

// What that order needs of a status: small enough to keep for every representative.
struct StatusRank {
    const Representative* representative = nullptr;
    Stage stage = Stage::established;
    bool counts = false;
    std::tuple<int, int, int> next_step;  // smaller is more urgent
};
StatusRank rank_of(const RepresentativeStatus& status);
bool comes_before(const StatusRank& a, const StatusRank& b, StatusOrder order);

}  // namespace repjourney

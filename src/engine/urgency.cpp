#include "engine/urgency.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace repjourney {

namespace {
// Where a stage sorts: the people an organiser works with now first.
int stage_rank(Stage stage) {
    switch (stage) {
        case Stage::onboarding: return 0;
        case Stage::renewal: return 1;
        case Stage::established: return 2;
        case Stage::incoming: return 3;
        case Stage::paused: return 4;
        case Stage::ended: return 5;
        case Stage::prospect: return 6;
        case Stage::left: return 7;
    }
    return 8;
}

// Smaller is more urgent: overdue (most days first), due soon, upcoming (by date), nothing open.
std::tuple<int, int, int> next_step_rank(const RepresentativeStatus& s) {
    if (!s.counts()) return {4, 0, 0};
    if (!s.next_step) return {3, 0, 0};
    const OpenItem& step = *s.next_step;
    const int date = static_cast<int>(step.due.days.time_since_epoch().count());
    switch (step.state) {
        case DueState::overdue: return {0, -step.days_overdue.value_or(0), 0};
        case DueState::due_soon: return {1, date, 0};
        default: return {2, date, 0};
    }
}
}  // namespace

StatusRank rank_of(const RepresentativeStatus& status) {
    return StatusRank{status.representative, status.stage, status.counts(), next_step_rank(status)};
}

bool comes_before(const StatusRank& a, const StatusRank& b, StatusOrder order) {
    switch (order) {
        case StatusOrder::name: break;
        case StatusOrder::stage:
            if (stage_rank(a.stage) != stage_rank(b.stage)) return stage_rank(a.stage) < stage_rank(b.stage);
            break;
        case StatusOrder::urgency:
            if (a.next_step != b.next_step) return a.next_step < b.next_step;
            if (!a.counts && stage_rank(a.stage) != stage_rank(b.stage))
                return stage_rank(a.stage) < stage_rank(b.stage);
            break;
    }
    return std::tie(a.representative->name, a.representative->id) <
           std::tie(b.representative->name, b.representative->id);
}

std::vector<std::size_t> sorted_indices(std::span<const RepresentativeStatus> statuses, StatusOrder order) {
    std::vector<std::size_t> indices(statuses.size());
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    std::stable_sort(indices.begin(), indices.end(), [&](std::size_t a, std::size_t b) {
        return comes_before(rank_of(statuses[a]), rank_of(statuses[b]), order);
    });
    return indices;
}

void sort_statuses(std::vector<RepresentativeStatus>& statuses, StatusOrder order) {
    std::vector<RepresentativeStatus> sorted;
    sorted.reserve(statuses.size());
    for (const std::size_t index : sorted_indices(statuses, order)) sorted.push_back(std::move(statuses[index]));
    statuses = std::move(sorted);
}

}  // namespace repjourney

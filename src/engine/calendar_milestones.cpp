#include "engine/calendar_milestones.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <utility>

namespace repjourney {

std::vector<CalendarMilestone> calendar_milestones(const RepresentativeStatus& status) {
    const std::vector<AssignmentStatus>& assignments = status.assignments;
    // The earlier-starting assignment gives a shared milestone, whatever the order of the data.
    std::vector<std::size_t> by_start(assignments.size());
    std::iota(by_start.begin(), by_start.end(), std::size_t{0});
    std::stable_sort(by_start.begin(), by_start.end(), [&](std::size_t a, std::size_t b) {
        return assignments[a].assignment->start < assignments[b].assignment->start;
    });

    std::set<std::pair<std::string_view, std::string_view>> given;  // role and milestone ids of scope: role ones
    std::vector<CalendarMilestone> items;
    for (const std::size_t i : by_start) {
        const AssignmentStatus& a = assignments[i];
        if (!a.role || !a.followed) continue;
        const std::optional<Date>& end = a.assignment->end;
        for (std::size_t j = 0; j < a.milestones.size(); ++j) {
            const MilestoneStatus& m = a.milestones[j];
            if (m.milestone->repeating() && end && m.due > *end) continue;
            if (m.milestone->scope == MilestoneScope::role && !given.emplace(a.role->id, m.milestone->id).second)
                continue;
            items.push_back({i, j});
        }
    }
    std::sort(items.begin(), items.end(), [](const CalendarMilestone& a, const CalendarMilestone& b) {
        return std::pair(a.assignment, a.milestone) < std::pair(b.assignment, b.milestone);
    });
    return items;
}

}  // namespace repjourney

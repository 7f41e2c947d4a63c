#include "engine/stage.hpp"

#include <algorithm>

#include "engine/activity.hpp"

namespace repjourney {

namespace {
bool onboarding(const AssignmentStatus& status) {
    return std::any_of(status.milestones.begin(), status.milestones.end(), [](const MilestoneStatus& m) {
        return !m.milestone->repeating() && m.milestone->due.anchor == MilestoneDue::Anchor::start &&
               m.state != DueState::done;
    });
}
}  // namespace

std::string_view to_string(Stage stage) {
    switch (stage) {
        case Stage::left: return "left";
        case Stage::paused: return "paused";
        case Stage::prospect: return "prospect";
        case Stage::incoming: return "incoming";
        case Stage::ended: return "ended";
        case Stage::renewal: return "renewal";
        case Stage::onboarding: return "onboarding";
        case Stage::established: return "established";
    }
    return "?";
}

Stage stage_of(const Snapshot& snapshot, const Representative& rep, std::span<const AssignmentStatus> assignments) {
    const Date as_of = snapshot.as_of();
    if (has_left(rep, as_of)) return Stage::left;
    if (is_paused(rep, as_of)) return Stage::paused;
    if (assignments.empty()) return Stage::prospect;  // shown interest, holds no assignment yet

    const auto active = [](const AssignmentStatus& a) { return a.active; };
    if (std::none_of(assignments.begin(), assignments.end(), active)) {
        const bool later = std::any_of(assignments.begin(), assignments.end(),
                                       [&](const AssignmentStatus& a) { return a.assignment->start > as_of; });
        return later ? Stage::incoming : Stage::ended;
    }

    const Date renewal_horizon = as_of + snapshot.organisation().renewal_window;
    if (std::any_of(assignments.begin(), assignments.end(), [&](const AssignmentStatus& a) {
            return a.active && a.assignment->end && *a.assignment->end <= renewal_horizon;
        }))
        return Stage::renewal;

    if (std::any_of(assignments.begin(), assignments.end(),
                    [](const AssignmentStatus& a) { return a.active && onboarding(a); }))
        return Stage::onboarding;
    return Stage::established;
}

}  // namespace repjourney

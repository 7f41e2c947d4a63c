#include "engine/selection.hpp"

#include <algorithm>

#include "engine/activity.hpp"
#include "engine/milestones.hpp"
#include "text/case_fold.hpp"

namespace repjourney {

bool selected(const Selection& s, const Representative& rep, Stage stage) {
    if (!s.ids.empty()) {
        if (std::find(s.ids.begin(), s.ids.end(), rep.id) == s.ids.end()) return false;
    } else if (stage == Stage::left && !s.include_left && s.stage != Stage::left) {
        return false;
    }
    if (!s.role.empty() && std::none_of(rep.assignments.begin(), rep.assignments.end(),
                                        [&](const Assignment& a) { return a.role == s.role; }))
        return false;
    if (!s.branch.empty() && !equal_folded(rep.branch, s.branch)) return false;
    if (!s.coordinator.empty() && rep.coordinator != s.coordinator) return false;
    return !s.stage || *s.stage == stage;
}

bool selected(const Selection& selection, const Snapshot& snapshot, const Representative& rep) {
    // Without a --stage filter only `left` matters, and has_left decides it without a pass over the journey.
    Stage stage = has_left(rep, snapshot.as_of()) ? Stage::left : Stage::established;
    if (selection.stage && stage != Stage::left) stage = stage_of(snapshot, rep, assignment_statuses(snapshot, rep));
    return selected(selection, rep, stage);
}

}  // namespace repjourney

#include "engine/selection.hpp"

#include <algorithm>

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
    if (!s.branch.empty() && rep.branch != s.branch) return false;
    if (!s.coordinator.empty() && rep.coordinator != s.coordinator) return false;
    return !s.stage || *s.stage == stage;
}

}  // namespace repjourney

#include "engine/activity.hpp"

#include <algorithm>

namespace repjourney {

bool has_left(const Representative& rep, Date day) { return rep.left && *rep.left <= day; }

bool is_paused(const Representative& rep, Date day) { return rep.paused && rep.paused->holds(day); }

bool is_active(const Representative& rep, Date day) {
    return !has_left(rep, day) && std::any_of(rep.assignments.begin(), rep.assignments.end(),
                                              [&](const Assignment& a) { return a.active_on(day); });
}

bool counts_on(const Representative& rep, Date day) { return counts(is_active(rep, day), is_paused(rep, day)); }

std::optional<Date> service_start(const Representative& rep) {
    std::optional<Date> start;
    for (const Assignment& assignment : rep.assignments)
        if (!start || assignment.start < *start) start = assignment.start;
    return start;
}

}  // namespace repjourney

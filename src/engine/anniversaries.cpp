#include "engine/anniversaries.hpp"

#include "engine/activity.hpp"

namespace repjourney {

std::vector<Anniversary> anniversaries_between(const Organisation& organisation, const Representative& rep, Date from,
                                               Date until) {
    std::vector<Anniversary> found;
    const auto start = service_start(rep);
    if (!start) return found;
    for (const Duration& length : organisation.recognition.anniversaries) {
        const Date day = *start + length;
        if (from <= day && day <= until) found.push_back({length, day});
    }
    return found;
}

}  // namespace repjourney

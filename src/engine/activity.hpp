#pragma once
// Whether a representative has left, is paused or is active on a day (SPEC "Active"),
// and since when they serve.

#include <optional>

#include "model/model.hpp"

namespace repjourney {

// left <= day.
bool has_left(const Representative& rep, Date day);
// day lies in the representative's pause.
bool is_paused(const Representative& rep, Date day);
// Not left, and an assignment is active on day.
bool is_active(const Representative& rep, Date day);
// Whether a representative who is active (or not) and paused (or not) on a day counts then: active and
// not paused. Only then are their overdue and due-soon items raised, their feedback due, their loyalty
// signals and a quiet spell looked for (SPEC "Feedback", "quiet"; the milestones of an assignment only
// while it is active too).
constexpr bool counts(bool active, bool paused) { return active && !paused; }
// counts(is_active(rep, day), is_paused(rep, day)).
bool counts_on(const Representative& rep, Date day);
// The earliest assignment start; nothing without assignments.
std::optional<Date> service_start(const Representative& rep);

}  // namespace repjourney

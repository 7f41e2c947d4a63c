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
// The earliest assignment start; nothing without assignments.
std::optional<Date> service_start(const Representative& rep);

}  // namespace repjourney

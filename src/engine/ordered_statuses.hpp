#pragma once
// The statuses a report lists, in its order, computed on every core a chunk at a time:
// a national federation's statuses are never all in memory at once.

#include <functional>

#include "engine/journey.hpp"
#include "engine/urgency.hpp"

namespace repjourney {

using StatusFilter = std::function<bool(const RepresentativeStatus&)>;
using StatusUse = std::function<void(const RepresentativeStatus&)>;

// Calls use with the status of every representative that keep accepts, in order. keep is
// called from several threads at once; use from this one only.
void for_each_status(const Snapshot& snapshot, const StatusFilter& keep, StatusOrder order, const StatusUse& use);

}  // namespace repjourney

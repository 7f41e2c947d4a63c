#pragma once
// The statuses a report lists, in its order, computed on every core a chunk at a time:
// a national federation's statuses are never all in memory at once.

#include <functional>
#include <span>

#include "engine/journey.hpp"
#include "engine/urgency.hpp"

namespace repjourney {

using StatusFilter = std::function<bool(const RepresentativeStatus&)>;
using StatusUse = std::function<void(const RepresentativeStatus&)>;
using StatusChunkUse = std::function<void(std::span<const RepresentativeStatus>)>;

// Calls use with the status of every representative that keep accepts, in order. keep is
// called from several threads at once; use from this one only.
void for_each_status(const Snapshot& snapshot, const StatusFilter& keep, StatusOrder order, const StatusUse& use);

// The same, a run of consecutive statuses at a time, for work on them worth spreading over
// the cores too (writing them out as JSON).
void for_each_status_chunk(const Snapshot& snapshot, const StatusFilter& keep, StatusOrder order,
                           const StatusChunkUse& use);

// Calls use with every representative's status, in the order of the data, computed on every core
// a chunk at a time (never all held).
void for_each_status_in_data_order(const Snapshot& snapshot, const StatusUse& use);

}  // namespace repjourney

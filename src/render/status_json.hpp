#pragma once
// One representative's computed state as JSON: the SPEC's `status --format json`
// contract, shared by status, show and export json.

#include "engine/journey.hpp"
#include "render/json_writer.hpp"

namespace repjourney {

// An object with id, name, active, paused, stage, assignments (with milestones),
// feedback (null unless active and unpaused), and more: coordinator, branch,
// progress, next_step, goals, signals, at_risk.
void write_representative_json(JsonWriter& json, const RepresentativeStatus& status);

}  // namespace repjourney

#pragma once
// One representative's computed state as JSON: the SPEC's `status --format json`
// contract, shared by status, show and export json.

#include "engine/journey.hpp"
#include "render/json_writer.hpp"

namespace repjourney {

// An object with id, name, active, paused, stage, assignments (with milestones),
// feedback (null unless active and unpaused), and more: coordinator, branch, phone (when
// given), left and left_reason (when given), progress, next_step, goals, signals, at_risk.
// An assignment has its workplace when given.
void write_representative_json(JsonWriter& json, const RepresentativeStatus& status);

// The same fields without the braces, for objects that add more (export json).
void write_representative_fields(JsonWriter& json, const RepresentativeStatus& status);

// One event: date, type, and those of milestone, role, by, action, for and note that are set.
void write_event_json(JsonWriter& json, const Event& event);

}  // namespace repjourney

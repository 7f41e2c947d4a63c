#pragma once
// Where a representative is in the journey on as_of (SPEC "Stage").

#include <span>
#include <string_view>

#include "engine/milestones.hpp"
#include "engine/snapshot.hpp"

namespace repjourney {

enum class Stage { left, paused, incoming, ended, renewal, onboarding, established };

// left, paused, incoming, ended, renewal, onboarding, established
std::string_view to_string(Stage stage);

// The first stage that applies, in the enum's order; `assignments` as assignment_statuses gives them.
Stage stage_of(const Snapshot& snapshot, const Representative& rep, std::span<const AssignmentStatus> assignments);

}  // namespace repjourney

#pragma once
// Where a representative is in the journey on as_of (SPEC "Stage").

#include <array>
#include <span>
#include <string_view>

#include "engine/milestones.hpp"
#include "engine/snapshot.hpp"

namespace repjourney {

enum class Stage { left, paused, prospect, incoming, ended, renewal, onboarding, established };

// Every stage, in the order stage_of tries them: the one list that --stage, the exports and the
// completion scripts (by a test) offer.
inline constexpr std::array all_stages{Stage::left,  Stage::paused,  Stage::prospect,   Stage::incoming,
                                       Stage::ended, Stage::renewal, Stage::onboarding, Stage::established};

// left, paused, prospect, incoming, ended, renewal, onboarding, established
std::string_view to_string(Stage stage);

// The first stage that applies, in the enum's order; `assignments` as assignment_statuses gives them.
Stage stage_of(const Snapshot& snapshot, const Representative& rep, std::span<const AssignmentStatus> assignments);

}  // namespace repjourney

#pragma once
// Checks that need every file: unique ids across files, references to roles,
// people, milestones, actions and coordinators, and the questionable-but-possible
// cases that earn a warning. Also completes the model (assignment ends from terms).

#include <vector>

#include "load/problems.hpp"
#include "load/sections.hpp"
#include "model/model.hpp"

namespace repjourney {

void validate(Model& model, const std::vector<Reference>& references, Problems& problems);

// Only the references: for one new event checked against an already valid model.
void check_references(const Model& model, const std::vector<Reference>& references, Problems& problems);

}  // namespace repjourney

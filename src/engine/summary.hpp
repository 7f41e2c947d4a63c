#pragma once
// The figures at the top of a report: how many people are in each stage, and per coordinator
// what is overdue. Counts only; the renderers word them.

#include <array>
#include <span>
#include <vector>

#include "engine/journey.hpp"

namespace repjourney {

struct CoordinatorLoad {
    const Coordinator* coordinator = nullptr;  // nullptr: the people without a coordinator
    int people = 0;
    OverdueCounts overdue;   // summed over the people
    int people_overdue = 0;  // people with at least one overdue item
    int at_risk = 0;
};

struct Summary {
    int people = 0;
    std::array<int, all_stages.size()> stages{};  // people per Stage, indexed by its value
    OverdueCounts overdue;                        // everyone's, summed
    int at_risk = 0;
    // The organisation's coordinators who follow up anyone listed, in its order; then, when there are any,
    // the people without a coordinator.
    std::vector<CoordinatorLoad> coordinators;
};

Summary summarise(const Model& model, std::span<const RepresentativeStatus> statuses);

}  // namespace repjourney

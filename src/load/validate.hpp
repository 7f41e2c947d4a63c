#pragma once
// Checks that need every file: unique ids across files, references to roles,
// people, milestones, actions and coordinators, and the questionable-but-possible
// cases that earn a warning. Also completes the model (assignment ends from terms).

#include <vector>

#include "load/problems.hpp"
#include "load/sections.hpp"
#include "model/model.hpp"

namespace repjourney {

struct References {
    std::vector<Reference> named;        // by id, with the id kept
    std::vector<EventReference> events;  // by event, into `events_read`
};

// Also adds each role's implicit employer-notice milestone, titled in the organisation's language.
void validate(Model& model, const References& references, Problems& problems);

// Titles the implicit milestones in `language`: the reports' language may differ from the organisation's (--lang).
void name_implicit_milestones(Model& model, Language language);

// Only the references, made by things read into the model or (for a new event
// checked against an already valid model) into events_read. Sets each event's person.
void check_references(const Model& model, const References& references, std::vector<Event>& events_read,
                      Problems& problems);

}  // namespace repjourney

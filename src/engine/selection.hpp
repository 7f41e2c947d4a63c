#pragma once
// Which representatives a report covers: the filters of status, feedback, recognize, terms.

#include <optional>
#include <string>
#include <vector>

#include "engine/snapshot.hpp"
#include "engine/stage.hpp"
#include "model/model.hpp"

namespace repjourney {

struct Selection {
    std::vector<std::string> ids;  // REP...: only these (people who left included)
    std::string role;              // has or had an assignment of this role
    std::string branch;            // matched ignoring case: "borås" is "Borås"
    std::string coordinator;
    std::optional<Stage> stage;
    bool include_left = false;  // --all
};

bool selected(const Selection& selection, const Representative& rep, Stage stage);

// The same for reports that have no stage at hand (feedback, terms): it is worked out only for a --stage filter.
bool selected(const Selection& selection, const Snapshot& snapshot, const Representative& rep);

}  // namespace repjourney

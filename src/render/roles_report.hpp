#pragma once
// `roles`: printable role descriptions to hand a new representative: what the role is, what is expected,
// how long it lasts, how often there is a feedback conversation, and the journey with when each step comes.

#include <string>
#include <vector>

#include "model/model.hpp"

namespace repjourney {

enum class RolesFormat { text, markdown };

// Each role in turn, separated by a blank line: title, description, term, feedback cadence (the role's, else
// the organisation's), expectations and the journey milestones in order with when each is due, whether it is
// recognised and whether it is held again every term. A line saying so when there are no roles.
std::string render_roles(const std::vector<const Role*>& roles, const Organisation& organisation, Language language,
                         RolesFormat format);

}  // namespace repjourney

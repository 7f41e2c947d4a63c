#pragma once
// Service anniversaries: the service start plus each of the organisation's `anniversaries`.

#include <vector>

#include "model/model.hpp"

namespace repjourney {

struct Anniversary {
    Duration length;  // as configured, e.g. 5y
    Date date;        // service start + length
};

// The representative's anniversaries dated within [from, until], in the organisation's order; none without
// assignments. Whether the representative has left is the caller's business.
std::vector<Anniversary> anniversaries_between(const Organisation& organisation, const Representative& rep, Date from,
                                               Date until);

}  // namespace repjourney

#pragma once
// The written notice to the employer of a representative's assignment (SPEC "Mandates": `notice REP [ROLE]`):
// which assignment it is for, the law it rests on, and whom the representative replaces.

#include <optional>
#include <string_view>
#include <vector>

#include "engine/snapshot.hpp"

namespace repjourney {

struct NoticeFacts {
    const Representative* representative = nullptr;
    const Role* role = nullptr;
    const Assignment* assignment = nullptr;  // active on as_of, else the next one to start
    EmployerNotice law = EmployerNotice::none;
    // The latest earlier holder of the same seat (another person whose assignment filling it ended before this
    // one started), when the organisation lists seats and the assignment fills one.
    const Representative* replaces = nullptr;
    const Assignment* replaced_assignment = nullptr;
    Date date;  // the notice's date: as_of
};

// Why no notice can be written: each a usage error on the command line.
enum class NoticeRefusal {
    no_role_to_notify,     // ROLE left out, and none of the person's current or next roles has notify_employer
    several_roles,         // ROLE left out, and several of them have it
    role_not_notified,     // ROLE has no notify_employer
    no_current_assignment  // the person has no active or later assignment of ROLE
};

struct NoticeResult {
    std::optional<NoticeFacts> facts;
    NoticeRefusal refusal = NoticeRefusal::no_role_to_notify;
    std::vector<std::string_view> roles;  // several_roles: the roles to choose from
};

// The notice for rep's assignment of role_id (empty: the one role of theirs that has notify_employer).
NoticeResult employer_notice(const Snapshot& snapshot, const Representative& rep, std::string_view role_id);

}  // namespace repjourney

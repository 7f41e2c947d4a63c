#include "engine/notice.hpp"

#include <algorithm>

#include "engine/activity.hpp"
#include "engine/mandates.hpp"

namespace repjourney {

namespace {
// The assignment of the role active on the day, else the earliest one starting after it.
const Assignment* current_or_next(const Representative& rep, std::string_view role, Date day) {
    const Assignment* next = nullptr;
    for (const Assignment& a : rep.assignments) {
        if (a.role != role) continue;
        if (a.active_on(day)) return &a;
        if (a.start > day && (!next || a.start < next->start)) next = &a;
    }
    return next;
}

// The roles of rep's active or later assignments that have notify_employer, each once, in data order.
std::vector<std::string_view> notified_roles(const Snapshot& snapshot, const Representative& rep) {
    std::vector<std::string_view> roles;
    for (const Assignment& a : rep.assignments) {
        const Role* role = snapshot.role(a.role);
        const bool current = a.active_on(snapshot.as_of()) || a.start > snapshot.as_of();
        if (current && role && role->notify_employer != EmployerNotice::none &&
            std::find(roles.begin(), roles.end(), role->id) == roles.end())
            roles.push_back(role->id);
    }
    return roles;
}

// The other person whose assignment filling the seat ended last before `assignment` started.
void find_replaced(const Model& model, const Seat& seat, const Representative& rep, const Assignment& assignment,
                   NoticeFacts& facts) {
    for (const Representative& other : model.representatives) {
        if (&other == &rep) continue;
        for (const Assignment& a : other.assignments) {
            if (!fills(seat, other, a) || !a.end || *a.end >= assignment.start) continue;
            if (!facts.replaced_assignment || *facts.replaced_assignment->end < *a.end) {
                facts.replaces = &other;
                facts.replaced_assignment = &a;
            }
        }
    }
}
}  // namespace

NoticeResult employer_notice(const Snapshot& snapshot, const Representative& rep, std::string_view role_id) {
    NoticeResult result;
    if (role_id.empty()) {
        const auto roles = notified_roles(snapshot, rep);
        if (roles.size() != 1) {
            result.refusal = roles.empty() ? NoticeRefusal::no_role_to_notify : NoticeRefusal::several_roles;
            result.roles = roles;
            return result;
        }
        role_id = roles.front();
    }
    const Role* role = snapshot.role(role_id);
    if (!role || role->notify_employer == EmployerNotice::none) {
        result.refusal = NoticeRefusal::role_not_notified;
        return result;
    }
    const Assignment* assignment = current_or_next(rep, role_id, snapshot.as_of());
    if (!assignment || has_left(rep, snapshot.as_of())) {
        result.refusal = NoticeRefusal::no_current_assignment;
        return result;
    }
    NoticeFacts facts{&rep, role, assignment, role->notify_employer, nullptr, nullptr, snapshot.as_of()};
    if (const Seat* seat = seat_of(snapshot.organisation(), rep, *assignment))
        find_replaced(snapshot.model(), *seat, rep, *assignment, facts);
    result.facts = facts;
    return result;
}

}  // namespace repjourney

#include "engine/terms.hpp"

#include <algorithm>
#include <tuple>

#include "engine/activity.hpp"
#include "engine/mandates.hpp"

namespace repjourney {

bool is_renewal_talk(const Milestone& milestone) { return milestone.due.anchor == MilestoneDue::Anchor::end; }

std::vector<MilestoneStatus> renewal_talks(const AssignmentStatus& assignment) {
    std::vector<MilestoneStatus> talks;
    for (const MilestoneStatus& m : assignment.milestones)
        if (is_renewal_talk(*m.milestone)) talks.push_back(m);
    return talks;
}

bool renewal_talk_pending(std::span<const MilestoneStatus> talks) {
    return std::any_of(talks.begin(), talks.end(),
                       [](const MilestoneStatus& m) { return !m.milestone->repeating() && m.state != DueState::done; });
}

std::optional<MilestoneStatus> shown_renewal_talk(std::span<const MilestoneStatus> talks) {
    if (talks.empty()) return std::nullopt;
    const auto open =
        std::find_if(talks.begin(), talks.end(), [](const MilestoneStatus& m) { return m.state != DueState::done; });
    return open != talks.end() ? *open : talks.front();
}

const Assignment* lined_up_after(const Representative& rep, const Assignment& assignment) {
    if (!assignment.end) return nullptr;
    const Assignment* next = nullptr;
    for (const Assignment& other : rep.assignments) {
        if (&other == &assignment || other.start <= assignment.start) continue;
        if (other.end && *other.end <= *assignment.end) continue;
        if (!next || other.start < next->start) next = &other;
    }
    return next;
}

Date default_terms_until(const Organisation& organisation, Date as_of) {
    return next_annual_meeting(organisation, as_of).value_or(as_of + organisation.renewal_window);
}

std::vector<TermEnding> terms_ending(const Snapshot& snapshot, Date until) {
    const Date as_of = snapshot.as_of();
    std::vector<TermEnding> terms;
    for (const Representative& rep : snapshot.model().representatives) {
        if (has_left(rep, as_of)) continue;
        for (const Assignment& assignment : rep.assignments) {
            if (!assignment.end || *assignment.end < as_of || *assignment.end > until) continue;
            const AssignmentStatus status = assignment_status(snapshot, rep, assignment);
            TermEnding& term = terms.emplace_back();
            term.representative = &rep;
            term.assignment = &assignment;
            term.role = status.role;
            term.renewal_talks = renewal_talks(status);
            term.shown_talk = shown_renewal_talk(term.renewal_talks);
            term.next = lined_up_after(rep, assignment);
            term.nomination = nomination_answer(snapshot, rep, assignment);
            term.talk_overdue = status.counts && std::any_of(term.renewal_talks.begin(), term.renewal_talks.end(),
                                                             [](const MilestoneStatus& talk) {
                                                                 return talk.state == DueState::overdue;
                                                             });
        }
    }
    std::stable_sort(terms.begin(), terms.end(), [](const TermEnding& a, const TermEnding& b) {
        return std::tie(*a.assignment->end, a.representative->id, a.assignment->role) <
               std::tie(*b.assignment->end, b.representative->id, b.assignment->role);
    });
    return terms;
}

std::vector<TermEnding> terms_ending(const Model& model, Date as_of, Date until) {
    return terms_ending(Snapshot{model, as_of}, until);
}

}  // namespace repjourney

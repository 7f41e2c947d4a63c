#pragma once
// Mandates ending soon: the nominating committee's list (`terms --until DATE`).

#include <optional>
#include <span>
#include <vector>

#include "engine/milestones.hpp"
#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

// An end-relative (`due: end-D`) milestone: part of a term's renewal conversation.
bool is_renewal_talk(const Milestone& milestone);

// The assignment's end-relative milestones: its renewal conversation.
std::vector<MilestoneStatus> renewal_talks(const AssignmentStatus& assignment);

// A once-only renewal talk is not done. Repeating ones never are, so they do not keep it pending.
bool renewal_talk_pending(std::span<const MilestoneStatus> talks);

// The renewal talk the reports show for a term: the first of its end-relative milestones that is not done,
// else the first; nothing when the role has none ("none planned").
std::optional<MilestoneStatus> shown_renewal_talk(std::span<const MilestoneStatus> talks);

// What the representative does after the assignment ends: the earliest-starting other assignment,
// of any role, that starts after this one's start and is still active after its end (open-ended,
// or ending later; so also any that starts after the end). nullptr when none, or when the
// assignment is open-ended.
const Assignment* lined_up_after(const Representative& rep, const Assignment& assignment);

struct TermEnding {
    const Representative* representative = nullptr;
    const Assignment* assignment = nullptr;  // has an end
    const Role* role = nullptr;
    std::vector<MilestoneStatus> renewal_talks;
    std::optional<MilestoneStatus> shown_talk;  // shown_renewal_talk of renewal_talks: the one every report shows
    const Assignment* next = nullptr;           // lined_up_after
    // A renewal talk is overdue and chased: the assignment counts (it has started, its holder is not
    // paused). What `terms --fail-if-overdue` exits 1 for.
    bool talk_overdue = false;
    // What the holder told the nominating committee about another term (nomination_answer).
    NominationAnswer nomination = NominationAnswer::none;
};

// The day `terms` lists up to when not told: the annual meeting when one is set and lies ahead
// (next_annual_meeting), else as_of plus the organisation's renewal window.
Date default_terms_until(const Organisation& organisation, Date as_of);

// Every assignment ending in [as_of, until] of representatives who have not left by as_of,
// by end date, then representative id, then role id. Terms that already ended are not listed.
std::vector<TermEnding> terms_ending(const Snapshot& snapshot, Date until);
std::vector<TermEnding> terms_ending(const Model& model, Date as_of, Date until);

}  // namespace repjourney

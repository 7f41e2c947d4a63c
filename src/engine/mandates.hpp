#pragma once
// The rules of SPEC "Mandates" that several reports share: which seat an assignment fills, and what its
// holder told the nominating committee. vacancies, notice, terms and the nomination item build on these.

#include <optional>

#include "engine/due_state.hpp"
#include "engine/snapshot.hpp"

namespace repjourney {

// Whether an assignment of this person may fill the seat: its role, and the seat's branch (the person's)
// and workplace (the assignment's) when the seat names them, compared as written.
bool fills(const Seat& seat, const Representative& rep, const Assignment& assignment);

// The first of the organisation's seats the assignment may fill, or nullptr.
const Seat* seat_of(const Organisation& organisation, const Representative& rep, const Assignment& assignment);

// The assignment's nomination answer: the latest nomination event of its holder for its role dated in
// [assignment.start, as_of]; none when there is none.
NominationAnswer nomination_answer(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment);

// The event that gives the assignment's nomination answer (as nomination_answer), or nullptr.
const Event* nomination_event(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment);

// The organisation's annual meeting when one is set and lies ahead: on as_of or later.
std::optional<Date> next_annual_meeting(const Organisation& organisation, Date as_of);

// The nomination item of an assignment: ask its holder about another term before the annual meeting.
struct NominationStatus {
    Date due;                             // annual_meeting - nominations_due
    DueState state = DueState::upcoming;  // done once the answer is yes or no; else overdue, due-soon or upcoming
    std::optional<int> days_overdue;
    NominationAnswer answer = NominationAnswer::none;
    std::optional<Date> answered;  // the day of the answer's event, when there is an answer
};

// The assignment's nomination item in every state (SPEC "Mandates"): when next_annual_meeting gives a day, the
// assignment is active on as_of and ends on or before that day; nothing otherwise. Whether its holder counts,
// and so whether it is an open item, is the caller's (AssignmentStatus::counts).
std::optional<NominationStatus> nomination_status(const Snapshot& snapshot, const Representative& rep,
                                                  const Assignment& assignment);

}  // namespace repjourney

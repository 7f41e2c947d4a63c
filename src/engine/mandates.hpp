#pragma once
// The rules of SPEC "Mandates" that several reports share: which seat an assignment fills, and what its
// holder told the nominating committee. vacancies, notice, terms and the nomination item build on these.

#include <optional>

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

}  // namespace repjourney

#include "engine/mandates.hpp"

namespace repjourney {

bool fills(const Seat& seat, const Representative& rep, const Assignment& assignment) {
    return assignment.role == seat.role && (seat.branch.empty() || rep.branch == seat.branch) &&
           (seat.workplace.empty() || assignment.workplace == seat.workplace);
}

const Seat* seat_of(const Organisation& organisation, const Representative& rep, const Assignment& assignment) {
    for (const Seat& seat : organisation.seats)
        if (fills(seat, rep, assignment)) return &seat;
    return nullptr;
}

NominationAnswer nomination_answer(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment) {
    NominationAnswer answer = NominationAnswer::none;
    // events_of is sorted by date, file order within a day: the last match is the latest.
    for (const Event* event : snapshot.events_of(rep))
        if (event->type == EventType::nomination && event->role == assignment.role && event->date >= assignment.start)
            answer = event->answer;
    return answer;
}

}  // namespace repjourney

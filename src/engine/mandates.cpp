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

const Event* nomination_event(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment) {
    const Event* latest = nullptr;
    // events_of is sorted by date, file order within a day: the last match is the latest.
    for (const Event* event : snapshot.events_of(rep))
        if (event->type == EventType::nomination && event->role == assignment.role && event->date >= assignment.start)
            latest = event;
    return latest;
}

NominationAnswer nomination_answer(const Snapshot& snapshot, const Representative& rep, const Assignment& assignment) {
    const Event* event = nomination_event(snapshot, rep, assignment);
    return event ? event->answer : NominationAnswer::none;
}

std::optional<Date> next_annual_meeting(const Organisation& organisation, Date as_of) {
    if (organisation.annual_meeting && as_of <= *organisation.annual_meeting) return organisation.annual_meeting;
    return std::nullopt;
}

std::optional<NominationStatus> nomination_status(const Snapshot& snapshot, const Representative& rep,
                                                  const Assignment& assignment) {
    const Date as_of = snapshot.as_of();
    const std::optional<Date> meeting = next_annual_meeting(snapshot.organisation(), as_of);
    // An open-ended assignment is not up for election.
    if (!meeting || !assignment.active_on(as_of) || !assignment.end || *assignment.end > *meeting) return std::nullopt;
    NominationStatus status;
    status.due = *meeting - snapshot.organisation().nominations_due;
    if (const Event* event = nomination_event(snapshot, rep, assignment)) {
        status.answer = event->answer;
        status.answered = event->date;
    }
    if (status.answer == NominationAnswer::yes || status.answer == NominationAnswer::no) {
        status.state = DueState::done;
        return status;
    }
    status.state = due_state(status.due, as_of, snapshot.organisation().due_soon);
    status.days_overdue = days_overdue(status.due, as_of);
    return status;
}

}  // namespace repjourney

#pragma once
// Seats on a day (SPEC "Mandates": seats, candidates): who holds each place the organisation wants
// filled, how many are vacant, which holders are leaving without a successor, and the prospects the
// nominating committee may ask. `vacancies`, `check`, `remind` and the exports show these facts.

#include <vector>

#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

struct SeatHolder {
    const Representative* representative = nullptr;
    const Assignment* assignment = nullptr;
    // The assignment ends before the next annual meeting (or, without one ahead, within the renewal window)
    // and no successor assignment of the seat starts within 31 days after its end, and its holder has
    // not answered yes to another term.
    bool leaving = false;
};

struct SeatFilling {
    const Seat* seat = nullptr;
    std::vector<SeatHolder> holders;  // by end date (open-ended last), then representative id
    int vacant = 0;                   // count - holders, at least 0
    bool over_filled = false;         // more holders than count: a warning in `check`
    // The prospects of the seat's branch (every prospect when it names none), by id; listed only when a
    // place is vacant or a holder leaving, else empty.
    std::vector<const Representative*> candidates;

    bool needs_candidates() const;  // a place is vacant or a holder is leaving
};

// How many days after a holder's end a successor's assignment may start and still take the place over.
inline constexpr int successor_within_days = 31;

// Every seat of the organisation on `day`, in the organisation's order. What the nominating committee
// knows comes from the snapshot's as_of, whichever day is asked about: nomination answers dated up to
// as_of and the prospect stage on as_of (`--as-of D --on D` gives the view of a past day).
std::vector<SeatFilling> seat_fillings(const Snapshot& snapshot, Date day);

}  // namespace repjourney

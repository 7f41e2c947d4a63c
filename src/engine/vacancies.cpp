#include "engine/vacancies.hpp"

#include <algorithm>
#include <tuple>

#include "engine/activity.hpp"
#include "engine/mandates.hpp"
#include "engine/milestones.hpp"
#include "engine/stage.hpp"

namespace repjourney {

namespace {
struct Filler {
    const Representative* representative = nullptr;
    const Assignment* assignment = nullptr;
};

// The assignments that fill the seat on the day, and those that start after it (a successor's), whose
// person has not left by then.
void fillers_of(const Seat& seat, const Model& model, Date day, std::vector<SeatHolder>& holders,
                std::vector<Filler>& later) {
    for (const Representative& rep : model.representatives)
        for (const Assignment& assignment : rep.assignments) {
            if (!fills(seat, rep, assignment)) continue;
            if (assignment.active_on(day) && !has_left(rep, day))
                holders.push_back({&rep, &assignment, false});
            else if (assignment.start > day && !has_left(rep, assignment.start))
                later.push_back({&rep, &assignment});
        }
    std::sort(holders.begin(), holders.end(), [](const SeatHolder& a, const SeatHolder& b) {
        // Open-ended last: an absent end compares as the latest.
        const auto key = [](const SeatHolder& h) {
            return std::tuple{!h.assignment->end.has_value(), h.assignment->end.value_or(Date{}),
                              std::string_view{h.representative->id}};
        };
        return key(a) < key(b);
    });
    std::sort(later.begin(), later.end(), [](const Filler& a, const Filler& b) {
        return std::tuple{a.assignment->start, std::string_view{a.representative->id}} <
               std::tuple{b.assignment->start, std::string_view{b.representative->id}};
    });
}

// The day by which an ending assignment's holder leaves unless re-elected or succeeded: the next annual
// meeting when one is set and lies ahead (a term that ends on the meeting's day ends with its election),
// else the end of the renewal window from the day, as the `renewal` stage counts it.
Date leaving_horizon(const Organisation& organisation, Date day) {
    if (organisation.annual_meeting && *organisation.annual_meeting >= day) return *organisation.annual_meeting;
    return day + organisation.renewal_window;
}

// Marks the holders who are leaving. Each later assignment succeeds one holder only, so two people ending
// together need two successors: first every holder's own next term, then, by end date, the earliest-starting
// other one in time.
void mark_leaving(const Snapshot& snapshot, Date day, std::vector<SeatHolder>& holders, std::vector<Filler> later) {
    const Date horizon = leaving_horizon(snapshot.organisation(), day);
    std::vector<SeatHolder*> unsettled;
    for (SeatHolder& holder : holders) {
        const std::optional<Date>& end = holder.assignment->end;
        if (!end || *end > horizon) continue;
        if (nomination_answer(snapshot, *holder.representative, *holder.assignment) == NominationAnswer::yes) continue;
        unsettled.push_back(&holder);
    }
    const auto in_time = [](const SeatHolder& holder, const Filler& f) {
        const Date end = *holder.assignment->end;
        return f.assignment->start > end && f.assignment->start <= end.plus_days(successor_within_days);
    };
    std::erase_if(unsettled, [&](const SeatHolder* holder) {
        const auto own = std::find_if(later.begin(), later.end(), [&](const Filler& f) {
            return f.representative == holder->representative && in_time(*holder, f);
        });
        if (own == later.end()) return false;
        later.erase(own);
        return true;
    });
    for (SeatHolder* holder : unsettled) {
        const auto other =
            std::find_if(later.begin(), later.end(), [&](const Filler& f) { return in_time(*holder, f); });
        if (other == later.end())
            holder->leaving = true;
        else
            later.erase(other);
    }
}

// Everyone at the `prospect` stage on as_of, by id.
std::vector<const Representative*> prospects(const Snapshot& snapshot) {
    std::vector<const Representative*> found;
    for (const Representative& rep : snapshot.model().representatives)
        if (stage_of(snapshot, rep, assignment_statuses(snapshot, rep)) == Stage::prospect) found.push_back(&rep);
    std::sort(found.begin(), found.end(),
              [](const Representative* a, const Representative* b) { return a->id < b->id; });
    return found;
}
}  // namespace

bool SeatFilling::needs_candidates() const {
    return vacant > 0 || std::any_of(holders.begin(), holders.end(), [](const SeatHolder& h) { return h.leaving; });
}

std::vector<SeatFilling> seat_fillings(const Snapshot& snapshot, Date day) {
    const Organisation& organisation = snapshot.organisation();
    std::vector<SeatFilling> fillings;
    fillings.reserve(organisation.seats.size());
    std::optional<std::vector<const Representative*>> pool;  // the prospects, found once when a seat needs them
    for (const Seat& seat : organisation.seats) {
        SeatFilling filling;
        filling.seat = &seat;
        std::vector<Filler> later;
        fillers_of(seat, snapshot.model(), day, filling.holders, later);
        mark_leaving(snapshot, day, filling.holders, std::move(later));
        const int held = static_cast<int>(filling.holders.size());
        filling.vacant = std::max(0, seat.count - held);
        filling.over_filled = held > seat.count;
        if (filling.needs_candidates()) {
            if (!pool) pool = prospects(snapshot);
            std::copy_if(pool->begin(), pool->end(), std::back_inserter(filling.candidates),
                         [&](const Representative* rep) { return seat.branch.empty() || rep->branch == seat.branch; });
        }
        fillings.push_back(std::move(filling));
    }
    return fillings;
}

}  // namespace repjourney

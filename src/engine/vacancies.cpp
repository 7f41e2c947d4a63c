#include "engine/vacancies.hpp"

#include <algorithm>
#include <map>
#include <span>
#include <string_view>
#include <tuple>
#include <utility>

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

// Every assignment, listed once by role and place, each list in data order: a union with a seat for each of
// thousands of workplaces looks at each seat's own few, not at 200,000 people's assignments per seat.
class FillerIndex {
public:
    explicit FillerIndex(const Model& model) {
        for (const Representative& rep : model.representatives)
            for (const Assignment& assignment : rep.assignments) {
                const Filler filler{&rep, &assignment};
                by_role_[{assignment.role, {}}].push_back(filler);
                by_branch_[{assignment.role, rep.branch}].push_back(filler);
                by_workplace_[{assignment.role, assignment.workplace}].push_back(filler);
            }
    }

    // Those of the seat's role and place (its workplace, else its branch), in data order; fills() decides.
    std::span<const Filler> candidates(const Seat& seat) const {
        if (!seat.workplace.empty()) return find(by_workplace_, seat.role, seat.workplace);
        if (!seat.branch.empty()) return find(by_branch_, seat.role, seat.branch);
        return find(by_role_, seat.role, {});
    }

private:
    using Lists = std::map<std::pair<std::string_view, std::string_view>, std::vector<Filler>>;
    static std::span<const Filler> find(const Lists& lists, std::string_view role, std::string_view place) {
        const auto found = lists.find({role, place});
        return found == lists.end() ? std::span<const Filler>{} : found->second;
    }

    Lists by_role_;  // place empty
    Lists by_branch_;
    Lists by_workplace_;
};

// The assignments that fill the seat on the day (by end date, then id), and those that start after it (a
// successor's, in no order), whose person has not left by then.
void fillers_of(const Seat& seat, const FillerIndex& index, Date day, std::vector<SeatHolder>& holders,
                std::vector<Filler>& later) {
    for (const auto& [rep, assignment] : index.candidates(seat)) {
        if (!fills(seat, *rep, *assignment)) continue;
        if (assignment->active_on(day) && !has_left(*rep, day))
            holders.push_back({rep, assignment, false});
        else if (assignment->start > day && !has_left(*rep, assignment->start))
            later.push_back({rep, assignment});
    }
    std::sort(holders.begin(), holders.end(), [](const SeatHolder& a, const SeatHolder& b) {
        // Open-ended last: an absent end compares as the latest.
        const auto key = [](const SeatHolder& h) {
            return std::tuple{!h.assignment->end.has_value(), h.assignment->end.value_or(Date{}),
                              std::string_view{h.representative->id}};
        };
        return key(a) < key(b);
    });
}

// Whether a term ending on `end` is one the seat's next election decides (SPEC "Mandates": it ends before the
// next annual meeting, or, without one ahead of the day, within the renewal window from it, as the `renewal`
// stage counts it).
bool ends_before_election(const Organisation& organisation, Date day, Date end) {
    if (organisation.annual_meeting && *organisation.annual_meeting >= day) return end < *organisation.annual_meeting;
    return end <= day + organisation.renewal_window;
}

// Marks the holders who are leaving: their term ends before the election, they have not said yes to another,
// and no assignment of the seat (theirs or another person's) starts within 31 days after its end.
void mark_leaving(const Snapshot& snapshot, Date day, std::vector<SeatHolder>& holders,
                  const std::vector<Filler>& later) {
    for (SeatHolder& holder : holders) {
        const std::optional<Date>& end = holder.assignment->end;
        if (!end || !ends_before_election(snapshot.organisation(), day, *end)) continue;
        if (nomination_answer(snapshot, *holder.representative, *holder.assignment) == NominationAnswer::yes) continue;
        holder.leaving = std::none_of(later.begin(), later.end(), [&](const Filler& f) {
            return f.assignment->start > *end && f.assignment->start <= end->plus_days(successor_within_days);
        });
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
    if (organisation.seats.empty()) return fillings;
    const FillerIndex index{snapshot.model()};
    std::optional<std::vector<const Representative*>> pool;  // the prospects, found once when a seat needs them
    for (const Seat& seat : organisation.seats) {
        SeatFilling filling;
        filling.seat = &seat;
        std::vector<Filler> later;
        fillers_of(seat, index, day, filling.holders, later);
        mark_leaving(snapshot, day, filling.holders, later);
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

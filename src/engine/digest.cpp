#include "engine/digest.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "engine/activity.hpp"
#include "engine/vacancies.hpp"

namespace repjourney {

namespace {
// Where one representative's items go: overdue, due in the period, or neither.
struct Period {
    Date as_of;
    Date last;
    Duration due_soon;
};

int& count_of(DigestCounts& counts, OpenItem::Kind kind, bool overdue) {
    return (overdue ? counts.overdue : counts.due).at(index_of(kind));
}

void add_item(DigestGroup& group, DigestItem item, const Period& period) {
    if (item.step.due > period.last) return;
    const bool overdue = item.step.due < period.as_of;
    ++count_of(group.counts, item.step.kind, overdue);
    (overdue ? group.overdue : group.due).push_back(std::move(item));
}

void add_items(DigestGroup& group, const RepresentativeStatus& status, const Period& period) {
    for (OpenItem& item : open_items(status)) add_item(group, {status.representative, std::move(item)}, period);
}

bool by_name(const Representative* a, const Representative* b) {
    return std::tie(a->name, a->id) < std::tie(b->name, b->id);
}

// Stable, so one person's items on one day keep their order: milestones, feedback, goals.
void sort_items(std::vector<DigestItem>& items) {
    std::stable_sort(items.begin(), items.end(), [](const DigestItem& a, const DigestItem& b) {
        if (a.step.due != b.step.due) return a.step.due < b.step.due;
        return by_name(a.representative, b.representative);
    });
}

// The latest event of the representative that has a note: the freshest word on them.
const Event* latest_note(const Snapshot& snapshot, const Representative& rep) {
    const auto events = snapshot.events_of(rep);
    const auto it = std::find_if(events.rbegin(), events.rend(), [](const Event* e) { return !e->note.empty(); });
    return it == events.rend() ? nullptr : *it;
}

void finish_group(DigestGroup& group, const Snapshot& snapshot, bool include_notes) {
    sort_items(group.overdue);
    sort_items(group.due);
    std::set<const Representative*, decltype(&by_name)> people{&by_name};
    for (const auto& item : group.overdue) people.insert(item.representative);
    for (const auto& item : group.due) people.insert(item.representative);
    std::set<const Representative*> to_thank;
    for (const auto& suggestion : group.suggestions) {
        people.insert(suggestion.representative);
        to_thank.insert(suggestion.representative);
    }
    group.counts.people_to_thank = static_cast<int>(to_thank.size());
    if (!include_notes) return;
    for (const Representative* rep : people)
        if (const Event* note = latest_note(snapshot, *rep)) group.notes.push_back({rep, note});
}

// Gives each group the vacant seats of its people's branches and those that name no branch.
template <typename GroupOf>
void add_vacant_seats(std::vector<DigestGroup>& groups, const Snapshot& snapshot, GroupOf&& group_of) {
    if (snapshot.organisation().seats.empty()) return;
    std::vector<DigestSeat> vacant;
    for (SeatFilling& filling : seat_fillings(snapshot, snapshot.as_of()))
        if (filling.vacant > 0)
            vacant.push_back(
                {filling.seat, snapshot.role(filling.seat->role), filling.vacant, std::move(filling.candidates)});
    if (vacant.empty()) return;
    std::unordered_map<const DigestGroup*, std::unordered_set<std::string_view>> branches;
    for (const Representative& rep : snapshot.model().representatives)
        if (!has_left(rep, snapshot.as_of()))
            if (const DigestGroup* group = group_of(rep)) branches[group].insert(rep.branch);
    for (DigestGroup& group : groups) {
        const auto& ours = branches[&group];
        for (const DigestSeat& seat : vacant)
            if (seat.seat->branch.empty() || ours.contains(seat.seat->branch)) group.vacant_seats.push_back(seat);
    }
}

bool has_something(const DigestGroup& group) {
    return !group.overdue.empty() || !group.due.empty() || !group.suggestions.empty();
}
}  // namespace

bool DigestCounts::empty() const {
    const auto zero = [](int n) { return n == 0; };
    return std::all_of(overdue.begin(), overdue.end(), zero) && std::all_of(due.begin(), due.end(), zero) &&
           people_to_thank == 0;
}

DigestCounts& DigestCounts::operator+=(const DigestCounts& other) {
    for (std::size_t k = 0; k < overdue.size(); ++k) {
        overdue.at(k) += other.overdue.at(k);
        due.at(k) += other.due.at(k);
    }
    people_to_thank += other.people_to_thank;
    return *this;
}

Digest compute_digest(const Snapshot& snapshot, const DigestOptions& options) {
    const Organisation& organisation = snapshot.organisation();
    const Period period{snapshot.as_of(), snapshot.as_of().plus_days(std::max(options.days, 1) - 1),
                        organisation.due_soon};

    // One group per coordinator, in data order, and the last for everyone without a (known) coordinator.
    std::vector<DigestGroup> groups(organisation.coordinators.size() + 1);
    std::unordered_map<std::string_view, DigestGroup*> by_coordinator;
    for (std::size_t i = 0; i < organisation.coordinators.size(); ++i) {
        groups[i].coordinator = &organisation.coordinators[i];
        by_coordinator.emplace(organisation.coordinators[i].id, &groups[i]);
    }
    const auto group_of = [&](const Representative& rep) -> DigestGroup* {
        if (!options.coordinator.empty() && rep.coordinator != options.coordinator) return nullptr;
        const auto it = by_coordinator.find(rep.coordinator);
        return it == by_coordinator.end() ? &groups.back() : it->second;
    };

    for (const RepresentativeStatus& status : compute_statuses(snapshot))
        if (DigestGroup* group = group_of(*status.representative)) add_items(*group, status, period);
    for (Suggestion& suggestion : recognition_suggestions(snapshot))
        if (DigestGroup* group = group_of(*suggestion.representative))
            group->suggestions.push_back(std::move(suggestion));

    add_vacant_seats(groups, snapshot, group_of);

    Digest digest{period.as_of, period.last, {}, {}};
    for (DigestGroup& group : groups) {
        if (!has_something(group)) continue;
        finish_group(group, snapshot, options.include_notes);
        digest.counts += group.counts;
        digest.groups.push_back(std::move(group));
    }
    return digest;
}

Digest digest_of_group(const Digest& digest, const DigestGroup& group) {
    return Digest{digest.first, digest.last, {group}, group.counts};
}

}  // namespace repjourney

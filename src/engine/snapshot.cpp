#include "engine/snapshot.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>

#include "diagnostics/timings.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

Snapshot::Snapshot(const Model& model, Date as_of) : model_(&model), as_of_(as_of) {
    roles_.reserve(model.roles.size());
    // emplace keeps the first of duplicate ids, as Model::find_role does.
    for (const Role& role : model.roles) roles_.emplace(role.id, &role);

    place_events_by_person(model);
    sort_each_person_by_date();
    timing_mark("snapshot");
}

// Events dated after as_of are left out; the others go to their person's group.
constexpr std::uint32_t left_out = UINT32_MAX;

// A group for every representative, and for any other id events name. Each event's group
// is its person's, as validation found it (else its id is looked up), on every core; then
// the events are placed group by group (a counting sort), so half a million events cost
// no vector per person.
void Snapshot::place_events_by_person(const Model& model) {
    people_.reserve(model.representatives.size());
    group_of_rep_.reserve(model.representatives.size());
    for (const Representative& rep : model.representatives) {
        const auto next_group = static_cast<std::uint32_t>(people_.size());
        group_of_rep_.push_back(people_.try_emplace(rep.id, next_group).first->second);  // duplicates: the first's
    }

    constexpr std::uint32_t unknown = left_out - 1;
    std::vector<std::uint32_t> group_of(model.events.size());
    parallel_for(model.events.size(), [&](std::size_t i) {
        const Event& event = model.events[i];
        if (event.date > as_of_) {
            group_of[i] = left_out;
        } else if (event.person < group_of_rep_.size()) {  // found by validation
            group_of[i] = group_of_rep_[event.person];
        } else {
            const auto it = people_.find(event.rep);
            group_of[i] = it == people_.end() ? unknown : it->second;
        }
    });
    // Ids no representative has get their groups here, serially, in event order.
    for (std::size_t i = 0; i < group_of.size(); ++i)
        if (group_of[i] == unknown) {
            const auto next_group = static_cast<std::uint32_t>(people_.size());
            group_of[i] = people_.try_emplace(model.events[i].rep, next_group).first->second;
        }

    group_starts_.assign(people_.size() + 1, 0);
    for (const std::uint32_t group : group_of)
        if (group != left_out) ++group_starts_[group + 1];
    for (std::size_t g = 1; g < group_starts_.size(); ++g) group_starts_[g] += group_starts_[g - 1];
    events_.resize(group_starts_.back());
    std::vector<std::uint32_t> next_slot(group_starts_.begin(), group_starts_.end() - 1);
    for (std::size_t i = 0; i < group_of.size(); ++i)
        if (group_of[i] != left_out) events_[next_slot[group_of[i]]++] = &model.events[i];
}

// Stable, so events of one day keep their file order; on every core, for 50,000 people.
// A log kept in date order needs no sorting, and finding that out allocates nothing.
void Snapshot::sort_each_person_by_date() {
    const auto by_date = [](const Event* a, const Event* b) { return a->date < b->date; };
    parallel_for(group_starts_.size() - 1, [&](std::size_t g) {
        const auto begin = events_.begin() + group_starts_[g], end = events_.begin() + group_starts_[g + 1];
        if (!std::is_sorted(begin, end, by_date)) std::stable_sort(begin, end, by_date);
    });
}

const Role* Snapshot::role(std::string_view id) const {
    const auto it = roles_.find(id);
    return it == roles_.end() ? nullptr : it->second;
}

std::span<const Event* const> Snapshot::group(std::uint32_t g) const {
    return std::span{events_}.subspan(group_starts_[g], group_starts_[g + 1] - group_starts_[g]);
}

std::span<const Event* const> Snapshot::events_of(std::string_view rep) const {
    const auto it = people_.find(rep);
    return it == people_.end() ? std::span<const Event* const>{} : group(it->second);
}

std::span<const Event* const> Snapshot::events_of(const Representative& rep) const {
    const auto& reps = model_->representatives;
    const std::less<const Representative*> before;
    if (before(&rep, reps.data()) || !before(&rep, reps.data() + reps.size())) return events_of(rep.id);
    return group(group_of_rep_[static_cast<std::size_t>(&rep - reps.data())]);
}

std::optional<Date> latest_event(std::span<const Event* const> events, EventType type) {
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if ((*it)->type == type) return (*it)->date;
    return std::nullopt;
}

}  // namespace repjourney

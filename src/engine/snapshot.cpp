#include "engine/snapshot.hpp"

#include <algorithm>

#include "threads/parallel.hpp"

namespace repjourney {

Snapshot::Snapshot(const Model& model, Date as_of) : model_(&model), as_of_(as_of) {
    roles_.reserve(model.roles.size());
    // emplace keeps the first of duplicate ids, as Model::find_role does.
    for (const Role& role : model.roles) roles_.emplace(role.id, &role);

    events_.reserve(model.representatives.size());
    for (const Event& event : model.events)
        if (event.date <= as_of) events_[event.rep].push_back(&event);
    // Stable, so events of one day keep their file order; on every core, for 50,000 people.
    std::vector<std::vector<const Event*>*> lists;
    lists.reserve(events_.size());
    for (auto& entry : events_) lists.push_back(&entry.second);
    parallel_for(lists.size(), [&](std::size_t i) {
        std::stable_sort(lists[i]->begin(), lists[i]->end(),
                         [](const Event* a, const Event* b) { return a->date < b->date; });
    });
}

const Role* Snapshot::role(std::string_view id) const {
    const auto it = roles_.find(id);
    return it == roles_.end() ? nullptr : it->second;
}

std::span<const Event* const> Snapshot::events_of(std::string_view rep) const {
    const auto it = events_.find(rep);
    if (it == events_.end()) return {};
    return it->second;
}

std::optional<Date> latest_event(std::span<const Event* const> events, EventType type) {
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if ((*it)->type == type) return (*it)->date;
    return std::nullopt;
}

}  // namespace repjourney

#pragma once
// The model as it stood on one day: events dated after it dropped, the rest indexed per
// representative and sorted by date, roles indexed by id. Built once per run, so rules
// over 50k representatives and 500k events never scan the whole model per person.

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"

namespace repjourney {

class Snapshot {
public:
    // Keeps a reference: the model must outlive the snapshot and everything computed from it.
    Snapshot(const Model& model, Date as_of);

    const Model& model() const { return *model_; }
    const Organisation& organisation() const { return model_->organisation; }
    Date as_of() const { return as_of_; }

    // The role with this id, or nullptr.
    const Role* role(std::string_view id) const;
    // The representative's events dated on or before as_of, by date; file order within a day.
    std::span<const Event* const> events_of(std::string_view rep) const;
    // The same for one of the model's representatives, found without hashing its id: a
    // report asks this several times for each of 200,000 people.
    std::span<const Event* const> events_of(const Representative& rep) const;

private:
    void place_events_by_person(const Model& model);
    void sort_each_person_by_date();
    std::span<const Event* const> group(std::uint32_t g) const;

    const Model* model_;
    Date as_of_;
    std::unordered_map<std::string_view, const Role*> roles_;
    std::unordered_map<std::string_view, std::uint32_t> people_;  // a rep id's group of events
    std::vector<const Event*> events_;                            // grouped by person, each group by date
    std::vector<std::uint32_t> group_starts_;                     // group g is [group_starts_[g], group_starts_[g + 1])
    std::vector<std::uint32_t> group_of_rep_;                     // by index into model.representatives
};

// The date of the latest event of this type among events sorted by date, as events_of gives them.
std::optional<Date> latest_event(std::span<const Event* const> events, EventType type);

}  // namespace repjourney

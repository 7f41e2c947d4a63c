#include "engine/digest.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "engine/activity.hpp"
#include "engine/ordered_statuses.hpp"
#include "engine/vacancies.hpp"

namespace repjourney {

namespace {
// Where one representative's items go: overdue, due in the period, or neither.
struct Period {
    Date as_of;
    Date last;
    Duration due_soon;
};

// What makes two open items computed on different days the same item.
struct ItemKey {
    const Representative* representative = nullptr;
    OpenItemKind kind = OpenItemKind::milestone;
    const Assignment* assignment = nullptr;
    const Milestone* milestone = nullptr;
    const Goal* goal = nullptr;
    Date due;

    auto operator<=>(const ItemKey&) const = default;
};

ItemKey key_of(const Representative* representative, const OpenItem& item) {
    return {representative, item.kind, item.assignment, item.milestone, item.goal, item.due};
}

// The items of last week's digest: overdue or due in a period as long as this one, starting a week earlier, with
// only the events recorded by then.
std::set<ItemKey> previous_items(const Snapshot& snapshot, const DigestOptions& options) {
    const Snapshot previous{snapshot.model(), snapshot.as_of().plus_days(-digest_previous_days)};
    const Date last = previous.as_of().plus_days(std::max(options.days, 1) - 1);
    std::set<ItemKey> keys;
    // Everyone's, not only options.coordinator's people: escalated items come from the other coordinators.
    for_each_status_in_data_order(previous, [&](const RepresentativeStatus& status) {
        for (const OpenItem& item : open_items(status))
            if (item.due <= last) keys.insert(key_of(status.representative, item));
    });
    return keys;
}

int& count_of(DigestCounts& counts, OpenItem::Kind kind, bool overdue) {
    return (overdue ? counts.overdue : counts.due).at(index_of(kind));
}

void add_item(DigestGroup& group, DigestItem item, const Period& period) {
    if (item.step.due > period.last) return;
    const bool overdue = item.step.due < period.as_of;
    ++count_of(group.counts, item.step.kind, overdue);
    ++(item.is_new ? group.counts.new_items : group.counts.still_open);
    (overdue ? group.overdue : group.due).push_back(std::move(item));
}

// Overdue longer than escalate_after: exactly that long is not yet.
bool escalates(const OpenItem& item, const Period& period, Duration escalate_after) {
    return item.due + escalate_after < period.as_of;
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

// The group's people, most urgent first (see DigestGroup::people).
std::vector<DigestPerson> people_of(const DigestGroup& group) {
    std::vector<DigestPerson> people;
    std::unordered_map<const Representative*, std::size_t> index;
    const auto person = [&](const Representative* rep) -> DigestPerson& {
        const auto [it, added] = index.emplace(rep, people.size());
        if (added) people.push_back({rep, {}, {}, {}});
        return people[it->second];
    };
    for (std::size_t i = 0; i < group.overdue.size(); ++i) person(group.overdue[i].representative).overdue.push_back(i);
    for (std::size_t i = 0; i < group.due.size(); ++i) person(group.due[i].representative).due.push_back(i);
    for (std::size_t i = 0; i < group.suggestions.size(); ++i) {
        const Suggestion& suggestion = group.suggestions[i];
        auto& lines = person(suggestion.representative).suggestions;
        const auto same = std::find_if(lines.begin(), lines.end(), [&](const std::vector<std::size_t>& line) {
            return group.suggestions[line.front()].action == suggestion.action;
        });
        if (same == lines.end())
            lines.push_back({i});
        else
            same->push_back(i);
    }
    const auto first_due = [&](const DigestPerson& p) -> std::optional<Date> {
        if (!p.overdue.empty()) return group.overdue[p.overdue.front()].step.due;
        if (!p.due.empty()) return group.due[p.due.front()].step.due;
        return std::nullopt;
    };
    std::stable_sort(people.begin(), people.end(), [&](const DigestPerson& a, const DigestPerson& b) {
        const auto da = first_due(a);
        const auto db = first_due(b);
        if (da.has_value() != db.has_value()) return da.has_value();
        if (da && *da != *db) return *da < *db;
        return by_name(a.representative, b.representative);
    });
    return people;
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
    group.people = people_of(group);
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
    return !group.overdue.empty() || !group.due.empty() || !group.suggestions.empty() || !group.escalated.empty();
}
}  // namespace

bool DigestCounts::empty() const {
    const auto zero = [](int n) { return n == 0; };
    return std::all_of(overdue.begin(), overdue.end(), zero) && std::all_of(due.begin(), due.end(), zero) &&
           people_to_thank == 0 && escalated == 0;
}

DigestCounts& DigestCounts::operator+=(const DigestCounts& other) {
    for (std::size_t k = 0; k < overdue.size(); ++k) {
        overdue.at(k) += other.overdue.at(k);
        due.at(k) += other.due.at(k);
    }
    people_to_thank += other.people_to_thank;
    new_items += other.new_items;
    still_open += other.still_open;
    escalated += other.escalated;
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
    // Whose the representative is, selected or not.
    const auto home_of = [&](const Representative& rep) -> DigestGroup* {
        const auto it = by_coordinator.find(rep.coordinator);
        return it == by_coordinator.end() ? &groups.back() : it->second;
    };
    const auto group_of = [&](const Representative& rep) -> DigestGroup* {
        if (!options.coordinator.empty() && rep.coordinator != options.coordinator) return nullptr;
        return home_of(rep);
    };
    // escalate_to's group, when escalation is on and that coordinator's digest is asked for.
    DigestGroup* escalation = nullptr;
    if (organisation.escalate_after && (options.coordinator.empty() || options.coordinator == organisation.escalate_to))
        if (const auto it = by_coordinator.find(organisation.escalate_to); it != by_coordinator.end())
            escalation = it->second;
    std::vector<std::vector<DigestItem>> escalated(groups.size());  // by the index of the item's own group

    const std::set<ItemKey> previous = previous_items(snapshot, options);
    for_each_status_in_data_order(snapshot, [&](const RepresentativeStatus& status) {
        DigestGroup* group = group_of(*status.representative);
        DigestGroup* home = home_of(*status.representative);
        const bool escalating = escalation && home != escalation;
        if (!group && !escalating) return;
        for (OpenItem& step : open_items(status)) {
            DigestItem item{status.representative, std::move(step)};
            item.is_new = !previous.contains(key_of(item.representative, item.step));
            if (escalating && escalates(item.step, period, *organisation.escalate_after))
                escalated.at(static_cast<std::size_t>(home - groups.data())).push_back(item);
            if (group) add_item(*group, std::move(item), period);
        }
    });
    if (escalation)
        for (std::size_t i = 0; i < groups.size(); ++i) {
            if (escalated[i].empty()) continue;
            sort_items(escalated[i]);
            escalation->counts.escalated += static_cast<int>(escalated[i].size());
            escalation->escalated.push_back({groups[i].coordinator, std::move(escalated[i])});
        }
    for (Suggestion& suggestion : recognition_suggestions(snapshot))
        if (DigestGroup* group = group_of(*suggestion.representative))
            group->suggestions.push_back(std::move(suggestion));

    add_vacant_seats(groups, snapshot, group_of);

    const auto kept = [&](const DigestGroup& group) {
        if (has_something(group)) return true;
        if (!options.always || !group.coordinator) return false;
        return options.coordinator.empty() || group.coordinator->id == options.coordinator;
    };
    const bool none_kept = std::none_of(groups.begin(), groups.end(), kept);
    Digest digest{period.as_of, period.last, {}, {}};
    for (DigestGroup& group : groups) {
        // With --always and no coordinator to write to, the people without one stand for the organisation.
        if (!kept(group) && !(options.always && none_kept && &group == &groups.back())) continue;
        finish_group(group, snapshot, options.include_notes);
        digest.counts += group.counts;
        digest.groups.push_back(std::move(group));
    }
    return digest;
}

bool Digest::nothing_to_do() const { return std::none_of(groups.begin(), groups.end(), has_something); }

Digest digest_of_group(const Digest& digest, const DigestGroup& group) {
    return Digest{digest.first, digest.last, {group}, group.counts};
}

}  // namespace repjourney

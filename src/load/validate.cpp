#include "load/validate.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "text/spelling.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {

// Calls check(i, problems) for every i in [0, n) on every core, and adds the problems to
// `problems` in the order of i: as if checked in turn. For half a million events.
template <typename Check>
void check_each(std::size_t n, Problems& problems, const Check& check) {
    constexpr std::size_t run = 256;  // checked into one Problems
    std::vector<Problems> found((n + run - 1) / run);
    parallel_for(found.size(), [&](std::size_t part) {
        for (std::size_t i = part * run; i < std::min(n, (part + 1) * run); ++i) check(i, found[part]);
    });
    for (Problems& part : found) problems.append(std::move(part));
}

// "did you mean" over thousands of people costs more than it helps.
Message hint(std::string_view word, const std::vector<std::string_view>& candidates) {
    return candidates.size() <= 5000 ? did_you_mean_message(word, candidates) : Message{};
}

// Each id and the index of the first item with it.
using FirstOfId = std::unordered_map<std::string_view, std::uint32_t>;

template <typename T>
FirstOfId first_of_each_id(const std::vector<T>& items) {
    FirstOfId first;
    first.reserve(items.size());
    for (std::uint32_t i = 0; i < items.size(); ++i) first.emplace(items[i].id, i);  // keeps the first
    return first;
}

template <typename T>
void check_unique_ids(const std::vector<T>& items, const FirstOfId& first_of, MessageId what, const Model& model,
                      Problems& problems) {
    for (std::uint32_t i = 0; i < items.size(); ++i) {
        const T& item = items[i];
        if (item.id.empty()) continue;
        const T& first = items[first_of.at(item.id)];
        if (&first != &item)
            problems.error(item.mark, Message{MessageId::duplicate_id_first_at, Message{what}, item.id,
                                              model.files[first.mark.file], first.mark.line + 1});
    }
}

class ReferenceChecker {
public:
    // Only reads once made, so one checker serves every core. people: first_of_each_id of
    // the model's representatives.
    ReferenceChecker(const Model& model, const FirstOfId& people) : model_(model), people_(people) {
        for (const auto& role : model.roles) roles_.emplace(role.id, &role);
        for (const auto& c : model.organisation.coordinators) coordinators_.insert(c.id);
        for (const auto& a : model.organisation.recognition.actions) actions_.insert(a.id);
        for (const auto& a : builtin_actions()) actions_.insert(a.id);
    }

    // The index of the first representative with this id, or no_person.
    std::uint32_t person(std::string_view id) const {
        const auto it = people_.find(id);
        return it == people_.end() ? no_person : it->second;
    }

    void check(const Reference& ref, Problems& problems) const {
        const auto whose = person(ref.kind == Reference::Kind::representative ? ref.id : ref.rep);
        check(ref.kind, ref.id, ref.mark, whose, ref.role, problems);
    }

    // The event's person must have been found (see check_references).
    void check(const EventReference& ref, const std::vector<Event>& events, Problems& problems) const {
        const Event& e = events[ref.event];
        using Kind = Reference::Kind;
        const std::string_view id = ref.kind == Kind::representative ? e.rep
                                    : ref.kind == Kind::role         ? e.role
                                    : ref.kind == Kind::milestone    ? e.milestone
                                    : ref.kind == Kind::given_by     ? e.by
                                                                     : e.action;
        check(ref.kind, id, ref.mark, e.person, e.role, problems);
    }

private:
    // whose: for a representative, the one named; for a milestone, the one whose event it is.
    void check(Reference::Kind kind, std::string_view id, SourceMark mark, std::uint32_t whose, std::string_view role,
               Problems& problems) const {
        using Kind = Reference::Kind;
        switch (kind) {
            case Kind::role:
                if (!roles_.contains(id))
                    problems.error(mark, Message{MessageId::unknown_role, id, hint(id, ids_of(model_.roles))});
                break;
            case Kind::coordinator:
                if (!coordinators_.contains(id))
                    problems.error(mark, Message{MessageId::unknown_coordinator, id,
                                                 hint(id, ids_of(model_.organisation.coordinators))});
                break;
            case Kind::representative:
                if (whose == no_person)
                    problems.error(
                        mark, Message{MessageId::unknown_representative, id, hint(id, ids_of(model_.representatives))});
                break;
            case Kind::action:
                if (!actions_.contains(id)) {
                    auto known = ids_of(model_.organisation.recognition.actions);
                    for (const auto& a : builtin_actions()) known.push_back(a.id);
                    problems.error(mark, Message{MessageId::unknown_action, id, hint(id, known)});
                }
                break;
            case Kind::given_by:
                if (!coordinators_.contains(id) && !people_.contains(id))
                    problems.warning(mark, Message{MessageId::by_nobody_known, id,
                                                   hint(id, ids_of(model_.organisation.coordinators))});
                break;
            case Kind::milestone: check_milestone(id, mark, whose, role, problems); break;
            case Kind::exit_reason:
                if (!find_exit_reason(model_.organisation, id))
                    problems.error(mark, Message{MessageId::unknown_exit_reason, id,
                                                 hint(id, ids_of(exit_reasons(model_.organisation)))});
                break;
        }
    }

    // A milestone event names a milestone of its role, or else of one of the person's roles.
    void check_milestone(std::string_view id, SourceMark mark, std::uint32_t whose, std::string_view role_id,
                         Problems& problems) const {
        if (!role_id.empty()) {
            const auto role = roles_.find(role_id);
            if (role == roles_.end()) return;  // the unknown role is reported on its own
            if (!find_milestone(*role->second, id))
                problems.error(mark, Message{MessageId::role_has_no_milestone, role_id, id,
                                             hint(id, ids_of(role->second->journey))});
            return;
        }
        if (whose == no_person) return;  // the unknown representative is reported on its own
        const Representative& rep = model_.representatives[whose];
        std::vector<std::string_view> nearby;
        for (const auto& assignment : rep.assignments) {
            const auto role = roles_.find(assignment.role);
            if (role == roles_.end()) continue;
            if (find_milestone(*role->second, id)) return;
            for (const auto& m : role->second->journey) nearby.push_back(m.id);
        }
        const bool in_some_role = std::any_of(model_.roles.begin(), model_.roles.end(),
                                              [&](const Role& role) { return find_milestone(role, id); });
        if (in_some_role)
            problems.warning(mark, Message{MessageId::milestone_not_in_roles, id, rep.id});
        else
            problems.error(mark, Message{MessageId::unknown_milestone, id,
                                         hint(id, nearby.empty() ? all_milestone_ids() : nearby)});
    }

    std::vector<std::string_view> all_milestone_ids() const {
        std::vector<std::string_view> ids;
        for (const auto& role : model_.roles)
            for (const auto& m : role.journey) ids.push_back(m.id);
        return ids;
    }

    const Model& model_;
    std::unordered_map<std::string_view, const Role*> roles_;
    const FirstOfId& people_;
    std::unordered_set<std::string_view> coordinators_;
    std::unordered_set<std::string_view> actions_;
};

// A role with notify_employer gets the employer-notice milestone, due on the start day, for each term,
// unless its journey defines one of that id (SPEC "More data").
void add_implicit_milestones(Model& model) {
    for (auto& role : model.roles) {
        if (role.notify_employer == EmployerNotice::none || find_milestone(role, employer_notice_milestone)) continue;
        Milestone notice;
        notice.id = employer_notice_milestone;
        notice.due = MilestoneDue{MilestoneDue::Anchor::start, Duration{}};
        notice.scope = MilestoneScope::term;
        notice.implicit = true;
        notice.mark = role.mark;
        role.journey.push_back(std::move(notice));
    }
    name_implicit_milestones(model, model.organisation.language);
}

// An assignment without an end lasts the role's term: start + term - 1 day.
void complete_assignment_ends(Model& model) {
    std::unordered_map<std::string_view, const Role*> roles;
    for (const auto& role : model.roles) roles.emplace(role.id, &role);
    for (auto& rep : model.representatives)
        for (auto& assignment : rep.assignments) {
            const auto role = roles.find(assignment.role);
            if (!assignment.end && role != roles.end() && role->second->term)
                assignment.end = (assignment.start + *role->second->term).plus_days(-1);
        }
}

void warn_overlapping_assignments(const Representative& rep, Problems& problems) {
    for (std::size_t i = 0; i < rep.assignments.size(); ++i)
        for (std::size_t j = 0; j < i; ++j) {
            const auto& a = rep.assignments[j];
            const auto& b = rep.assignments[i];
            if (a.role != b.role) continue;
            const bool overlap = (!a.end || b.start <= *a.end) && (!b.end || a.start <= *b.end);
            if (overlap)
                problems.warning(
                    b.mark, Message{MessageId::assignments_overlap, b.role, a.start.iso(), rep.id, a.mark.line + 1});
        }
}

// Needs each event's person (check_references finds it).
void warn_early_events(const Model& model, Problems& problems) {
    std::vector<std::optional<Date>> first_start(model.representatives.size());
    for (std::size_t i = 0; i < model.representatives.size(); ++i)
        for (const auto& a : model.representatives[i].assignments)
            if (!first_start[i] || a.start < *first_start[i]) first_start[i] = a.start;
    check_each(model.events.size(), problems, [&](std::size_t i, Problems& found) {
        const Event& event = model.events[i];
        if (event.person == no_person) return;
        const auto& start = first_start[event.person];
        if (start && event.date < *start)
            found.warning(event.mark,
                          Message{MessageId::event_before_first_assignment, event.date.iso(), event.rep, start->iso()});
    });
}

void check_references(const Model& model, const FirstOfId& people, const References& references,
                      std::vector<Event>& events_read, Problems& problems) {
    const ReferenceChecker checker{model, people};
    // Each event's person, found once here for the checks below and every report after them.
    parallel_for(events_read.size(),
                 [&](std::size_t i) { events_read[i].person = checker.person(events_read[i].rep); });
    for (const auto& ref : references.named) checker.check(ref, problems);
    check_each(references.events.size(), problems,
               [&](std::size_t i, Problems& found) { checker.check(references.events[i], events_read, found); });
}

}  // namespace

void check_references(const Model& model, const References& references, std::vector<Event>& events_read,
                      Problems& problems) {
    check_references(model, first_of_each_id(model.representatives), references, events_read, problems);
}

void name_implicit_milestones(Model& model, Language language) {
    const std::string title = Message{MessageId::employer_notice_title}.text(language);
    for (auto& role : model.roles)
        for (auto& milestone : role.journey)
            if (milestone.implicit) milestone.title = title;
}

void validate(Model& model, const References& references, Problems& problems) {
    add_implicit_milestones(model);
    check_unique_ids(model.roles, first_of_each_id(model.roles), MessageId::a_role, model, problems);
    const FirstOfId people = first_of_each_id(model.representatives);
    check_unique_ids(model.representatives, people, MessageId::a_representative, model, problems);
    check_references(model, people, references, model.events, problems);
    complete_assignment_ends(model);
    for (const auto& rep : model.representatives) warn_overlapping_assignments(rep, problems);
    warn_early_events(model, problems);
}

}  // namespace repjourney

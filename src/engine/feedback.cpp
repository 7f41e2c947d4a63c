#include "engine/feedback.hpp"

#include <algorithm>

#include "engine/activity.hpp"
#include "engine/due_state.hpp"

namespace repjourney {

namespace {
// The latest of the last feedback, the earliest start among active assignments and the day
// after a pause that ended before as_of: a new or returning representative gets a full cadence.
Date feedback_base(const Representative& rep, Date as_of, std::optional<Date> last) {
    std::optional<Date> base = last;
    const auto raise_to = [&](Date date) {
        if (!base || *base < date) base = date;
    };
    std::optional<Date> first_start;
    for (const Assignment& assignment : rep.assignments)
        if (assignment.active_on(as_of) && (!first_start || assignment.start < *first_start))
            first_start = assignment.start;
    if (first_start) raise_to(*first_start);
    if (rep.paused && rep.paused->until && *rep.paused->until < as_of) raise_to(rep.paused->until->plus_days(1));
    return base.value_or(as_of);  // only for a representative without an active assignment
}

FeedbackState feedback_state(Date next_due, Date as_of, Duration due_soon) {
    switch (due_state(next_due, as_of, due_soon)) {
        case DueState::overdue: return FeedbackState::overdue;
        case DueState::due_soon: return FeedbackState::due_soon;
        default: return FeedbackState::ok;
    }
}
}  // namespace

std::string_view to_string(FeedbackState state) {
    switch (state) {
        case FeedbackState::overdue: return "overdue";
        case FeedbackState::due_soon: return "due-soon";
        case FeedbackState::ok: return "ok";
    }
    return "?";
}

DueState due_state_of(FeedbackState state) {
    switch (state) {
        case FeedbackState::overdue: return DueState::overdue;
        case FeedbackState::due_soon: return DueState::due_soon;
        case FeedbackState::ok: return DueState::upcoming;
    }
    return DueState::upcoming;
}

const Adaptation* matching_adaptation(const Organisation& organisation, const Representative& rep) {
    if (!rep.born) return nullptr;
    const auto& adaptations = organisation.adaptations;
    const auto it =
        std::find_if(adaptations.begin(), adaptations.end(), [&](const Adaptation& a) { return a.holds(*rep.born); });
    return it == adaptations.end() ? nullptr : &*it;
}

Duration feedback_cadence(const Snapshot& snapshot, const Representative& rep, Date base) {
    if (rep.feedback_every) return *rep.feedback_every;

    std::optional<Duration> shortest;
    const auto consider = [&](const std::optional<Duration>& cadence) {
        if (cadence && (!shortest || base + *cadence < base + *shortest)) shortest = cadence;
    };
    if (const Adaptation* adaptation = matching_adaptation(snapshot.organisation(), rep))
        consider(adaptation->feedback_every);
    for (const Assignment& assignment : rep.assignments) {
        if (!assignment.active_on(snapshot.as_of())) continue;
        if (const Role* role = snapshot.role(assignment.role)) consider(role->feedback_every);
    }
    return shortest.value_or(snapshot.organisation().feedback_every);
}

std::optional<FeedbackStatus> feedback_status(const Snapshot& snapshot, const Representative& rep) {
    const Date as_of = snapshot.as_of();
    if (!counts_on(rep, as_of)) return std::nullopt;

    FeedbackStatus status;
    status.last = latest_event(snapshot.events_of(rep), EventType::feedback);
    status.base = feedback_base(rep, as_of, status.last);
    status.every = feedback_cadence(snapshot, rep, status.base);
    status.next_due = status.base + status.every;
    status.every_days = days_between(status.base, status.next_due);
    status.state = feedback_state(status.next_due, as_of, snapshot.organisation().due_soon);
    status.days_overdue = days_overdue(status.next_due, as_of);
    return status;
}

std::vector<FeedbackItem> feedback_due(const Snapshot& snapshot) {
    std::vector<FeedbackItem> items;
    for (const Representative& rep : snapshot.model().representatives) {
        const auto status = feedback_status(snapshot, rep);
        if (status && status->state != FeedbackState::ok) items.push_back({&rep, *status});
    }
    // Overdue items are due before as_of and due-soon ones on or after it, so ordering by
    // next_due puts overdue first, the most days overdue first, then due-soon by date.
    std::sort(items.begin(), items.end(), [](const FeedbackItem& a, const FeedbackItem& b) {
        if (a.feedback.next_due != b.feedback.next_due) return a.feedback.next_due < b.feedback.next_due;
        return a.representative->id < b.representative->id;
    });
    return items;
}

std::vector<FeedbackItem> feedback_due(const Model& model, Date as_of) { return feedback_due(Snapshot{model, as_of}); }

}  // namespace repjourney

#include "engine/retention.hpp"

#include <algorithm>
#include <cmath>

#include "engine/activity.hpp"
#include "engine/feedback.hpp"
#include "engine/milestones.hpp"

namespace repjourney {

namespace {
// Days around an assignment's end in which the next one continues it (SPEC "Renewal").
constexpr int renewal_before_end = 30;
constexpr int renewal_after_end = 31;

// Half up. The estimate is a product of fractions, so a share that is exactly half a thousandth
// may come out a hair below it in floating point: the tolerance keeps it a half.
Thousandths rounded(long double share) { return static_cast<Thousandths>(std::floor(share * 1000 + 0.5L + 1e-9L)); }

void count(RenewalCounts& counts, RenewalOutcome outcome) {
    ++counts.ended;
    if (outcome == RenewalOutcome::renewed) ++counts.renewed;
    if (outcome == RenewalOutcome::moved) ++counts.moved;
    if (outcome == RenewalOutcome::left) ++counts.left;
}

RetentionFigures figures_of(const Snapshot& snapshot, std::span<const Representative* const> people,
                            std::optional<Date> from) {
    RetentionFigures figures;
    std::vector<Tenure> tenures;
    for (const Representative* rep : people) {
        if (auto tenure = tenure_on(*rep, snapshot.as_of())) {
            ++figures.people;
            if (tenure->exit) {
                ++figures.exits;
                ++figures.exit_reasons[tenure->reason];
                for (std::size_t i = 0; i < early_exit_limits.size(); ++i)
                    if (tenure->days < early_exit_limits[i]) ++figures.early_exits[i];
            }
            tenures.push_back(std::move(*tenure));
        }
        for (std::size_t i = 0; i < rep->assignments.size(); ++i) {
            const Assignment& assignment = rep->assignments[i];
            if (!assignment.end || *assignment.end > snapshot.as_of() || (from && *assignment.end < *from)) continue;
            const RenewalOutcome outcome = renewal_outcome(*rep, i);
            count(figures.renewal, outcome);
            const Role* role = snapshot.role(assignment.role);
            const bool complete = !role || onboarding_complete(snapshot.events_of(*rep), assignment, *role);
            count(complete ? figures.onboarding_complete : figures.onboarding_incomplete, outcome);
        }
    }
    figures.curve = retention_curve(tenures);
    return figures;
}

// The group a counted person belongs to; their tenure gives the cohort.
std::string group_key(const Snapshot& snapshot, const Representative& rep, const Tenure& tenure, RetentionGrouping by) {
    switch (by) {
        case RetentionGrouping::role: {
            // The first assignment: the earliest start, the first written of those.
            const auto first =
                std::min_element(rep.assignments.begin(), rep.assignments.end(),
                                 [](const Assignment& a, const Assignment& b) { return a.start < b.start; });
            return first->role;
        }
        case RetentionGrouping::branch: return rep.branch.empty() ? "none" : rep.branch;
        case RetentionGrouping::adaptation: {
            const Adaptation* adaptation = matching_adaptation(snapshot.organisation(), rep);
            return adaptation ? adaptation->label : "none";
        }
        case RetentionGrouping::cohort: return std::to_string(tenure.service_start.year());
        case RetentionGrouping::none: break;
    }
    return {};
}
}  // namespace

std::optional<Tenure> tenure_on(const Representative& rep, Date as_of) {
    const std::optional<Date> start = service_start(rep);
    if (!start || *start > as_of) return std::nullopt;
    Tenure tenure{*start, std::nullopt, 0, {}};
    const auto serving_or_to_serve = [&](const Assignment& a) { return a.active_on(as_of) || a.start > as_of; };
    if (rep.left && *rep.left <= as_of) {
        tenure.exit = rep.left;
        tenure.reason = rep.left_reason.empty() ? "none" : rep.left_reason;
    } else if (std::none_of(rep.assignments.begin(), rep.assignments.end(), serving_or_to_serve)) {
        // None active on as_of, so each has ended by then.
        Date latest_end = *rep.assignments.front().end;
        for (const Assignment& assignment : rep.assignments) latest_end = std::max(latest_end, *assignment.end);
        tenure.exit = latest_end.plus_days(1);
        tenure.reason = "term-ended";
    }
    tenure.days = days_between(*start, tenure.exit.value_or(as_of));
    return tenure;
}

std::optional<Thousandths> RenewalCounts::rate() const {
    if (ended == 0) return std::nullopt;
    return (2000 * renewed + ended) / (2 * ended);  // renewed / ended, half up, in integers
}

RenewalOutcome renewal_outcome(const Representative& rep, std::size_t ended) {
    const Assignment& assignment = rep.assignments[ended];
    const Date end = *assignment.end;
    for (std::size_t i = 0; i < rep.assignments.size(); ++i) {
        const Assignment& next = rep.assignments[i];
        if (i != ended && next.role == assignment.role && next.start >= end.plus_days(-renewal_before_end) &&
            next.start <= end.plus_days(renewal_after_end))
            return RenewalOutcome::renewed;
    }
    const Date day_after = end.plus_days(1);
    for (const Assignment& other : rep.assignments)
        if (other.role != assignment.role &&
            (other.active_on(day_after) || (other.start > end && other.start <= end.plus_days(renewal_after_end))))
            return RenewalOutcome::moved;
    return RenewalOutcome::left;
}

bool onboarding_complete(std::span<const Event* const> events, const Assignment& assignment, const Role& role) {
    return std::all_of(role.journey.begin(), role.journey.end(), [&](const Milestone& milestone) {
        if (milestone.repeating() || milestone.due.anchor != MilestoneDue::Anchor::start) return true;
        return std::any_of(events.begin(), events.end(), [&](const Event* event) {
            return event->date <= *assignment.end && completes(*event, assignment, role, milestone);
        });
    });
}

RetentionCurve retention_curve(std::span<const Tenure> tenures) {
    RetentionCurve curve;
    std::vector<std::pair<int, bool>> by_days;  // tenure in days, exited
    by_days.reserve(tenures.size());
    for (const Tenure& tenure : tenures) by_days.emplace_back(tenure.days, tenure.exit.has_value());
    std::sort(by_days.begin(), by_days.end());
    const int longest = by_days.empty() ? 0 : by_days.back().first;
    curve.longest_days = longest;

    long double share = 1;
    std::size_t checkpoint = 0;
    // The estimate at each checkpoint passed before the exit tenure `days` drops it again.
    const auto read_checkpoints_before = [&](long double days) {
        for (; checkpoint < retention_checkpoints.size() && retention_checkpoints[checkpoint] < days; ++checkpoint)
            if (retention_checkpoints[checkpoint] <= longest) curve.shares[checkpoint] = rounded(share);
    };
    for (std::size_t i = 0; i < by_days.size();) {
        const int days = by_days[i].first;
        const auto at_risk = static_cast<long double>(by_days.size() - i);  // tenure >= days: sorted
        int exits = 0;
        for (; i < by_days.size() && by_days[i].first == days; ++i) exits += by_days[i].second ? 1 : 0;
        if (exits == 0) continue;
        read_checkpoints_before(days);
        share *= (at_risk - exits) / at_risk;
        curve.steps.emplace_back(days, rounded(share));
        if (!curve.median_days && share <= 0.5L + 1e-12L) curve.median_days = days;
    }
    read_checkpoints_before(static_cast<long double>(retention_checkpoints.back()) + 1);
    return curve;
}

RetentionReport retention_report(const Snapshot& snapshot, std::span<const Representative* const> people,
                                 RetentionGrouping by, std::optional<Date> from) {
    RetentionReport report{snapshot.as_of(), from, by, figures_of(snapshot, people, from), {}};
    if (by == RetentionGrouping::none) return report;
    std::map<std::string, std::vector<const Representative*>> members;
    for (const Representative* rep : people)
        if (const auto tenure = tenure_on(*rep, snapshot.as_of()))
            members[group_key(snapshot, *rep, *tenure, by)].push_back(rep);
    for (const auto& [key, group] : members) report.groups.push_back({key, figures_of(snapshot, group, from)});
    return report;
}

}  // namespace repjourney

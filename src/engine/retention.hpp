#pragma once
// Whether the loyalty work keeps people (SPEC "Retention"): who leaves, when, and whether those who
// finished their onboarding renew more often. Counted for one day, as_of, from the data alone.

#include <array>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "engine/snapshot.hpp"
#include "model/model.hpp"

namespace repjourney {

// The days at which the retention curve is read: about 3, 6, 12, 24 and 60 months.
constexpr std::array<int, 5> retention_checkpoints = {91, 182, 365, 730, 1826};
// Early exits are counted below these tenures: 3, 6 and 12 months.
constexpr std::array<int, 3> early_exit_limits = {91, 182, 365};

// A share or rate rounded half up to 3 decimals, in thousandths: 875 is 0.875.
using Thousandths = int;

// How one person's service stands on as_of.
struct Tenure {
    Date service_start;        // the earliest assignment start
    std::optional<Date> exit;  // none: still serving, paused or between terms (censored at as_of)
    int days = 0;              // exit (or as_of) - service start
    std::string reason;        // of an exit: the left_reason, "none" or "term-ended"
};

// Nothing for a person not counted: no assignment, or a service start after as_of.
std::optional<Tenure> tenure_on(const Representative& rep, Date as_of);

// How assignments that ended were followed (SPEC "Renewal").
struct RenewalCounts {
    int ended = 0;
    int renewed = 0;
    int moved = 0;
    int left = 0;

    std::optional<Thousandths> rate() const;  // renewed / ended; nothing when none ended
};

enum class RenewalOutcome { renewed, moved, left };

// What followed the end of the person's assignment at index `ended` (which has an end).
RenewalOutcome renewal_outcome(const Representative& rep, std::size_t ended);

// Every once-only milestone of the assignment's role that counts from its start was done on or
// before the assignment's end. events: the representative's, as Snapshot::events_of gives them.
bool onboarding_complete(std::span<const Event* const> events, const Assignment& assignment, const Role& role);

// The Kaplan-Meier estimate over tenures (SPEC "Retention curve").
struct RetentionCurve {
    std::array<std::optional<Thousandths>, retention_checkpoints.size()> shares;  // nothing: nobody reached it
    std::optional<int> median_days;  // the first exit tenure where the estimate is at most one half
    // The whole step line, for drawing: the estimate from each exit tenure on, in order, and the
    // longest tenure of anybody counted, where the line ends.
    std::vector<std::pair<int, Thousandths>> steps;
    int longest_days = 0;
};

RetentionCurve retention_curve(std::span<const Tenure> tenures);

struct RetentionFigures {
    int people = 0;
    int exits = 0;
    RetentionCurve curve;
    std::array<int, early_exit_limits.size()> early_exits{};  // exits with a tenure below each limit
    std::map<std::string, int> exit_reasons;                  // by reason, in key order
    RenewalCounts renewal;
    RenewalCounts onboarding_complete;
    RenewalCounts onboarding_incomplete;
};

enum class RetentionGrouping { none, role, branch, adaptation, cohort };

struct RetentionGroup {
    std::string key;
    RetentionFigures figures;
};

struct RetentionReport {
    Date as_of;
    std::optional<Date> from;  // renewal and onboarding count only assignments ending on or after it
    RetentionGrouping by = RetentionGrouping::none;
    RetentionFigures all;
    std::vector<RetentionGroup> groups;  // by key; with a grouping only
};

// The figures for these people (a report's selection: people who left included).
RetentionReport retention_report(const Snapshot& snapshot, std::span<const Representative* const> people,
                                 RetentionGrouping by, std::optional<Date> from);

// A group of fewer people than this is shown but marked: a share of two people says little.
constexpr int small_group = 5;

}  // namespace repjourney

#pragma once
// A span of calendar time such as 6w, 3m or 1y6m.

#include <optional>
#include <string>
#include <string_view>

#include "model/date.hpp"

namespace repjourney {

// Years are kept as months and weeks as days: the spec adds calendar months first
// (clamping to the month's end) and then days, so those two numbers are all that matters.
struct Duration {
    int months = 0;
    int days = 0;

    static Duration of_days(int n) { return Duration{0, n}; }
    static Duration of_months(int n) { return Duration{n, 0}; }
    // One or more <n><unit> with unit d, w, m or y; or nothing.
    static std::optional<Duration> parse(std::string_view text);

    std::string text() const;  // canonical: 1y6m, 6w, 10d
    bool operator==(const Duration&) const = default;
};

// Calendar arithmetic: months first, clamping the day to the month's end, then days.
Date operator+(Date date, Duration duration);
Date operator-(Date date, Duration duration);

}  // namespace repjourney

#pragma once
// A calendar day, the unit of everything repjourney computes.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace repjourney {

struct Date {
    std::chrono::sys_days days{};

    static Date from_ymd(int year, unsigned month, unsigned day);
    // A real calendar date written YYYY-MM-DD, or nothing.
    static std::optional<Date> parse(std::string_view text);

    std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days}; }
    int year() const { return static_cast<int>(ymd().year()); }
    std::string iso() const;  // YYYY-MM-DD

    Date plus_days(int n) const { return Date{days + std::chrono::days{n}}; }
    auto operator<=>(const Date&) const = default;
};

// to - from, in days.
inline int days_between(Date from, Date to) { return static_cast<int>((to.days - from.days).count()); }

}  // namespace repjourney

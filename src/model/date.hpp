#pragma once
// A calendar day, the unit of everything repjourney computes.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace repjourney {

// The years a date in the data or on the command line may have. Calendar and mail clients reject
// dates far out (a year 0 or 10000 in a feed or a Date header), and no journey needs them: such a
// year is a slip of the keyboard.
constexpr int first_year = 1900;
constexpr int last_year = 2199;

inline bool is_supported_year(int year) { return year >= first_year && year <= last_year; }
// What messages say of a year out of range: "the year must be from 1900 to 2199".
std::string year_range_rule();

struct Date {
    std::chrono::sys_days days{};

    static Date from_ymd(int year, unsigned month, unsigned day);
    // A real calendar date written YYYY-MM-DD with a supported year, or nothing.
    static std::optional<Date> parse(std::string_view text);

    std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days}; }
    int year() const { return static_cast<int>(ymd().year()); }
    std::string iso() const;  // YYYY-MM-DD

    Date plus_days(int n) const { return Date{days + std::chrono::days{n}}; }
    auto operator<=>(const Date&) const = default;
};

// year_range_rule() when parse refuses text for its year alone, so that a message can say so in
// place of its advice on the format; nothing when text is no calendar date or a supported one.
std::optional<std::string> year_out_of_range(std::string_view text);

// Whether text is written YYYY-MM-DD but names no day of the calendar: 2026-02-30, 2026-13-01.
bool is_no_calendar_day(std::string_view text);

// to - from, in days.
inline int days_between(Date from, Date to) { return static_cast<int>((to.days - from.days).count()); }

}  // namespace repjourney

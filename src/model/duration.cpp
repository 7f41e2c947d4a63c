#include "model/duration.hpp"

#include <limits>

namespace repjourney {

std::optional<Duration> Duration::parse(std::string_view text) {
    if (text.empty()) return std::nullopt;
    Duration result;
    std::size_t i = 0;
    while (i < text.size()) {
        long long n = 0;
        const std::size_t digits_start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            n = n * 10 + (text[i] - '0');
            if (n > 100000) return std::nullopt;  // no data needs more; keeps the arithmetic in range
            ++i;
        }
        if (i == digits_start || i == text.size()) return std::nullopt;
        switch (text[i]) {
            case 'y': result.months += static_cast<int>(n) * 12; break;
            case 'm': result.months += static_cast<int>(n); break;
            case 'w': result.days += static_cast<int>(n) * 7; break;
            case 'd': result.days += static_cast<int>(n); break;
            default: return std::nullopt;
        }
        ++i;
    }
    return result;
}

std::string Duration::text() const {
    std::string out;
    if (months / 12) out += std::to_string(months / 12) + "y";
    if (months % 12) out += std::to_string(months % 12) + "m";
    if (days && days % 7 == 0)
        out += std::to_string(days / 7) + "w";
    else if (days)
        out += std::to_string(days) + "d";
    return out.empty() ? "0d" : out;
}

namespace {
Date add_months(Date date, int months) {
    using namespace std::chrono;
    const auto ymd = date.ymd();
    const year_month shifted = year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
    const auto last = year_month_day_last{shifted.year(), month_day_last{shifted.month()}}.day();
    return Date{sys_days{year_month_day{shifted.year(), shifted.month(), std::min(ymd.day(), last)}}};
}
}  // namespace

Date operator+(Date date, Duration duration) { return add_months(date, duration.months).plus_days(duration.days); }

Date operator-(Date date, Duration duration) { return add_months(date, -duration.months).plus_days(-duration.days); }

}  // namespace repjourney

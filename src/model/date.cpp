#include "model/date.hpp"

#include <cstdio>

namespace repjourney {

namespace {
// Digits only: std::from_chars would accept a sign, and a date has none.
std::optional<int> parse_digits(std::string_view text) {
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_written_yyyy_mm_dd(std::string_view text) {
    return text.size() == 10 && text[4] == '-' && text[7] == '-' && parse_digits(text.substr(0, 4)) &&
           parse_digits(text.substr(5, 2)) && parse_digits(text.substr(8, 2));
}

// A real calendar date written YYYY-MM-DD, whatever its year.
std::optional<std::chrono::year_month_day> parse_calendar_date(std::string_view text) {
    if (!is_written_yyyy_mm_dd(text)) return std::nullopt;
    const auto year = parse_digits(text.substr(0, 4));
    const auto month = parse_digits(text.substr(5, 2));
    const auto day = parse_digits(text.substr(8, 2));
    if (!year || !month || !day) return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                                          std::chrono::day{static_cast<unsigned>(*day)}};
    if (!ymd.ok()) return std::nullopt;
    return ymd;
}
}  // namespace

Date Date::from_ymd(int year, unsigned month, unsigned day) {
    return Date{std::chrono::sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}}};
}

std::optional<Date> Date::parse(std::string_view text) {
    const auto ymd = parse_calendar_date(text);
    if (!ymd || !is_supported_year(static_cast<int>(ymd->year()))) return std::nullopt;
    return Date{std::chrono::sys_days{*ymd}};
}

std::string year_range_rule() {
    return "the year must be from " + std::to_string(first_year) + " to " + std::to_string(last_year);
}

std::optional<std::string> year_out_of_range(std::string_view text) {
    const auto ymd = parse_calendar_date(text);
    if (!ymd || is_supported_year(static_cast<int>(ymd->year()))) return std::nullopt;
    return year_range_rule();
}

bool is_no_calendar_day(std::string_view text) { return is_written_yyyy_mm_dd(text) && !parse_calendar_date(text); }

std::string Date::iso() const {
    const auto d = ymd();
    const int year = static_cast<int>(d.year());
    if (year < 0 || year > 9999) {  // never in checked data, but a date may be computed far out
        char buffer[24];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, static_cast<unsigned>(d.month()),
                      static_cast<unsigned>(d.day()));
        return buffer;
    }
    // By hand: reports write a date for every milestone of 50,000 people.
    const auto digit = [](unsigned n) { return static_cast<char>('0' + n % 10); };
    const auto y = static_cast<unsigned>(year);
    const unsigned month = static_cast<unsigned>(d.month());
    const unsigned day = static_cast<unsigned>(d.day());
    return {digit(y / 1000),   digit(y / 100), digit(y / 10), digit(y),        '-',
            digit(month / 10), digit(month),   '-',           digit(day / 10), digit(day)};
}

}  // namespace repjourney

#include "render/duration_words.hpp"

#include "render/i18n.hpp"

namespace repjourney {

namespace {
// Swedish ordinals in words up to the twelfth, as people say a cadence ("var sjätte månad"); above it numerals,
// which read better than long words: 13:e, 21:a, 22:a, 23:e.
std::string swedish_ordinal(int n) {
    static constexpr const char* words[] = {"",       "första",  "andra",  "tredje", "fjärde", "femte", "sjätte",
                                            "sjunde", "åttonde", "nionde", "tionde", "elfte",  "tolfte"};
    if (n >= 1 && n <= 12) return words[n];
    const bool a = (n % 10 == 1 || n % 10 == 2) && n % 100 != 11 && n % 100 != 12;
    return std::to_string(n) + (a ? ":a" : ":e");
}

// "every n units" with one unit; n > 1. Swedish says every second one in a word of its own, "varannan vecka".
std::string every_n(Language language, Msg msg, Msg every_other, int n) {
    if (language != Language::sv) return tr(language, msg, n);
    return n == 2 ? tr(language, every_other) : tr(language, msg, swedish_ordinal(n));
}
}  // namespace

std::string duration_words(Language language, Duration duration) {
    std::string words;
    const auto add = [&](Msg one, Msg other, int n) {
        if (n == 0) return;
        if (!words.empty()) words += ' ';
        words += tr_count(language, one, other, n);
    };
    add(Msg::unit_year_one, Msg::unit_years, duration.months / 12);
    add(Msg::unit_month_one, Msg::unit_months, duration.months % 12);
    if (duration.days % 7 == 0)
        add(Msg::unit_week_one, Msg::unit_weeks, duration.days / 7);
    else
        add(Msg::days_one, Msg::days, duration.days);
    return words.empty() ? tr_count(language, Msg::days_one, Msg::days, 0) : words;
}

std::string every_words(Language language, Duration every) {
    const int months = every.months;
    const int days = every.days;
    if (months != 0 && days != 0) return tr(language, Msg::every_span, duration_words(language, every));
    // One unit, the largest that divides evenly: 1y6m is "every 18 months", 56d "every 8 weeks".
    struct Unit {
        int n;
        Msg one;
        Msg many;
        Msg every_other;
    };
    const Unit unit =
        months != 0 ? (months % 12 == 0 ? Unit{months / 12, Msg::every_year, Msg::every_n_years, Msg::every_other_year}
                                        : Unit{months, Msg::every_month, Msg::every_n_months, Msg::every_other_month})
        : days % 7 == 0 && days != 0 ? Unit{days / 7, Msg::every_week, Msg::every_n_weeks, Msg::every_other_week}
                                     : Unit{days, Msg::every_day, Msg::every_n_days, Msg::every_other_day};
    return unit.n == 1 ? tr(language, unit.one) : every_n(language, unit.many, unit.every_other, unit.n);
}

std::string milestone_due_words(Language language, const Milestone& milestone) {
    const Duration offset = milestone.due.offset;
    const bool zero = offset == Duration{};
    std::string due;
    if (milestone.due.anchor == MilestoneDue::Anchor::start)
        due = zero ? tr(language, Msg::due_at_start)
                   : tr(language, Msg::due_after_start, duration_words(language, offset));
    else
        due =
            zero ? tr(language, Msg::due_at_end) : tr(language, Msg::due_before_end, duration_words(language, offset));
    if (!milestone.every) return due;
    return tr(language, Msg::due_repeating, every_words(language, *milestone.every), due);
}

}  // namespace repjourney

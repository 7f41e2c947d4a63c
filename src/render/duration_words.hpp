#pragma once
// Durations in words, for people rather than data files: "1 year 6 months", "var sjätte vecka",
// "3 months before the end of the term".

#include <string>

#include "model/duration.hpp"
#include "model/model.hpp"

namespace repjourney {

// "3 months", "1 year 6 months", "6 weeks", "10 days" (days that make whole weeks are said in weeks,
// as Duration::text writes them); "0 days" for nothing.
std::string duration_words(Language language, Duration duration);

// A cadence in its largest whole unit: years, else months, else weeks (days divisible by 7: 56d is "every 8 weeks"),
// else days. English with a number: "every 8 weeks", "every year", "every 18 months". Swedish with an ordinal, in
// words up to the twelfth and as a numeral above: "var åttonde vecka", "varannan månad", "vart tredje år",
// "var 13:e vecka". Months and days together: "every 1 month 3 days", "med 1 månad 3 dagar emellan".
std::string every_words(Language language, Duration every);

// When a journey milestone is due: "1 week after the start", "3 months before the end of the term", and for a
// repeating one "every 6 months, first 2 months after the start".
std::string milestone_due_words(Language language, const Milestone& milestone);

}  // namespace repjourney

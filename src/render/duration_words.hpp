#pragma once
// Durations in words, for people rather than data files: "1 year 6 months", "var 6:e vecka",
// "3 months before the end of the term".

#include <string>

#include "model/duration.hpp"
#include "model/model.hpp"

namespace repjourney {

// "3 months", "1 year 6 months", "6 weeks", "10 days" (days that make whole weeks are said in weeks,
// as Duration::text writes them); "0 days" for nothing.
std::string duration_words(Language language, Duration duration);

// A cadence: "every 6 weeks", "every year", "every 18 months"; in Swedish with an ordinal, "var 6:e vecka",
// "vart 3:e år". A cadence of months and days together: "every 1 month 3 days", "med 1 månad 3 dagar mellanrum".
std::string every_words(Language language, Duration every);

// When a journey milestone is due: "1 week after the start", "3 months before the end of the term", and for a
// repeating one "every 6 months, first 2 months after the start".
std::string milestone_due_words(Language language, const Milestone& milestone);

}  // namespace repjourney

#pragma once
// The weekly digest in words, before any layout: the title, the count summary, and for each coordinator the
// sections of lines, each line a person and what to do, by when and why. Text, Markdown and mail lay it out.

#include <string>
#include <vector>

#include "engine/digest.hpp"

namespace repjourney {

// A subject line's characters, before any encoding (RFC 5322's recommended line length).
inline constexpr std::size_t digest_subject_length = 78;

struct DigestLine {
    std::string person;  // who: the representative's name; empty in a person's block, which names them
    std::string text;    // what, by when, and why
    std::string mark;    // "NEW" ("NY") for an item new since last week; else empty
    // The `repjourney record …` lines that record it (one; one per suggestion when a line joins several), without
    // the data's -d, words shell-quoted when needed; none for a goal (done is set in the data file: there is no
    // record type for it), a note, or with --no-commands.
    std::vector<std::string> commands;
};

struct DigestSection {
    std::string heading;
    std::vector<DigestLine> lines;
};

// One person's block: "Anna Larsson, 070-123 45 67, anna@example.org", then a line for each item (overdue, due in
// the period) and for each recognition action.
struct DigestPersonWords {
    std::string heading;
    std::vector<DigestLine> lines;
};

struct DigestGroupWords {
    std::string heading;                    // the coordinator's name, or "Unassigned"
    std::vector<DigestPersonWords> people;  // most urgent first
    // after the people: one per coordinator escalated ("Open for more than 8 weeks: Jonas Åström"), the vacant
    // seats, the notes; only those with lines
    std::vector<DigestSection> sections;
    std::string nothing;  // "nothing to do this week" when there are no people and no sections (--always)
};

struct DigestWords {
    std::string title;  // "Northside Hiking & Paddling Club: week 48, 23–29 Nov 2026"
    // "3 new, 11 still open: 3 overdue feedback conversations, 2 milestones this week, 4 people to thank"
    std::string summary;  // "nothing to do this week" when there is nothing to do (--always)
    // "Repjourney week 48: 3 new, 11 open – Example Union": the mail's subject, at most digest_subject_length
    // characters, the organisation's name shortened with "…" to fit
    std::string subject;
    std::vector<DigestGroupWords> groups;
};

// "week 48, 23–29 Nov 2026", "weeks 48–49, 25 Nov – 1 Dec 2026", "vecka 53–1, 28 dec 2026 – 3 jan 2027": the ISO
// week numbers the period touches and its days.
std::string digest_period_words(Language language, Date first, Date last);

// "Tue 24 Nov" ("tis 24 nov"): a day of the period, the year left out in as_of's year.
std::string weekday_date(Language language, Date date, Date as_of);

// Everything the digest says, every text from the data on one line (control characters as spaces). Recognition
// is due by the end of its window (`organisation.recognition.window` after the day it refers to), and an upcoming
// anniversary or term end on its day, which the reason names.
// With `commands` (the default; --no-commands turns it off), each item and suggestion carries its record line.
DigestWords digest_words(const Digest& digest, const Organisation& organisation, Language language,
                         bool commands = true);

// digest_words in parts, for a digest written a group at a time (a federation's is never all held at once): the
// title, summary and subject with no groups, and one group's words.
DigestWords digest_head_words(const Digest& digest, const Organisation& organisation, Language language);
DigestGroupWords digest_group_words(const Digest& digest, const DigestGroup& group, const Organisation& organisation,
                                    Language language, bool commands = true);

// A word as a POSIX shell reads it back: as it is when it holds only [A-Za-z0-9_./:=@%+,-] and is not empty, else in
// single quotes ('\'' for a quote).
std::string shell_quoted(std::string_view word);

}  // namespace repjourney

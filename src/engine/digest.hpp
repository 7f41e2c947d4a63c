#pragma once
// `remind`: the digest a cron job mails each week. What is overdue now, what falls due in the period and whom to
// recognise, grouped by the coordinator who follows the people up. Data only; the renderers word it.

#include <array>
#include <string>
#include <vector>

#include "engine/journey.hpp"
#include "engine/recognition.hpp"
#include "engine/snapshot.hpp"

namespace repjourney {

struct DigestOptions {
    int days = 7;                // the period: as_of .. as_of + days - 1
    std::string coordinator;     // only this coordinator's people; empty: everyone
    bool include_notes = false;  // notes are personal, and mail travels further than the data files
    bool always = false;         // keep every selected coordinator's group, with nothing to do or not (--always)
};

// The day of the digest before this one: cron sends it weekly, so a week before as_of whatever the period's length.
inline constexpr int digest_previous_days = 7;

// An open item (see open_items) overdue or due in the period.
struct DigestItem {
    const Representative* representative = nullptr;
    OpenItem step;
    // Not in the digest of as_of - digest_previous_days with the same options (the same item: the same person,
    // kind, assignment, milestone or goal, and due date): new since last week. Worked out from the data alone.
    bool is_new = false;
};

// The latest event with a note of one representative in the digest (with include_notes only).
struct DigestNote {
    const Representative* representative = nullptr;
    const Event* event = nullptr;
};

// A seat with places vacant on as_of (see seat_fillings), in the digest of each coordinator who may find
// someone to fill it.
struct DigestSeat {
    const Seat* seat = nullptr;
    const Role* role = nullptr;  // the seat's, or nullptr for an unknown role (which the loader rejects)
    int vacant = 0;
    std::vector<const Representative*> candidates;  // the seat's prospects, by id
};

struct DigestCounts {
    std::array<int, all_open_item_kinds.size()> overdue{};  // by index_of(kind)
    std::array<int, all_open_item_kinds.size()> due{};      // in the period, not overdue
    int people_to_thank = 0;                                // representatives with a recognition suggestion
    int new_items = 0;                                      // overdue and due items that are new since last week
    int still_open = 0;                                     // the other overdue and due items: open last week too
    int escalated = 0;  // items in DigestGroup::escalated, counted in their own coordinator's group as well

    int overdue_of(OpenItemKind kind) const { return overdue.at(index_of(kind)); }
    int due_of(OpenItemKind kind) const { return due.at(index_of(kind)); }

    bool empty() const;
    // Groups hold different people, so their people add up too.
    DigestCounts& operator+=(const DigestCounts& other);
};

// Items of one coordinator's people (or of the people without one) overdue longer than
// organisation.escalate_after: they go to organisation.escalate_to's digest too.
struct DigestEscalation {
    const Coordinator* coordinator = nullptr;  // whose people they are; nullptr: the people without one
    std::vector<DigestItem> items;             // the oldest due date first, then by name
};

// One person's block in a group: their items and suggestions, as indices into the group's lists (a copy of the
// group, as digest_of_group makes, keeps them right).
struct DigestPerson {
    const Representative* representative = nullptr;
    std::vector<std::size_t> overdue;  // into DigestGroup::overdue, in its order
    std::vector<std::size_t> due;      // into DigestGroup::due, in its order
    // Into DigestGroup::suggestions, those with the same action together (one line), in the order of each action's
    // first suggestion.
    std::vector<std::vector<std::size_t>> suggestions;
};

struct DigestGroup {
    const Coordinator* coordinator = nullptr;  // nullptr: the people without one
    std::vector<DigestItem> overdue;           // the oldest due date first, then by name
    std::vector<DigestItem> due;               // due in the period: by date, then by name
    // escalate_to's group only: the other coordinators' escalated items, in data order, the people without one
    // last; only those with items. The coordinator's own people are in overdue already.
    std::vector<DigestEscalation> escalated;
    std::vector<Suggestion> suggestions;  // in recognition_suggestions' order
    std::vector<DigestNote> notes;        // one per representative above who has one, by name
    // The vacant seats of the branches of the group's people (who have not left), and every vacant seat that
    // names no branch, in the organisation's order. They come with a digest and do not make one: a seat that
    // stays empty is not news every week.
    std::vector<DigestSeat> vacant_seats;
    // Everyone in overdue, due and suggestions, most urgent first: the oldest overdue item, else the earliest due
    // one, else (suggestions only) last; then by name.
    std::vector<DigestPerson> people;
    DigestCounts counts;
};

struct Digest {
    Date first;  // as_of
    Date last;   // as_of + days - 1
    // The coordinators in data order, then the people without one; only groups with something to do, but with
    // options.always every selected coordinator's (or, without any, the people without one's) group.
    std::vector<DigestGroup> groups;
    DigestCounts counts;  // all groups together

    // Nothing to do: `remind` prints nothing, so cron sends no mail (unless --always).
    bool empty() const { return groups.empty(); }
    // Nothing to do in any group.
    bool nothing_to_do() const;
};

// The digest for the period from the snapshot's as_of. `options.days` is at least 1; an unknown coordinator id
// selects nobody (the CLI checks ids).
Digest compute_digest(const Snapshot& snapshot, const DigestOptions& options);

// The digest of one of its groups alone, counted for that group: what one coordinator's mail says.
Digest digest_of_group(const Digest& digest, const DigestGroup& group);

}  // namespace repjourney

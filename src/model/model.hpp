#pragma once
// The data an organisation keeps about its representatives, as plain structs.
// Field names follow SPEC.md; defaults are the spec's defaults. No I/O here.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/date.hpp"
#include "model/duration.hpp"
#include "model/language.hpp"
#include "model/text_pool.hpp"

namespace repjourney {

// Where a value stands in the data files: index into Model::files, and
// yaml-cpp's 0-based line and 0-based byte column. Diagnostics turn it into
// 1-based characters for people.
struct SourceMark {
    std::uint32_t file = 0;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
};

// The kinds of recognition suggestion; also what a catalogue action is `for`.
enum class SuggestionKind { anniversary, milestone, goal, term, farewell, quiet };

struct Coordinator {
    std::string id;
    std::string name;
    std::string email;
    SourceMark mark;
};

struct RecognitionAction {
    std::string id;
    std::string title;
    std::vector<SuggestionKind> for_kinds;
    SourceMark mark;
    // Done at the annual meeting ("mention at the annual meeting"): suggested for its day, not for a day
    // within the recognition window.
    bool at_annual_meeting = false;
};

struct RecognitionPolicy {
    Duration window = Duration::of_days(30);
    std::vector<Duration> anniversaries = {Duration::of_months(12), Duration::of_months(24), Duration::of_months(60),
                                           Duration::of_months(120)};
    Duration quiet_after = Duration::of_months(6);
    std::vector<RecognitionAction> actions;
};

// Why someone left: an entry of the organisation's `exit_reasons`, or of the built-in catalogue
// that applies when it lists none (builtin_exit_reasons).
struct ExitReason {
    std::string id;
    std::string title;     // the organisation's own words; a built-in reason's English title
    std::string title_sv;  // a built-in reason's Swedish title; empty: `title` serves every language
    SourceMark mark;
};

// A cohort with another feedback rhythm, e.g. those born 1997 or later.
struct Adaptation {
    std::string label;
    std::optional<int> born_from;
    std::optional<int> born_until;
    std::optional<Duration> feedback_every;
    SourceMark mark;

    bool holds(int born) const { return (!born_from || born >= *born_from) && (!born_until || born <= *born_until); }
};

// A place the organisation wants filled (SPEC "Mandates"): `count` holders of `role`, of one branch
// or at one workplace when those are given.
struct Seat {
    std::string role;
    std::string branch;     // empty: any branch
    std::string workplace;  // empty: any workplace
    int count = 1;
    SourceMark mark;
};

struct Organisation {
    std::string name;
    std::string email;
    Language language = Language::en;
    Duration feedback_every = Duration::of_days(56);
    Duration due_soon = Duration::of_days(14);
    Duration renewal_window = Duration::of_months(3);
    std::vector<Coordinator> coordinators;
    RecognitionPolicy recognition;
    std::vector<Adaptation> adaptations;
    std::vector<ExitReason> exit_reasons;  // as written; empty: the built-in ones apply (see exit_reasons())
    std::optional<Date> annual_meeting;    // the next annual meeting, where mandates are elected
    Duration nominations_due = Duration::of_days(42);  // answers are due this long before the annual meeting
    std::optional<Duration> escalate_after;            // items overdue longer than this also go to escalate_to's digest
    std::string escalate_to;                           // a coordinator id, or empty
    std::vector<Seat> seats;
    bool defined = false;  // false when no file had an `organisation` section
    SourceMark mark;
};

// `due: 3m` counts from the assignment's start, `due: end-3m` back from its end.
struct MilestoneDue {
    enum class Anchor { start, end };
    Anchor anchor = Anchor::start;
    Duration offset;
};

enum class MilestoneScope { role, term };

struct Milestone {
    std::string id;
    std::string title;
    MilestoneDue due;
    std::optional<Duration> every;  // set: a repeating milestone, never done
    bool recognize = false;
    std::string recognize_action;  // the action id when `recognize` names one
    MilestoneScope scope = MilestoneScope::role;
    bool implicit = false;  // added by the loader (employer-notice), not written in the data
    SourceMark mark;

    bool repeating() const { return every.has_value(); }
};

// Which law makes the employer's written notice of a role's assignments a duty (`notify_employer`).
enum class EmployerNotice { none, fml, aml };

// The milestone id a role with `notify_employer` gets when its journey does not define it.
inline constexpr std::string_view employer_notice_milestone = "employer-notice";

struct Role {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> expectations;
    std::optional<Duration> term;  // absent: open-ended
    std::optional<Duration> feedback_every;
    std::vector<Milestone> journey;  // with the implicit employer-notice milestone last, when it has one
    EmployerNotice notify_employer = EmployerNotice::none;
    SourceMark mark;
};

struct Assignment {
    std::string role;
    Date start;
    // The explicit end, else start + the role's term - 1d; absent when open-ended.
    std::optional<Date> end;
    std::string workplace;  // the workplace or employer it is for, as written; empty when not given
    SourceMark mark;

    bool active_on(Date day) const { return start <= day && (!end || day <= *end); }
};

struct Goal {
    std::string id;
    std::string title;
    std::optional<Date> due;
    std::optional<Date> done;
    SourceMark mark;
};

// A pause in the assignment; `until` absent means paused until further notice.
struct Pause {
    Date from;
    std::optional<Date> until;

    bool holds(Date day) const { return from <= day && (!until || day <= *until); }
};

struct Representative {
    std::string id;
    std::string name;
    std::string email;
    std::string phone;  // free text, as written
    std::string branch;
    std::string coordinator;  // a coordinator id, or empty
    std::optional<int> born;
    std::optional<Duration> feedback_every;
    std::optional<Pause> paused;
    std::optional<Date> left;
    std::string left_reason;  // an exit reason id (needs `left`), or empty
    std::vector<Assignment> assignments;
    std::vector<Goal> goals;
    SourceMark mark;
};

enum class EventType : std::uint8_t { milestone, feedback, recognition, note, nomination };

// What a person told the nominating committee about another term (nomination events).
enum class NominationAnswer : std::uint8_t { none, yes, no, undecided };

// An event's person before validation has found it, or when no representative has its id.
constexpr std::uint32_t no_person = UINT32_MAX;

// There are hundreds of thousands of events, so their texts are views into the model's
// TextPool (see Model::texts) rather than strings of their own, and the small fields are
// packed together.
struct Event {
    Date date;
    EventType type = EventType::note;
    NominationAnswer answer = NominationAnswer::none;  // nomination events
    // The index in Model::representatives of the first with id `rep`, found once by
    // validation so that later checks and reports need not look the id up again.
    std::uint32_t person = no_person;
    SourceMark mark;
    std::string_view rep;
    std::string_view milestone;  // milestone events
    std::string_view role;       // milestone events, optional; nomination events, required
    std::string_view by;         // feedback events, optional
    std::string_view action;     // recognition events, optional
    std::string_view for_key;    // recognition events: the suggestion key it answers
    // Empty when the load left notes out (LoadScope::without_notes): only reports that show
    // notes read them, and they may be long.
    std::string_view note;
};

struct Model {
    std::vector<std::string> files;  // every data file read, in load order
    Organisation organisation;
    std::vector<Role> roles;
    std::vector<Representative> representatives;
    std::vector<Event> events;  // in file order; not sorted
    // Holds the text events' views point at; shared by copies of the model.
    std::shared_ptr<TextPool> texts = std::make_shared<TextPool>();

    const Role* find_role(std::string_view id) const;
    const Representative* find_representative(std::string_view id) const;
    const Coordinator* find_coordinator(std::string_view id) const;
};

const Milestone* find_milestone(const Role& role, std::string_view id);

// Whether two events say the same: date, person, type and every field alike (not where they are written).
bool same_event(const Event& a, const Event& b);

// The ids of roles, representatives, coordinators, milestones or actions, in their order:
// the candidates of a "did you mean".
template <typename T>
std::vector<std::string_view> ids_of(const std::vector<T>& items) {
    std::vector<std::string_view> ids;
    ids.reserve(items.size());
    for (const auto& item : items) ids.push_back(item.id);
    return ids;
}

// The actions suggested when the organisation's catalogue has none for a kind:
// a personal thank-you, a mention at a meeting, a small symbolic gift.
const std::vector<RecognitionAction>& builtin_actions();
const RecognitionAction& builtin_action_for(SuggestionKind kind);

// The exit reasons when the organisation lists none, each with an English and a Swedish title.
const std::vector<ExitReason>& builtin_exit_reasons();
// The catalogue that applies: the organisation's own, else the built-in one. The one rule of which
// reasons exist, for the loader's check and every report that names or counts them.
const std::vector<ExitReason>& exit_reasons(const Organisation& organisation);
// The reason with this id in the catalogue that applies, or nullptr.
const ExitReason* find_exit_reason(const Organisation& organisation, std::string_view id);

// Every kind, in the SPEC's order: the one list that catalogue actions' `for`, the schema,
// `recognize --kind` and (by a test) the completion scripts offer.
std::span<const SuggestionKind> suggestion_kinds();
// Their words, as to_string gives them, in the same order.
const std::vector<std::string_view>& suggestion_kind_words();
std::string_view to_string(SuggestionKind kind);
std::optional<SuggestionKind> suggestion_kind_from(std::string_view word);
std::string_view to_string(EventType type);
std::optional<EventType> event_type_from(std::string_view word);
// yes, no, undecided; empty for none
std::string_view to_string(NominationAnswer answer);
std::optional<NominationAnswer> nomination_answer_from(std::string_view word);
std::string_view to_string(EmployerNotice law);  // fml, aml; empty for none

// Calls use(key, value) for each optional text of the event that is set, by its key in data
// files and in the SPEC's order: milestone, role, answer, by, action, for, note.
template <typename Use>
void for_each_set_text(const Event& event, Use&& use) {
    const std::pair<std::string_view, std::string_view> texts[] = {{"milestone", event.milestone},
                                                                   {"role", event.role},
                                                                   {"answer", to_string(event.answer)},
                                                                   {"by", event.by},
                                                                   {"action", event.action},
                                                                   {"for", event.for_key},
                                                                   {"note", event.note}};
    for (const auto& [key, value] : texts)
        if (!value.empty()) use(key, value);
}

}  // namespace repjourney

#pragma once
// The engine's findings in words, in the report's language, and how they look.

#include <string>
#include <string_view>

#include "engine/due_state.hpp"
#include "engine/feedback.hpp"
#include "engine/journey.hpp"
#include "engine/signals.hpp"
#include "engine/stage.hpp"
#include "render/color.hpp"

namespace repjourney {

std::string stage_word(Language language, Stage stage);
std::string state_word(Language language, DueState state);
std::string state_word(Language language, FeedbackState state);

Style style_of(DueState state);
Style style_of(FeedbackState state);
Style style_of(Stage stage);

// What the next step is: the milestone's or goal's title, or "feedback conversation".
// A role as people read it: its title, else (a role the data does not define) its id, which must outlive the
// answer: a temporary id is refused.
const std::string& role_name(const Role* role, const std::string& id);
const std::string& role_name(const Role* role, std::string&& id) = delete;

// A recognition action as people read it: its title in the organisation's catalogue, else (an action the
// catalogue does not define) its id.
std::string_view action_name(const Organisation& organisation, std::string_view id);

std::string next_step_title(Language language, const OpenItem& step);

// Why someone left, in the language: a built-in reason's English or Swedish title, the organisation's
// own title as written. Every report that names an exit reason names it this way.
const std::string& exit_reason_title(const ExitReason& reason, Language language);
// The same for the reason with this id in the catalogue that applies; the id itself when it has none.
std::string exit_reason_title(const Organisation& organisation, std::string_view id, Language language);

// What the holder told the nominating committee: "yes", "no", "undecided", or "no answer" for none.
std::string nomination_answer_word(Language language, NominationAnswer answer);

// The nomination item of an assignment in one line, after its state: "due 12 Dec 2026 (in 19 days)" with
// "; undecided since 5 Nov 2026" when so; once answered, "answered yes on 20 Jan 2027".
std::string nomination_words(Language language, const NominationStatus& nomination, Date as_of);

// "left 10 Nov 2026", with why when the data says: "left 10 Nov 2026 (Moved away)". The person must have left.
std::string left_words(Language language, const Representative& rep, const Organisation& organisation);

// "3 days overdue", "today", "in 5 days": how far a due date is from as_of.
std::string relative_due(Language language, Date due, Date as_of);

// "due 25 Nov 2026", date as the caller writes it; in Swedish "senast 25 nov 2026", or for a date that has passed
// "skulle ha gjorts 25 nov 2026", since "senast" (at the latest) reads as a promise a passed date cannot keep.
std::string due_on_words(Language language, Date due, std::string_view date, Date as_of);

// "due 25 Nov 2026 (3 days overdue)": the date and how far it is from as_of.
std::string due_words(Language language, Date due, Date as_of);

// The feedback cadence, the last conversation and the next: "every 6 weeks; last conversation 22 Sep 2026; next
// conversation due 3 Nov 2026 (20 days overdue)".
std::string feedback_line(Language language, const FeedbackStatus& feedback, Date as_of);

// One loyalty signal, explained: "feedback conversation overdue since 29 Sep 2026".
std::string describe_signal(Language language, const Signal& signal, const Snapshot& snapshot);

// Where a seat is: its branch, its workplace, both ("Göteborg, Volvo Torslanda"), or "whole organisation".
std::string seat_place(Language language, const Seat& seat);

}  // namespace repjourney

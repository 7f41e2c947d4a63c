#include "render/words.hpp"

#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "text/sentence_case.hpp"

namespace repjourney {

std::string stage_word(Language language, Stage stage) {
    switch (stage) {
        case Stage::left: return tr(language, Msg::stage_left);
        case Stage::paused: return tr(language, Msg::stage_paused);
        case Stage::prospect: return tr(language, Msg::stage_prospect);
        case Stage::incoming: return tr(language, Msg::stage_incoming);
        case Stage::ended: return tr(language, Msg::stage_ended);
        case Stage::renewal: return tr(language, Msg::stage_renewal);
        case Stage::onboarding: return tr(language, Msg::stage_onboarding);
        case Stage::established: return tr(language, Msg::stage_established);
    }
    return {};
}

std::string state_word(Language language, DueState state) {
    switch (state) {
        case DueState::done: return tr(language, Msg::state_done);
        case DueState::overdue: return tr(language, Msg::state_overdue);
        case DueState::due_soon: return tr(language, Msg::state_due_soon);
        case DueState::upcoming: return tr(language, Msg::state_upcoming);
        case DueState::no_due: return tr(language, Msg::state_no_due);
    }
    return {};
}

std::string state_word(Language language, FeedbackState state) {
    switch (state) {
        case FeedbackState::overdue: return tr(language, Msg::state_overdue);
        case FeedbackState::due_soon: return tr(language, Msg::state_due_soon);
        case FeedbackState::ok: return tr(language, Msg::state_ok);
    }
    return {};
}

Style style_of(DueState state) {
    switch (state) {
        case DueState::done: return Style::done;
        case DueState::overdue: return Style::overdue;
        case DueState::due_soon: return Style::due_soon;
        case DueState::upcoming:
        case DueState::no_due: return Style::plain;
    }
    return Style::plain;
}

Style style_of(FeedbackState state) {
    switch (state) {
        case FeedbackState::overdue: return Style::overdue;
        case FeedbackState::due_soon: return Style::due_soon;
        case FeedbackState::ok: return Style::plain;
    }
    return Style::plain;
}

Style style_of(Stage stage) {
    return stage == Stage::left || stage == Stage::ended || stage == Stage::paused ? Style::muted : Style::plain;
}

const std::string& role_name(const Role* role, const std::string& id) { return role ? role->title : id; }

std::string_view action_name(const Organisation& organisation, std::string_view id) {
    for (const RecognitionAction& action : organisation.recognition.actions)
        if (action.id == id) return action.title;
    return id;
}

std::string nomination_answer_word(Language language, NominationAnswer answer) {
    switch (answer) {
        case NominationAnswer::yes: return tr(language, Msg::nomination_yes);
        case NominationAnswer::no: return tr(language, Msg::nomination_no);
        case NominationAnswer::undecided: return tr(language, Msg::nomination_undecided);
        case NominationAnswer::none: break;
    }
    return tr(language, Msg::nomination_none);
}

std::string nomination_words(Language language, const NominationStatus& nomination, Date as_of) {
    if (nomination.state == DueState::done && nomination.answered)
        return tr(language, Msg::nomination_answered, nomination_answer_word(language, nomination.answer),
                  format_date_long(language, *nomination.answered));
    std::string text = due_words(language, nomination.due, as_of);
    if (nomination.answer == NominationAnswer::undecided && nomination.answered)
        text += "; " + tr(language, Msg::nomination_undecided_since, format_date_long(language, *nomination.answered));
    return text;
}

std::string next_step_title(Language language, const OpenItem& step) {
    return tr(language, words_of(step.kind).title, step.title);
}

const std::string& exit_reason_title(const ExitReason& reason, Language language) {
    return language == Language::sv && !reason.title_sv.empty() ? reason.title_sv : reason.title;
}

std::string exit_reason_title(const Organisation& organisation, std::string_view id, Language language) {
    const ExitReason* reason = find_exit_reason(organisation, id);
    return reason ? exit_reason_title(*reason, language) : std::string{id};
}

std::string left_words(Language language, const Representative& rep, const Organisation& organisation) {
    const std::string date = rep.left ? format_date_long(language, *rep.left) : std::string{};
    if (rep.left_reason.empty()) return tr(language, Msg::show_left_on, date);
    return tr(language, Msg::show_left_because, date,
              in_sentence(exit_reason_title(organisation, rep.left_reason, language)));
}

std::string relative_due(Language language, Date due, Date as_of) {
    const int days = days_between(as_of, due);
    if (days == 0) return tr(language, Msg::today);
    if (days < 0) return tr_count(language, Msg::days_overdue_one, Msg::days_overdue, -days);
    return tr_count(language, Msg::in_days_one, Msg::in_days, days);
}

std::string due_on_words(Language language, Date due, std::string_view date, Date as_of) {
    return tr(language, due < as_of ? Msg::due_was : Msg::due_on, date);
}

std::string due_words(Language language, Date due, Date as_of) {
    return due_on_words(language, due, format_date_long(language, due), as_of) + " (" +
           relative_due(language, due, as_of) + ")";
}

std::string feedback_line(Language language, const FeedbackStatus& feedback, Date as_of) {
    const std::string last = feedback.last
                                 ? tr(language, Msg::feedback_last, format_date_long(language, *feedback.last))
                                 : tr(language, Msg::feedback_none);
    return tr(language, Msg::show_feedback_line, every_words(language, feedback.every), last,
              format_date_long(language, feedback.next_due), relative_due(language, feedback.next_due, as_of));
}

std::string describe_signal(Language language, const Signal& signal, const Snapshot& snapshot) {
    const std::string date = format_date_long(language, signal.date);
    switch (signal.kind) {
        case SignalKind::feedback_overdue: return tr(language, Msg::signal_feedback_overdue, date);
        case SignalKind::quiet: return tr(language, Msg::signal_quiet, date);
        case SignalKind::milestones_overdue:
            // "Skyddsombudsnätverket — skulle ha gjorts 3 jun 2026 (173 dagar sent)": a title is a noun of any
            // gender, so no word that must agree with it follows.
            if (signal.count == 1 && signal.milestone)
                return signal.milestone->title + " — " + due_words(language, signal.date, snapshot.as_of());
            return tr(language, Msg::signal_milestones_overdue, signal.count, date);
        case SignalKind::renewal_pending: {
            const Role* role = signal.assignment ? snapshot.role(signal.assignment->role) : nullptr;
            const std::string title = role ? in_sentence(role->title) : std::string{};
            if (signal.talk_due)
                return tr(language, Msg::signal_renewal_late, title, date,
                          format_date_long(language, *signal.talk_due));
            return tr(language, Msg::signal_renewal_pending, title, date);
        }
        case SignalKind::goal_overdue:
            return tr(language, Msg::signal_goal_overdue, signal.goal ? signal.goal->title : std::string{}, date);
    }
    return {};
}

std::string seat_place(Language language, const Seat& seat) {
    if (seat.branch.empty() && seat.workplace.empty()) return tr(language, Msg::seat_anywhere);
    if (seat.branch.empty()) return seat.workplace;
    if (seat.workplace.empty()) return seat.branch;
    return tr(language, Msg::seat_where, seat.branch, seat.workplace);
}

}  // namespace repjourney

#pragma once
// The wording of reports in English and Swedish, kept in one table so that no text is written
// twice and no language falls behind. Placeholders are fmt's `{}`, in the same number in both.

#include <fmt/format.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "model/date.hpp"
#include "model/model.hpp"

namespace repjourney {

// Every message: key, English, Swedish. Adding a message is adding one line here.
#define REPJOURNEY_MESSAGES(X)                                               \
    /* stages */                                                             \
    X(stage_left, "left", "avgått")                                          \
    X(stage_paused, "paused", "vilande")                                     \
    X(stage_incoming, "incoming", "tillträdande")                            \
    X(stage_ended, "ended", "avslutad")                                      \
    X(stage_renewal, "renewal", "förnyelse")                                 \
    X(stage_onboarding, "onboarding", "introduktion")                        \
    X(stage_established, "established", "etablerad")                         \
    /* where an item stands */                                               \
    X(state_done, "done", "klar")                                            \
    X(state_overdue, "overdue", "försenad")                                  \
    X(state_due_soon, "due soon", "snart")                                   \
    X(state_upcoming, "upcoming", "kommande")                                \
    X(state_ok, "ok", "ok")                                                  \
    X(state_no_due, "no due date", "inget datum")                            \
    /* column headings */                                                    \
    X(heading_name, "Name", "Namn")                                          \
    X(heading_stage, "Stage", "Fas")                                         \
    X(heading_progress, "Progress", "Framsteg")                              \
    X(heading_next_step, "Next step", "Nästa steg")                          \
    X(heading_due, "Due", "Datum")                                           \
    X(heading_overdue, "Overdue", "Försenat")                                \
    X(heading_feedback, "Feedback", "Återkoppling")                          \
    X(heading_coordinator, "Coordinator", "Samordnare")                      \
    X(heading_role, "Role", "Roll")                                          \
    X(heading_ends, "Ends", "Slutar")                                        \
    X(heading_renewal_talk, "Renewal talk", "Förnyelsesamtal")               \
    X(heading_next, "Next", "Därefter")                                      \
    X(heading_last, "Last", "Senast")                                        \
    X(heading_every, "Every", "Intervall")                                   \
    X(heading_date, "Date", "Datum")                                         \
    X(heading_reason, "Reason", "Anledning")                                 \
    X(heading_action, "Action", "Åtgärd")                                    \
    /* phrases */                                                            \
    X(days_overdue_one, "{} day overdue", "{} dag försenad")                 \
    X(days_overdue, "{} days overdue", "{} dagar försenad")                  \
    X(due_on, "due {}", "senast {}")                                         \
    X(in_days_one, "in {} day", "om {} dag")                                 \
    X(in_days, "in {} days", "om {} dagar")                                  \
    X(today, "today", "i dag")                                               \
    X(days_one, "{} day", "{} dag")                                          \
    X(days, "{} days", "{} dagar")                                           \
    X(progress, "{} of {}", "{} av {}")                                      \
    X(open_ended, "open-ended", "tills vidare")                              \
    X(nothing_to_do, "Nothing to do.", "Inget att göra.")                    \
    /* feedback */                                                           \
    X(feedback_conversation, "feedback conversation", "återkopplingssamtal") \
    X(feedback_last, "last feedback {}", "senaste återkoppling {}")          \
    X(feedback_none, "no feedback yet", "ingen återkoppling än")             \
    /* months, as format_date_long writes them */                            \
    X(month_jan, "Jan", "jan")                                               \
    X(month_feb, "Feb", "feb")                                               \
    X(month_mar, "Mar", "mar")                                               \
    X(month_apr, "Apr", "apr")                                               \
    X(month_may, "May", "maj")                                               \
    X(month_jun, "Jun", "jun")                                               \
    X(month_jul, "Jul", "jul")                                               \
    X(month_aug, "Aug", "aug")                                               \
    X(month_sep, "Sep", "sep")                                               \
    X(month_oct, "Oct", "okt")                                               \
    X(month_nov, "Nov", "nov")                                               \
    X(month_dec, "Dec", "dec")

enum class Msg {
#define REPJOURNEY_MESSAGE_KEY(key, en, sv) key,
    REPJOURNEY_MESSAGES(REPJOURNEY_MESSAGE_KEY)
#undef REPJOURNEY_MESSAGE_KEY
};

// Every key, in order; for checks over the whole catalogue.
inline constexpr Msg all_messages[] = {
#define REPJOURNEY_MESSAGE_ENTRY(key, en, sv) Msg::key,
    REPJOURNEY_MESSAGES(REPJOURNEY_MESSAGE_ENTRY)
#undef REPJOURNEY_MESSAGE_ENTRY
};
inline constexpr std::size_t message_count = std::size(all_messages);

// The message's text in the language, placeholders unfilled.
std::string_view text(Language language, Msg msg);

// The message with its placeholders filled: tr(lang, Msg::days_overdue, 3) is "3 days overdue".
template <typename... Args>
std::string tr(Language language, Msg msg, Args&&... args) {
    return fmt::format(fmt::runtime(text(language, msg)), std::forward<Args>(args)...);
}

// `one` when n is 1, else `other`, filled with n: both languages use the singular for exactly one.
std::string tr_count(Language language, Msg one, Msg other, long long n);

// "25 Nov 2026" in English, "25 nov 2026" in Swedish; month names from the table, not the locale.
std::string format_date_long(Language language, Date date);

}  // namespace repjourney

#pragma once
// The wording of reports in English and Swedish, kept in one table so that no text is written
// twice and no language falls behind. Placeholders are fmt's `{}`, in the same number in both.

#include <fmt/format.h>

#include <cstddef>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "engine/open_item_kind.hpp"
#include "model/date.hpp"
#include "model/model.hpp"

namespace repjourney {

// clang-format off
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
    X(heading_progress, "Progress", "Klart")                                 \
    X(heading_next_step, "Next step", "Nästa steg")                          \
    X(heading_due, "Due", "Datum")                                           \
    X(heading_overdue, "Overdue", "Försenat")                                \
    X(heading_feedback, "Feedback", "Återkoppling")                          \
    X(column_feedback, "Feedback", "Samtal")                                 \
    X(heading_coordinator, "Coordinator", "Samordnare")                      \
    X(heading_role, "Role", "Roll")                                          \
    X(heading_ends, "Ends", "Slutar")                                        \
    X(heading_renewal_talk, "Renewal talk", "Förnyelsesamtal")               \
    X(heading_next, "Next", "Sedan")                                         \
    X(heading_last, "Last", "Senast")                                        \
    X(heading_every, "Every", "Intervall")                                   \
    X(heading_date, "Date", "Datum")                                         \
    X(heading_reason, "Reason", "Skäl")                                      \
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
    /* loyalty signals, in words */                                          \
    X(signal_feedback_overdue, "feedback conversation overdue since {}",     \
      "återkopplingssamtal försenat sedan {}")                               \
    X(signal_quiet, "nobody has recognised them since {}",                   \
      "ingen har uppmärksammat hen sedan {}")                                \
    X(signal_milestone_overdue, "{} overdue since {}", "{} försenad sedan {}") \
    X(signal_milestones_overdue, "{} journey milestones overdue, the oldest since {}", \
      "{} milstolpar försenade, den äldsta sedan {}")                       \
    X(signal_renewal_pending, "term as {} ends {} without a renewal conversation", \
      "uppdraget som {} slutar {} utan förnyelsesamtal")                     \
    X(signal_renewal_late, "term as {} ends {}; its renewal conversation is overdue since {}", \
      "uppdraget som {} slutar {}; förnyelsesamtalet är försenat sedan {}")   \
    X(signal_goal_overdue, "goal \"{}\" overdue since {}", "målet ”{}” försenat sedan {}") \
    X(signals_none, "no warning signs", "inga varningstecken")              \
    X(heading_signs, "Signs", "Tecken")                                      \
    X(at_risk_heading, "At risk (two or more warning signs):",                \
      "Riskerar att sluta (två eller fler varningstecken):")                 \
    X(nobody_selected, "No representatives match.", "Inga förtroendevalda matchar.") \
    /* show */                                                               \
    X(show_assignments, "Assignments", "Uppdrag")                            \
    X(show_feedback, "Feedback", "Återkoppling")                             \
    X(show_recognitions, "Recognitions", "Uppmärksammat")                    \
    X(show_goals, "Goals", "Mål")                                            \
    X(show_notes, "Notes", "Anteckningar")                                   \
    X(show_signals, "Warning signs", "Varningstecken")                       \
    X(show_suggestions, "Suggested recognition", "Förslag att uppmärksamma") \
    X(show_branch, "branch {}", "ort {}")                                    \
    X(show_coordinator, "coordinator {}", "samordnare {}")                   \
    X(show_service_since, "representative since {}", "förtroendevald sedan {}") \
    X(show_left_on, "left {}", "avgick {}")                                  \
    X(show_left_because, "left {} ({})", "avgick {} ({})")                 \
    X(show_paused, "paused {} – {}", "vilande {} – {}")                      \
    X(show_done_on, "done {}", "klar {}")                                    \
    X(show_every, "every {}", "var {}")                                      \
    X(show_last_done, "last {}", "senast gjord {}")                          \
    X(show_never_done, "not done yet", "inte gjord än")                      \
    X(show_scope_term, "each term", "varje mandatperiod")                    \
    X(show_active, "active", "pågår")                                        \
    X(show_ended, "ended", "avslutat")                                       \
    X(show_starts, "starts {}", "börjar {}")                                 \
    X(show_feedback_line, "every {} days; last {}; next due {} ({})",        \
      "var {}:e dag; senast {}; nästa senast {} ({})")                       \
    X(show_feedback_none, "no regular feedback now (not active)",           \
      "ingen löpande återkoppling nu (inte aktiv)")                          \
    X(show_by, "with {}", "med {}")                                          \
    X(show_none, "none", "inga")                                             \
    /* durations and cadences in words (render/duration_words) */             \
    X(unit_year_one, "{} year", "{} år")                                     \
    X(unit_years, "{} years", "{} år")                                       \
    X(unit_month_one, "{} month", "{} månad")                                \
    X(unit_months, "{} months", "{} månader")                                \
    X(unit_week_one, "{} week", "{} vecka")                                  \
    X(unit_weeks, "{} weeks", "{} veckor")                                   \
    X(every_year, "every year", "varje år")                                  \
    X(every_month, "every month", "varje månad")                             \
    X(every_week, "every week", "varje vecka")                               \
    X(every_day, "every day", "varje dag")                                   \
    /* Swedish takes an ordinal here: "vart 3:e år", "var 6:e månad" */      \
    X(every_n_years, "every {} years", "vart {} år")                         \
    X(every_n_months, "every {} months", "var {} månad")                     \
    X(every_n_weeks, "every {} weeks", "var {} vecka")                       \
    X(every_n_days, "every {} days", "var {} dag")                           \
    X(every_span, "every {}", "med {} mellanrum")                            \
    X(due_after_start, "{} after the start", "{} efter start")               \
    X(due_at_start, "at the start", "vid start")                             \
    X(due_before_end, "{} before the end of the term", "{} före mandatperiodens slut") \
    X(due_at_end, "at the end of the term", "när mandatperioden slutar")     \
    X(due_repeating, "{}, first {}", "{}, första gången {}")                 \
    /* feedback report */                                                    \
    X(heading_state, "State", "Läge")                                        \
    X(heading_when, "When", "När")                                           \
    /* terms report */                                                       \
    X(terms_title, "Terms ending by {}", "Mandat som slutar senast {}")      \
    X(terms_none, "No term ends by {}.", "Inga mandat slutar senast {}.")    \
    X(talk_done, "done {}", "klart {}")                                      \
    X(talk_none, "none planned", "inget planerat")                           \
    X(next_term, "new term from {}", "ny mandatperiod från {}")              \
    X(next_role, "{} from {}", "{} från {}")                                 \
    X(next_continues, "continues as {}", "fortsätter som {}")                \
    X(next_none, "nothing lined up", "inget inplanerat")                     \
    /* roles report: a printable role description */                         \
    X(role_term, "Term: {}", "Mandatperiod: {}")                             \
    X(role_feedback, "Feedback conversations: {}", "Återkopplingssamtal: {}") \
    X(role_expectations, "Expectations", "Förväntningar")                    \
    X(role_journey, "Journey", "Resan")                                      \
    X(role_recognised, "recognised", "uppmärksammas")                        \
    X(role_recognised_with, "recognised with {}", "uppmärksammas med {}")    \
    X(role_scope_term, "held again every term", "görs om varje mandatperiod") \
    X(role_needs_end, "only for assignments with an end date", "bara för uppdrag med slutdatum") \
    X(roles_none, "No roles are defined.", "Inga roller är definierade.")     \
    /* recognize: suggestions and why, in words */                          \
    X(recognize_hint, "Record one with: repjourney record recognition REP --for KEY", \
      "Registrera ett uppmärksammande med: repjourney record recognition ID --for NYCKEL") \
    X(reason_anniversary, "{} as a representative on {}", "{} som förtroendevald den {}") \
    X(reason_milestone, "completed {} on {}", "genomförde {} den {}")        \
    X(reason_goal, "reached the goal \"{}\" on {}", "nådde målet ”{}” den {}") \
    X(reason_term_ends, "term as {} ends on {}", "uppdraget som {} slutar den {}") \
    X(reason_term_ended, "term as {} ended on {}", "uppdraget som {} slutade den {}") \
    X(reason_farewell, "left on {}", "avgick den {}")                        \
    X(reason_farewell_because, "left on {} ({})", "avgick den {} ({})")      \
    X(reason_quiet_never, "nobody has recognised them since starting on {}", \
      "ingen har uppmärksammat hen sedan hen började den {}")                \
    /* export ics|json|html */                                               \
    X(export_title, "Representatives' journeys: {}", "Förtroendevaldas resor: {}") \
    X(category_milestone, "Milestone", "Milstolpe")                          \
    X(category_goal, "Goal", "Mål")                                          \
    X(category_anniversary, "Anniversary", "Jubileum")                       \
    X(category_term_end, "Term end", "Mandatslut")                           \
    X(export_goal, "Goal: {}", "Mål: {}")                                    \
    X(export_anniversary, "{} as a representative", "{} som förtroendevald") \
    X(export_term_ends, "term as {} ends", "uppdraget som {} slutar")        \
    X(timeline_of, "Journey of {}", "Resan för {}")                          \
    X(timeline_feedback_row, "Feedback conversations and recognition",       \
      "Återkopplingssamtal och uppmärksammanden")                            \
    X(legend_assignment, "assignment", "uppdrag")                            \
    X(legend_not_chased, "not chased now", "följs inte upp nu")              \
    X(legend_recognition, "recognition", "uppmärksammande")                  \
    X(html_as_of, "Representatives' journeys as of {}", "Förtroendevaldas resor per den {}") \
    X(html_redacted, "Names are replaced by ids; e-mail addresses and phone numbers are left out.", \
      "Namn är ersatta med id; e-postadresser och telefonnummer är utelämnade.") \
    X(html_people, "People", "Personer")                                     \
    X(html_overdue_items, "Overdue items", "Försenade punkter")              \
    X(html_at_risk, "At risk", "Riskerar att sluta")                         \
    X(html_stages, "People per stage", "Personer per fas")                   \
    X(html_coordinators, "Overdue per coordinator", "Försenat per samordnare") \
    X(html_milestones, "Milestones", "Milstolpar")                           \
    X(html_no_coordinator, "no coordinator", "ingen samordnare")             \
    X(html_representatives, "Representatives", "Förtroendevalda")            \
    X(html_born, "born {}", "född {}")                                       \
    X(html_footer, "Made with repjourney from the data as it stood on {}.",  \
      "Gjord med repjourney utifrån uppgifterna per den {}.")                \
    /* remind: the weekly digest */                                          \
    X(digest_week, "week {}", "vecka {}")                                    \
    X(digest_weeks, "weeks {}–{}", "vecka {}–{}")                            \
    X(digest_unassigned, "Unassigned", "Utan samordnare")                    \
    X(digest_this_week, "This week", "Den här veckan")                       \
    X(digest_due_by, "Due by {}", "Senast {}")                               \
    X(digest_to_recognise, "To recognise", "Att uppmärksamma")               \
    X(digest_overdue_feedback_one, "{} overdue feedback conversation",       \
      "{} försenat återkopplingssamtal")                                     \
    X(digest_overdue_feedback, "{} overdue feedback conversations",          \
      "{} försenade återkopplingssamtal")                                    \
    X(digest_overdue_milestones_one, "{} overdue milestone", "{} försenad milstolpe") \
    X(digest_overdue_milestones, "{} overdue milestones", "{} försenade milstolpar") \
    X(digest_overdue_goals_one, "{} overdue goal", "{} försenat mål")        \
    X(digest_overdue_goals, "{} overdue goals", "{} försenade mål")          \
    /* the second placeholder is digest_in_week or digest_by */              \
    X(digest_due_feedback_one, "{} feedback conversation {}", "{} återkopplingssamtal {}") \
    X(digest_due_feedback, "{} feedback conversations {}", "{} återkopplingssamtal {}") \
    X(digest_due_milestones_one, "{} milestone {}", "{} milstolpe {}")       \
    X(digest_due_milestones, "{} milestones {}", "{} milstolpar {}")         \
    X(digest_due_goals_one, "{} goal {}", "{} mål {}")                       \
    X(digest_due_goals, "{} goals {}", "{} mål {}")                          \
    X(digest_in_week, "this week", "den här veckan")                         \
    X(digest_by, "by {}", "senast {}")                                       \
    X(digest_to_thank_one, "{} person to thank", "{} person att uppmärksamma") \
    X(digest_to_thank, "{} people to thank", "{} personer att uppmärksamma") \
    X(digest_goal, "goal \"{}\"", "målet ”{}”")                              \
    X(digest_milestone, "{} ({})", "{} ({})")                                \
    /* an open item's own title from the data, as it is */                  \
    X(item_title, "{}", "{}")                                                \
    X(weekday_mon, "Mon", "mån")                                             \
    X(weekday_tue, "Tue", "tis")                                             \
    X(weekday_wed, "Wed", "ons")                                             \
    X(weekday_thu, "Thu", "tors")                                            \
    X(weekday_fri, "Fri", "fre")                                             \
    X(weekday_sat, "Sat", "lör")                                             \
    X(weekday_sun, "Sun", "sön")                                             \
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
// clang-format on

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

// The words of each kind of open item, one row per kind, in the order the digest's summary counts them.
// Adding a kind of open item is a change in the engine and a row here: the renderers look its words up.
struct OpenItemWords {
    OpenItemKind kind;
    Msg title;        // its name: {} is its title in the data (empty for feedback, which the message names)
    Msg digest_what;  // the digest's line: {0} the name as above, {1} the milestone's role
    Msg overdue_one;  // the digest's summary: {} the count
    Msg overdue_many;
    Msg due_one;  // {0} the count, {1} digest_in_week or digest_by
    Msg due_many;
};
inline constexpr OpenItemWords open_item_words[] = {
    {OpenItemKind::feedback, Msg::feedback_conversation, Msg::item_title, Msg::digest_overdue_feedback_one,
     Msg::digest_overdue_feedback, Msg::digest_due_feedback_one, Msg::digest_due_feedback},
    {OpenItemKind::milestone, Msg::item_title, Msg::digest_milestone, Msg::digest_overdue_milestones_one,
     Msg::digest_overdue_milestones, Msg::digest_due_milestones_one, Msg::digest_due_milestones},
    {OpenItemKind::goal, Msg::item_title, Msg::digest_goal, Msg::digest_overdue_goals_one, Msg::digest_overdue_goals,
     Msg::digest_due_goals_one, Msg::digest_due_goals},
};

// The row of open_item_words for the kind (tests check every kind has one).
const OpenItemWords& words_of(OpenItemKind kind);

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

// "25 Nov" ("25 nov") when the date lies in as_of's year, whose year goes without saying; else as format_date_long.
std::string format_date_near(Language language, Date date, Date as_of);

}  // namespace repjourney

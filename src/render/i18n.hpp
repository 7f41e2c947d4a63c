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
    /* stages; in Swedish all nouns, the name of the phase: "Fas: etablering" */ \
    X(stage_left, "left", "avgång")                                          \
    X(stage_paused, "paused", "uppehåll")                                     \
    X(stage_prospect, "prospect", "intresse")                                \
    X(stage_incoming, "incoming", "tillträde")                            \
    X(stage_ended, "ended", "avslut")                                      \
    X(stage_renewal, "renewal", "förnyelse")                                 \
    X(stage_onboarding, "onboarding", "introduktion")                        \
    X(stage_established, "established", "etablering")                         \
    /* where a conversation or goal stands (samtal and mål are neuter) */   \
    X(state_done, "done", "klart")                                            \
    X(state_overdue, "overdue", "försenat")                                  \
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
    X(heading_next, "Next", "Därefter")                                         \
    X(heading_nomination, "Another term?", "Omval?")                          \
    X(heading_last, "Last", "Senaste")                                        \
    X(heading_every, "Every", "Intervall")                                   \
    X(heading_date, "Date", "Datum")                                         \
    X(heading_reason, "Reason", "Skäl")                                      \
    X(heading_action, "Action", "Åtgärd")                                    \
    /* the workbook's sheets (at most 31 characters) and its column headings (export xlsx) */\
    X(sheet_status, "Status", "Status")                                      \
    X(sheet_feedback, "Feedback", "Återkoppling")                            \
    X(sheet_terms, "Terms", "Mandatperioder")                                \
    X(sheet_recognition, "Recognition suggestions", "Förslag på uppmärksamhet")\
    X(sheet_retention, "Retention", "Kvarstannande")                         \
    X(sheet_seats, "Seats", "Platser")                                       \
    X(col_branch, "Branch", "Ort")                                           \
    X(col_workplace, "Workplace", "Arbetsplats")                             \
    X(col_over_filled, "Over-filled", "För många")                           \
    X(col_leaving, "Leaving", "Lämnar")                                      \
    X(col_id, "Id", "Id")                                                    \
    X(col_active, "Active", "Aktiv")                                         \
    X(col_paused, "Paused", "Uppehåll")                                      \
    X(col_steps_done, "Steps done", "Klara steg")                            \
    X(col_steps_total, "Steps in all", "Steg totalt")                        \
    X(col_next_step_kind, "Next step (kind)", "Nästa steg (typ)")            \
    X(col_next_step_due, "Next step due", "Nästa steg senast")               \
    X(col_next_step_state, "Next step state", "Nästa stegs läge")            \
    X(col_overdue_items, "Overdue items", "Försenade punkter")               \
    X(col_feedback_state, "Feedback state", "Samtalets läge")                \
    X(col_feedback_due, "Next feedback", "Nästa samtal")                     \
    X(col_feedback_days_overdue, "Feedback days overdue", "Samtal, dagar sent")\
    X(col_signals, "Warning signs", "Varningstecken")                        \
    X(col_at_risk, "At risk", "I riskzonen")                                 \
    X(col_due, "Due", "Senast")                                              \
    X(col_days_overdue, "Days overdue", "Dagar sent")                        \
    X(col_every_days, "Every (days)", "Intervall (dagar)")                   \
    X(col_start, "Start", "Början")                                          \
    X(col_talk_state, "Talk state", "Samtalets läge")                        \
    X(col_talk_due, "Talk due", "Samtal senast")                             \
    X(col_talk_done, "Talk held", "Samtal hållet")                           \
    X(col_next_role, "Next role", "Nästa roll")                              \
    X(col_next_start, "Next start", "Nästa början")                          \
    X(col_key, "Key", "Nyckel")                                              \
    X(col_kind, "Kind", "Slag")                                              \
    X(col_upcoming, "Upcoming", "Kommande")                                  \
    X(col_annual_meeting, "Annual meeting", "Årsmöte")                       \
    X(col_action_id, "Action id", "Åtgärdens id")                            \
    X(col_group, "Group", "Grupp")                                           \
    X(col_group_key, "Group value", "Gruppens värde")                        \
    X(col_people, "People", "Personer")                                      \
    X(col_exits, "Exits", "Avgångar")                                        \
    X(col_share_after, "Still serving after {}", "Kvar efter {}")            \
    X(col_median_tenure, "Median tenure (days)", "Mediantid (dagar)")        \
    X(col_early_exits, "Left within {} days", "Avgått inom {} dagar")        \
    X(col_terms_ended, "Terms ended{}", "Avslutade mandat{}")                \
    X(col_renewed, "Renewed{}", "Förnyade{}")                                \
    X(col_moved, "Moved to another role{}", "Bytt roll{}")                   \
    X(col_left, "Left{}", "Lämnat{}")                                        \
    X(col_renewal_rate, "Renewal rate{}", "Förnyelsegrad{}")                 \
    X(col_onboarding_complete, " (onboarding complete)", " (introduktion klar)")\
    X(col_onboarding_incomplete, " (onboarding incomplete)", " (introduktion ej klar)")\
    X(col_exit_reason, "Exit reason: {}", "Avgångsskäl: {}")                 \
    /* phrases */                                                            \
    X(days_overdue_one, "{} day overdue", "{} dag sent")                 \
    X(days_overdue, "{} days overdue", "{} dagar sent")                  \
    X(due_on, "due {}", "senast {}")                                         \
    /* due_on for a date that has passed */                                \
    X(due_was, "due {}", "skulle ha gjorts {}")                              \
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
    X(feedback_last, "last conversation {}", "senaste samtal {}")          \
    X(feedback_none, "no conversation yet", "inget samtal ännu")             \
    /* loyalty signals, in words */                                          \
    X(signal_feedback_overdue, "feedback conversation overdue since {}",     \
      "återkopplingssamtalet skulle ha hållits {}")                               \
    X(signal_quiet, "nobody has recognised them since {}",                   \
      "ingen har uppmärksammat hen sedan {}")                                \
        X(signal_milestones_overdue, "{} journey milestones overdue, the oldest since {}", \
      "{} försenade milstolpar, den första sedan {}")                       \
    X(signal_renewal_pending, "term as {} ends {} without a renewal conversation", \
      "uppdraget som {} slutar {} utan förnyelsesamtal")                     \
    X(signal_renewal_late, "term as {} ends {}; its renewal conversation is overdue since {}", \
      "uppdraget som {} slutar {}; förnyelsesamtalet skulle ha hållits {}")   \
    X(signal_goal_overdue, "goal \"{}\" overdue since {}", "målet ”{}” skulle ha nåtts {}") \
    X(signals_none, "no warning signs", "inga varningstecken")              \
    X(heading_signs, "Signs", "Tecken")                                      \
    X(at_risk_heading, "At risk (two or more warning signs):",                \
      "Riskerar att sluta (två eller fler varningstecken):")                 \
    X(nobody_selected, "No representatives match.", "Ingen förtroendevald stämmer med urvalet.") \
    /* show */                                                               \
    X(show_assignments, "Assignments", "Uppdrag")                            \
    X(show_feedback, "Feedback", "Återkoppling")                             \
    X(show_recognitions, "Recognitions", "Uppmärksammanden")                    \
    X(show_goals, "Goals", "Mål")                                            \
    X(show_notes, "Notes", "Anteckningar")                                   \
    X(show_signals, "Warning signs", "Varningstecken")                       \
    X(show_suggestions, "Suggested recognition", "Förslag att uppmärksamma") \
    X(show_branch, "branch {}", "ort {}")                                    \
    X(show_coordinator, "coordinator {}", "samordnare {}")                   \
    X(show_service_since, "representative since {}", "förtroendevald sedan {}") \
    X(show_left_on, "left {}", "avgick {}")                                  \
    X(show_left_because, "left {} ({})", "avgick {} ({})")                 \
    X(show_paused, "paused {} – {}", "uppehåll {} – {}")                      \
    X(show_done_on, "done {}", "gjordes {}")                                    \
    X(show_last_done, "last {}", "förra gången {}")                          \
    X(show_never_done, "not done yet", "ingen gång ännu")                      \
    X(show_scope_term, "each term", "varje mandatperiod")                    \
    X(show_active, "active", "pågår")                                        \
    X(show_ended, "ended", "har upphört")                                       \
    X(show_starts, "starts {}", "börjar {}")                                 \
    X(show_feedback_line, "{}; {}; next conversation due {} ({})",          \
      "{}; {}; nästa samtal senast {} ({})")                       \
    X(show_feedback_none, "no regular feedback now (not active)",           \
      "inga återkopplingssamtal just nu (inte aktiv)")                          \
    X(show_by, "with {}", "med {}")                                          \
    X(show_none, "none", "inga ännu")                                             \
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
    /* Swedish takes an ordinal here: "vart tredje år", "var 13:e vecka" */  \
    X(every_n_years, "every {} years", "vart {} år")                         \
    X(every_n_months, "every {} months", "var {} månad")                     \
    X(every_n_weeks, "every {} weeks", "var {} vecka")                       \
    X(every_n_days, "every {} days", "var {} dag")                           \
    X(every_other_year, "every 2 years", "vartannat år")                     \
    X(every_other_month, "every 2 months", "varannan månad")                 \
    X(every_other_week, "every 2 weeks", "varannan vecka")                   \
    X(every_other_day, "every 2 days", "varannan dag")                       \
    /* a repeating step or the feedback cadence, and when it was last done */ \
    X(rhythm_last, "{}, last {}", "görs {}, förra gången {}")               \
    X(rhythm_no_talk, "{}, no conversation yet", "görs {}, inget samtal ännu") \
    X(every_span, "every {}", "med {} emellan")                            \
    X(due_after_start, "{} after the start", "{} efter tillträdet")               \
    X(due_at_start, "at the start", "vid tillträdet")                             \
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
    /* the nomination item: the nominating committee (valberedning) asks about another term */ \
    X(nomination_item, "ask about another term", "fråga om omval")            \
    X(nomination_heading, "Ask about another term", "Fråga om omval")         \
    X(nomination_yes, "yes", "ja")                                           \
    X(nomination_no, "no", "nej")                                            \
    X(nomination_undecided, "undecided", "funderar")                         \
    X(nomination_none, "no answer", "inget svar")                            \
    X(nomination_answered, "answered {} on {}", "svarade {} den {}")          \
    X(nomination_undecided_since, "undecided since {}", "funderar sedan {}")  \
    X(nomination_before_meeting, "before the annual meeting on {}", "inför årsmötet den {}") \
    /* vacancies: the seats on a day */                                      \
    X(vacancies_title, "Seats on {}", "Platser den {}")                      \
    X(vacancies_none, "No seats are defined.", "Inga platser är beskrivna.") \
    X(heading_where, "Where", "Var")                                         \
    X(heading_places, "Places", "Platser")                                   \
    X(heading_vacant, "Vacant", "Vakanta")                                   \
    X(heading_holders, "Holders", "Innehavare")                              \
    X(heading_candidates, "Candidates", "Kandidater")                        \
    X(candidates_line, "Candidates: {}", "Kandidater: {}")                   \
    X(seat_anywhere, "whole organisation", "hela organisationen")            \
    X(seat_where, "{}, {}", "{}, {}")                                        \
    X(holder_leaving, "{} (leaving {})", "{} (lämnar {})")                   \
    X(ends_leaving, "{}, leaving", "{}, lämnar")                             \
    X(vacant_over_filled, "{} (over-filled)", "{} (för många)")              \
    X(candidates_none, "no prospects", "inga intresserade")                  \
    /* roles report: a printable role description */                         \
    X(role_term, "Term: {}", "Mandatperiod: {}")                             \
    X(role_feedback, "Feedback conversations: {}", "Återkopplingssamtal: {}") \
    X(role_expectations, "Expectations", "Förväntningar")                    \
    X(role_journey, "Journey", "Steg i uppdraget")                                      \
    X(role_recognised, "recognised", "uppmärksammas")                        \
    X(role_recognised_with, "recognised with {}", "uppmärksammas med {}")    \
    X(role_scope_term, "held again every term", "görs om varje mandatperiod") \
    X(role_needs_end, "only for assignments with an end date", "bara för uppdrag med slutdatum") \
    X(roles_none, "No roles are defined.", "Inga uppdrag är beskrivna.")     \
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
    X(export_title, "Representatives' journeys: {}", "Läget för förtroendevalda: {}") \
    X(category_milestone, "Milestone", "Milstolpe")                          \
    X(category_goal, "Goal", "Mål")                                          \
    X(category_anniversary, "Anniversary", "Årsdag")                       \
    X(category_term_end, "Term end", "Mandatslut")                           \
    X(category_nomination, "Nomination", "Valberedning")                     \
    X(export_goal, "Goal: {}", "Mål: {}")                                    \
    X(export_anniversary, "{} as a representative", "{} som förtroendevald") \
    X(export_term_ends, "term as {} ends", "uppdraget som {} slutar")        \
    X(export_overdue, "Overdue: {}", "Försenat: {}")                         \
    X(timeline_of, "Journey of {}", "Tidslinje för {}")                          \
    X(timeline_feedback_row, "Feedback conversations and recognition",       \
      "Återkopplingssamtal och uppmärksammanden")                            \
    X(legend_assignment, "assignment", "uppdrag")                            \
    X(legend_not_chased, "not chased now", "följs inte upp nu")              \
    X(legend_recognition, "recognition", "uppmärksammande")                  \
    X(html_as_of, "Representatives' journeys as of {}", "Läget för förtroendevalda den {}") \
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
      "Gjord med repjourney utifrån uppgifterna den {}.")                \
    /* retention: for a board meeting */                                    \
    X(retention_heading, "Retention on {}: {} people counted, {} of them left", \
      "Kvar i uppdraget den {}: {} förtroendevalda räknade, {} av dem har slutat") \
    X(retention_curve, "Still serving after {}", "Kvar efter {}")             \
    X(after_3_months, "3 months", "3 mån")                                   \
    X(after_6_months, "6 months", "6 mån")                                   \
    X(after_1_year, "1 year", "1 år")                                        \
    X(after_2_years, "2 years", "2 år")                                      \
    X(after_5_years, "5 years", "5 år")                                      \
    X(retention_median, "Half had left after {} days", "Hälften hade slutat efter {} dagar") \
    X(retention_median_none, "More than half are still serving", "Mer än hälften är kvar") \
    X(retention_early, "Early exits: {} within 3 months, {} within 6 months, {} within a year", \
      "Tidiga avhopp: {} inom 3 mån, {} inom 6 mån, {} inom ett år")         \
    X(retention_reasons, "Why they left: {}", "Varför de slutade: {}")       \
    X(retention_reasons_nobody, "Why they left: nobody has left", "Varför de slutade: ingen har slutat") \
    X(exit_reason_none, "no reason given", "inget skäl angivet")             \
    X(exit_reason_term_ended, "term ended and not renewed", "mandatperioden slut utan förnyelse") \
    X(retention_renewal, "At term end: {} of {} renewed ({}), {} moved to another role, {} left", \
      "Vid mandatperiodens slut: {} av {} omvalda ({}), {} bytte uppdrag, {} slutade") \
    X(retention_renewal_none, "At term end: no term has ended yet", \
      "Vid mandatperiodens slut: ingen mandatperiod har slutat än")           \
    X(retention_onboarding, "Renewed after a complete onboarding: {} of {} ({}); after an incomplete one: {} of {} ({})", \
      "Omvalda efter fullständig introduktion: {} av {} ({}); efter ofullständig: {} av {} ({})") \
    X(percent, "{} %", "{} %")                                               \
    X(retention_group_all, "All", "Alla")                                    \
    X(html_retention, "Who stays", "Vilka som stannar")                      \
    X(column_3_months, "3 mo", "3 mån")                                      \
    X(column_6_months, "6 mo", "6 mån")                                      \
    X(column_1_year, "1 yr", "1 år")                                         \
    X(column_2_years, "2 yrs", "2 år")                                       \
    X(column_5_years, "5 yrs", "5 år")                                       \
    X(retention_row_people, "People", "Antal")                               \
    X(retention_row_left, "Left", "Slutat")                                  \
    X(retention_column_median, "Median", "Median")                           \
    X(retention_column_renewed, "Renewed", "Omvalda")                        \
    X(retention_column_complete, "Onboarded", "Introd.")                     \
    X(retention_column_incomplete, "Not onb.", "Ej introd.")                 \
    X(retention_small_groups, "* fewer than 5 people: a share of so few says little", \
      "* färre än 5 personer: en andel av så få säger lite")                  \
    X(retention_by, "Grouped by {}", "Grupperat efter {}")                   \
    X(retention_by_role, "first role", "första uppdrag")                     \
    X(retention_by_branch, "branch", "avdelning")                            \
    X(retention_by_adaptation, "adaptation", "anpassning")                   \
    X(retention_by_cohort, "year of starting", "startår")                    \
    X(not_reached, "–", "–")                                                 \
    /* remind: the weekly digest */                                          \
    X(digest_week, "week {}", "vecka {}")                                    \
    X(digest_weeks, "weeks {}–{}", "vecka {}–{}")                            \
    X(digest_unassigned, "Unassigned", "Utan samordnare")                    \
    X(digest_overdue_feedback_one, "{} overdue feedback conversation",       \
      "{} försenat återkopplingssamtal")                                     \
    X(digest_overdue_feedback, "{} overdue feedback conversations",          \
      "{} försenade återkopplingssamtal")                                    \
    X(digest_overdue_milestones_one, "{} overdue milestone", "{} försenad milstolpe") \
    X(digest_overdue_milestones, "{} overdue milestones", "{} försenade milstolpar") \
    X(digest_overdue_goals_one, "{} overdue goal", "{} försenat mål")        \
    X(digest_overdue_goals, "{} overdue goals", "{} försenade mål")          \
    X(digest_overdue_nominations_one, "{} overdue nomination question",     \
      "{} försenad omvalsfråga")                                             \
    X(digest_overdue_nominations, "{} overdue nomination questions",        \
      "{} försenade omvalsfrågor")                                           \
    /* the second placeholder is digest_in_week or digest_by */              \
    X(digest_due_feedback_one, "{} feedback conversation {}", "{} återkopplingssamtal {}") \
    X(digest_due_feedback, "{} feedback conversations {}", "{} återkopplingssamtal {}") \
    X(digest_due_milestones_one, "{} milestone {}", "{} milstolpe {}")       \
    X(digest_due_milestones, "{} milestones {}", "{} milstolpar {}")         \
    X(digest_due_goals_one, "{} goal {}", "{} mål {}")                       \
    X(digest_due_goals, "{} goals {}", "{} mål {}")                          \
    X(digest_due_nominations_one, "{} nomination question {}", "{} omvalsfråga {}") \
    X(digest_due_nominations, "{} nomination questions {}", "{} omvalsfrågor {}") \
    X(digest_in_week, "this week", "den här veckan")                         \
    /* new since last week, and the rest, in the summary and the subject */  \
    X(digest_new_one, "{} new", "{} ny")                                     \
    X(digest_new, "{} new", "{} nya")                                        \
    X(digest_still_open_one, "{} still open", "{} öppen")                    \
    X(digest_still_open, "{} still open", "{} öppna")                        \
    X(digest_open_one, "{} open", "{} öppen")                                \
    X(digest_open, "{} open", "{} öppna")                                    \
    X(digest_new_mark, "NEW", "NY")                                          \
    /* escalation: {0} escalate_after in words, {1} the coordinator */        \
    X(digest_escalated_heading, "Open for more than {}: {}", "Försenat mer än {}: {}") \
    X(digest_escalated_one, "{} open for more than {} with others",          \
      "{} försenad mer än {} hos andra")                                     \
    X(digest_escalated, "{} open for more than {} with others",              \
      "{} försenade mer än {} hos andra")                                    \
    X(digest_subject, "Repjourney {}: {}", "Repjourney {}: {}")              \
    X(digest_nothing, "nothing to do this week", "inget att göra den här veckan") \
    X(digest_nothing_by, "nothing to do by {}", "inget att göra till och med {}") \
    X(digest_by, "by {}", "senast {}")                                       \
    X(digest_at_annual_meeting, "at the annual meeting on {}", "på årsmötet den {}") \
    X(digest_to_thank_one, "{} person to thank", "{} person att uppmärksamma") \
    X(digest_to_thank, "{} people to thank", "{} personer att uppmärksamma") \
    X(digest_goal, "goal \"{}\"", "målet ”{}”")                              \
    X(digest_milestone, "{} ({})", "{} ({})")                                \
    X(digest_vacant_seats, "Vacant seats", "Vakanta platser")                \
    X(digest_seat_vacant, "{} of {} places vacant", "{} av {} platser vakanta") \
    X(digest_seat_prospects, "prospects: {}", "intresserade: {}")            \
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
    {OpenItemKind::nomination, Msg::nomination_item, Msg::digest_milestone, Msg::digest_overdue_nominations_one,
     Msg::digest_overdue_nominations, Msg::digest_due_nominations_one, Msg::digest_due_nominations},
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

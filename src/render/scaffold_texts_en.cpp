// The English words of the files `init` writes; scaffold.cpp has their structure.
#include "render/scaffold_texts.hpp"

namespace repjourney {

namespace {
constexpr ScaffoldText english_texts[] = {
    // organisation.yaml
    {"organisation_intro", R"(# repjourney data: your organisation
#
# `repjourney init` made this directory as a starting point. repjourney reads
# every *.yaml and *.yml file in it (and below it) and merges their sections:
#
#   organisation.yaml      this file: the organisation, its coordinators and
#                          its ways of saying thank you
#   roles.yaml             the roles and the journey each one follows
#   representatives.yaml   the representatives: two examples to replace
#   events.yaml            the event log, appended by `repjourney record`
#
# Values: a date is YYYY-MM-DD; a duration is one or more <number><unit> with
# unit d (days), w (weeks), m (months) or y (years): 10d, 6w, 3m, 1y6m; an id
# is lower case a-z, digits, - and _. Names and titles may use any letters.
# After editing, run `repjourney check`: it shows every problem with its file,
# line and column. `man repjourney` describes every key.)"},
    {"name_comment", "# Your organisation's name, shown in reports (required)."},
    {"organisation_name", "Our organisation"},
    {"email_comment", "# The sender of the weekly digest mail."},
    {"organisation_email", "office@example.org"},
    {"language_comment", "# The language of reports: en or sv (--lang overrides it)."},
    {"feedback_every_comment", R"(# Regular feedback: how often every representative should have a feedback
# conversation with their coordinator. A role, an adaptation below or the
# person may have another rhythm.)"},
    {"due_soon_comment", R"(# Something due within this window is "due soon".)"},
    {"renewal_window_comment", R"(# A representative whose term ends within this window is in the stage
# "renewal": time for the renewal conversation.)"},
    {"coordinators_comment", R"(# The coordinators who follow up the representatives. Each representative
# names one under `coordinator:`, and a feedback event under `by:`.
# This one is an example: replace it with yours.)"},
    {"coordinator_id", "alex"},
    {"coordinator_name", "Alex Example"},
    {"coordinator_email", "alex@example.org"},
    {"recognition_comment", R"(# Appreciation and recognition. repjourney suggests recognising people on
# service anniversaries, for recognised milestones and reached goals, when a
# term ends, at a farewell, and when nobody has thanked them for a while.)"},
    {"window_comment", "# How long after an achievement a suggestion stays open."},
    {"anniversaries_comment", "# Service anniversaries, counted from the first assignment's start."},
    {"quiet_after_comment", "# Suggest appreciation when nobody has recognised an active person this long."},
    {"actions_comment", R"(# Your own ways of saying thank you: small, symbolic and personal. `for:`
# lists the kinds of suggestion an action suits (anniversary, milestone,
# goal, term, farewell, quiet); the first action that suits one is suggested.)"},
    {"card_id", "thank-you-card"},
    {"card_title", "Handwritten thank-you card"},
    {"coffee_id", "coffee"},
    {"coffee_title", "Coffee with the coordinator"},
    {"meeting_id", "annual-meeting"},
    {"meeting_title", "Mention at the annual meeting"},
    {"gift_id", "small-gift"},
    {"gift_title", "Small gift (a book or flowers)"},
    {"adaptations_comment", R"(# Representatives born 1997 or later often want short, concrete goals with
# visible progress and frequent check-ins, so they get a feedback
# conversation every four weeks. Give them goals too (see
# representatives.yaml).)"},
    {"adaptation_label", "Born 1997 or later"},

    // roles.yaml
    {"roles_intro", R"(# Roles and their journeys
#
# Keeping representatives starts with a clear role: what it is, what you
# expect, and what support comes with it. Adapt these two roles and add yours;
# `repjourney roles` prints them as a handout for new representatives.
#
# A role has an id and a title (required), a description, expectations, a
# term (the length of a mandate; without one the role is open-ended), its own
# feedback_every, and a journey: the steps every new holder goes through.
#
# A journey step (milestone) has an id and a title (required) and `due`:
# counted from the start of the assignment (`due: 1w`) or back from its end
# (`due: end-3m`). `every: 1y` repeats it after each time it is done;
# `recognize: true` (or an action id from organisation.yaml) suggests
# recognising the person when it is done; `scope: term` means it is held again
# in every term. Record a step as done with
#   repjourney record milestone REP MILESTONE)"},
    {"representative_notify", R"(# Where the law says the employer must be told in writing of each
# representative (in Sweden: notify_employer: fml, or aml for safety
# representatives), the journey gets the milestone employer-notice and
# `repjourney notice ID` writes the letter.)"},
    {"representative_id", "representative"},
    {"representative_title", "Representative"},
    {"representative_description", R"(Represents the members at the workplace or in the local group: welcomes
newcomers, picks up questions and brings them to the organisation.
(An example: describe the role in your own words.))"},
    {"representative_expectations", R"(- Take part in the representatives' meetings
- Hold at least one meeting with the members each term
- Tell the coordinator when something gets in the way)"},
    {"introduction_comment", "# Introduction: a personal welcome, and a mentor within the first weeks."},
    {"welcome_id", "welcome-call"},
    {"welcome_title", "Welcome call"},
    {"mentor_id", "mentor"},
    {"mentor_title", "Mentor assigned"},
    {"training_comment", "# Training, recognised when it is done."},
    {"training_id", "basic-training"},
    {"training_title", "Basic training"},
    {"network_comment", R"(# Meeting other representatives: the first network meeting within two
# months, then every six months.)"},
    {"network_id", "network"},
    {"network_title", "Representatives' network meeting"},
    {"reflection_comment", "# Why did you take the assignment? A yearly talk about motivation."},
    {"reflection_id", "reflection"},
    {"reflection_title", "Reflection talk on motivation"},
    {"renewal_comment", R"(# Three months before the term ends: do you want to go on? Held again in
# every term.)"},
    {"renewal_id", "renewal-talk"},
    {"renewal_title", "Renewal conversation"},
    {"board_id", "board-member"},
    {"board_title", "Board member"},
    {"board_description", R"(Member of the board: takes part in its decisions and is responsible for
one area of the organisation's work. (An example: adapt it.))"},
    {"board_expectations", R"(- Take part in the board meetings and read the papers beforehand
- Be responsible for at least one area of work)"},
    {"board_feedback_comment", "# The board meets often: a feedback conversation each quarter is enough."},
    {"board_welcome_title", "Welcome call with the chair"},
    {"board_mentor_title", "Mentor among experienced board members"},
    {"board_introduction_id", "board-introduction"},
    {"board_introduction_title", "Introduction to the statutes and finances"},
    {"board_training_id", "board-training"},
    {"board_training_title", "Board training"},
    {"board_renewal_title", "Talk with the nominating committee"},

    // representatives.yaml
    {"representatives_intro", R"(# Representatives
#
# The two people below are EXAMPLES: replace them with your representatives.
#
# A representative has an id and a name (required), email, branch, a
# coordinator (an id from organisation.yaml), the year they were born (`born`,
# for the adaptations), their own feedback_every, a pause (`paused: {from:
# DATE, until: DATE}`), the day they left (`left`), assignments and goals.
#
# An assignment is a role and the day it started; it ends at the start plus
# the role's term, less a day, unless it has an `end:`. A person may hold
# several roles.
#
# Goals are personal development goals: short and concrete, with a due date,
# and `done:` the day each was reached. Progress that shows keeps people going.)"},
    {"young_comment", "# EXAMPLE, to replace: a new representative, born 1997 or later, with a short goal."},
    {"young_id", "sam-example"},
    {"young_name", "Sam Example"},
    {"young_email", "sam@example.org"},
    {"branch", "Central"},
    {"goal_id", "first-meeting"},
    {"goal_title", "Hold my first meeting with the members"},
    {"board_member_comment", "# EXAMPLE, to replace: a board member whose term starts today."},
    {"board_member_id", "robin-example"},
    {"board_member_name", "Robin Example"},
    {"board_member_email", "robin@example.org"},
    {"prospect_comment", R"(# EXAMPLE, to replace: someone who has shown interest but holds no role yet
# (the stage prospect). `repjourney vacancies` lists them for open seats of
# their branch, and `repjourney elect` gives them a first role.)"},
    {"prospect_id", "alex-example"},
    {"prospect_name", "Alex Example"},
    {"prospect_email", "alex@example.org"},

    // events.yaml
    {"events_intro", R"(# The event log: what happened, one event a line. Events are only added,
# never changed: `repjourney record` appends them here and keeps these
# comments.
#
#   repjourney record milestone {{young_id}} {{welcome_id}}
#   repjourney record feedback {{young_id}} --by {{coordinator_id}} --note "Good start"
#   repjourney record recognition {{young_id}} --for KEY   (a key `repjourney recognize` shows)
#   repjourney record note {{board_member_id}} --note "Would like to mentor others"
#
# Every event has a date, rep (a representative's id) and a type: milestone,
# feedback, recognition or note. A line looks like
#   - {date: {{example_date}}, rep: {{young_id}}, type: feedback, by: {{coordinator_id}}})"},

    {"events_list", "events: []"},

    // what init prints
    {"this_directory", "the current directory"},
    {"init_report", R"(Created the data files of repjourney in {{dir}}:
{{created_files}}
Next steps:
  1. Edit them: your organisation's name and coordinators, your roles and their
     journeys, and your representatives in place of the two examples. The
     comments in each file explain its keys.
  2. repjourney check{{data_option}}
  3. repjourney status{{data_option}}
)"},
};
}  // namespace

std::span<const ScaffoldText> scaffold_texts_en() { return english_texts; }

}  // namespace repjourney

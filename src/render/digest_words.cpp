#include "render/digest_words.hpp"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/recognize_report.hpp"
#include "render/words.hpp"
#include "text/printable.hpp"
#include "text/sentence_case.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
using std::chrono::days;
using std::chrono::sys_days;

constexpr std::array<Msg, 7> weekdays{Msg::weekday_mon, Msg::weekday_tue, Msg::weekday_wed, Msg::weekday_thu,
                                      Msg::weekday_fri, Msg::weekday_sat, Msg::weekday_sun};

unsigned iso_weekday(Date date) { return std::chrono::weekday{date.days}.iso_encoding(); }

// ISO 8601: weeks start on Monday, and week 1 is the one with the year's first Thursday.
int iso_week(Date date) {
    const sys_days thursday = date.days - days{iso_weekday(date) - 1} + days{3};
    const sys_days new_year{std::chrono::year_month_day{thursday}.year() / std::chrono::January / 1};
    return static_cast<int>((thursday - new_year).count() / 7 + 1);
}

// Monday to Sunday: "this week" says it; any other period is named by its last day.
bool whole_week(const Digest& digest) {
    return iso_weekday(digest.first) == 1 && digest.last == digest.first.plus_days(6);
}

std::string days_words(Language language, Date first, Date last) {
    if (first == last) return format_date_long(language, last);
    const auto a = first.ymd();
    const auto b = last.ymd();
    if (a.year() == b.year() && a.month() == b.month())
        return fmt::format("{}–{}", static_cast<unsigned>(a.day()), format_date_long(language, last));
    if (a.year() == b.year())
        return fmt::format("{} – {}", format_date_near(language, first, last), format_date_long(language, last));
    return fmt::format("{} – {}", format_date_long(language, first), format_date_long(language, last));
}

std::string nothing_words(const Digest& digest, Language language) {
    return whole_week(digest)
               ? tr(language, Msg::digest_nothing)
               : tr(language, Msg::digest_nothing_by, format_date_near(language, digest.last, digest.first));
}

std::string summary_words(const DigestCounts& counts, const Digest& digest, std::optional<Duration> escalate_after,
                          Language language) {
    const std::string period =
        whole_week(digest) ? tr(language, Msg::digest_in_week)
                           : tr(language, Msg::digest_by, format_date_near(language, digest.last, digest.first));
    std::vector<std::string> parts;
    const auto add = [&](Msg one, Msg many, int n) {
        if (n > 0) parts.push_back(tr_count(language, one, many, n));
    };
    const auto add_due = [&](Msg one, Msg many, int n) {
        if (n > 0) parts.push_back(tr(language, n == 1 ? one : many, n, period));
    };
    for (const OpenItemWords& kind : open_item_words)
        add(kind.overdue_one, kind.overdue_many, counts.overdue_of(kind.kind));
    for (const OpenItemWords& kind : open_item_words) add_due(kind.due_one, kind.due_many, counts.due_of(kind.kind));
    add(Msg::digest_to_thank_one, Msg::digest_to_thank, counts.people_to_thank);
    if (counts.escalated > 0 && escalate_after)
        parts.push_back(tr(language, counts.escalated == 1 ? Msg::digest_escalated_one : Msg::digest_escalated,
                           counts.escalated, duration_words(language, *escalate_after)));
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : ", ") + part;
    if (counts.new_items + counts.still_open == 0) return out;
    return tr_count(language, Msg::digest_new_one, Msg::digest_new, counts.new_items) + ", " +
           tr_count(language, Msg::digest_still_open_one, Msg::digest_still_open, counts.still_open) + ": " + out;
}

// "3 new, 11 open"; "4 people to thank" when there are only those; "nothing to do this week".
std::string tally_words(const DigestCounts& counts, const Digest& digest, Language language) {
    if (counts.new_items + counts.still_open > 0)
        return tr_count(language, Msg::digest_new_one, Msg::digest_new, counts.new_items) + ", " +
               tr_count(language, Msg::digest_open_one, Msg::digest_open, counts.still_open);
    if (counts.people_to_thank > 0)
        return tr_count(language, Msg::digest_to_thank_one, Msg::digest_to_thank, counts.people_to_thank);
    return nothing_words(digest, language);
}

// "week 48" or "weeks 48–49": the ISO weeks the period touches.
std::string weeks_words(Language language, Date first, Date last) {
    const int a = iso_week(first);
    const int b = iso_week(last);
    return a == b && days_between(first, last) < 7 ? tr(language, Msg::digest_week, a)
                                                   : tr(language, Msg::digest_weeks, a, b);
}

std::string subject_words(const Digest& digest, const std::string& organisation, Language language) {
    std::string subject = tr(language, Msg::digest_subject, weeks_words(language, digest.first, digest.last),
                             tally_words(digest.counts, digest, language));
    if (organisation.empty()) return subject;
    subject += " – ";
    const std::size_t used = utf8_length(subject);
    if (used + utf8_length(organisation) <= digest_subject_length) return subject + organisation;
    if (used + 1 >= digest_subject_length) return subject.substr(0, subject.size() - std::string_view{" – "}.size());
    std::string_view name = fit_width(organisation, digest_subject_length - used - 1);
    // At a word's end when there is one: "Fackförbundet Exempel, avdelning 12…", not "…, No…".
    if (const auto space = name.rfind(' '); organisation[name.size()] != ' ' && space != std::string_view::npos)
        name = name.substr(0, space);
    while (!name.empty() && (name.back() == ' ' || name.back() == ',')) name.remove_suffix(1);
    return subject + std::string{name} + "…";
}

// What is due: the item's name as its kind words it, with a milestone's role.
std::string what_words(Language language, const DigestItem& item) {
    const OpenItem& step = item.step;
    // The role's title inside the sentence: lower-cased as titles are there.
    return tr(language, words_of(step.kind).digest_what, next_step_title(language, step),
              step.role ? in_sentence(step.role->title) : std::string{});
}

// Why it is due: the milestone's place in the journey or its rhythm, the feedback cadence, the annual meeting a
// nomination is asked for. Any other kind (a goal) has no reason to give, so a new kind needs nothing here unless
// it has a rhythm to explain.
std::string why_words(Language language, const DigestItem& item, Date as_of, const Organisation& organisation) {
    const OpenItem& step = item.step;
    if (step.kind == OpenItem::Kind::nomination && organisation.annual_meeting) {
        std::string text = tr(language, Msg::nomination_before_meeting,
                              format_date_near(language, *organisation.annual_meeting, as_of));
        if (step.answer == NominationAnswer::undecided)
            text += ", " + nomination_answer_word(language, NominationAnswer::undecided);
        return text;
    }
    if (step.kind == OpenItem::Kind::milestone && step.milestone) {
        if (step.every && step.last)
            return tr(language, Msg::rhythm_last, every_words(language, *step.every),
                      format_date_near(language, *step.last, as_of));
        return milestone_due_words(language, *step.milestone);
    }
    if (step.kind == OpenItem::Kind::feedback) {
        if (!step.every)
            return step.last ? tr(language, Msg::feedback_last, format_date_near(language, *step.last, as_of))
                             : tr(language, Msg::feedback_none);
        if (!step.last) return tr(language, Msg::rhythm_no_talk, every_words(language, *step.every));
        return tr(language, Msg::rhythm_last, every_words(language, *step.every),
                  format_date_near(language, *step.last, as_of));
    }
    return {};
}

DigestLine item_line(Language language, const DigestItem& item, Date as_of, const Organisation& organisation) {
    const Date due = item.step.due;
    const std::string day = due < as_of ? format_date_near(language, due, as_of) : weekday_date(language, due, as_of);
    std::string text = fmt::format("{}, {} ({})", what_words(language, item), due_on_words(language, due, day, as_of),
                                   relative_due(language, due, as_of));
    if (const std::string why = why_words(language, item, as_of, organisation); !why.empty()) text += "; " + why;
    DigestLine line;
    line.person = one_line(item.representative->name);
    line.text = one_line(text);
    if (item.is_new) line.mark = tr(language, Msg::digest_new_mark);
    return line;
}

// One action for one person: its title, when (the annual meeting it is done at, else the earliest of the
// suggestions that have a deadline), and each suggestion's reason.
// The day to act by: the earliest suggestion's day plus the window. Upcoming anniversaries and term ends are
// for their day, which the reason names; quiet has no deadline.
std::optional<Date> act_by(const std::vector<const Suggestion*>& suggestions, Duration window) {
    std::optional<Date> by;
    for (const Suggestion* s : suggestions)
        if (!s->upcoming && s->kind != SuggestionKind::quiet && (!by || s->date + window < *by)) by = s->date + window;
    return by;
}

DigestLine suggestion_line(Language language, const std::vector<const Suggestion*>& suggestions, Duration window,
                           Date as_of) {
    const Suggestion& first = *suggestions.front();
    std::string text = first.action->title;
    // One action, so one meeting: every suggestion of the line has the same.
    if (first.annual_meeting)
        text += ", " +
                tr(language, Msg::digest_at_annual_meeting, format_date_near(language, *first.annual_meeting, as_of));
    else if (const std::optional<Date> by = act_by(suggestions, window))
        text += ", " + tr(language, Msg::digest_by, format_date_near(language, *by, as_of));
    for (const Suggestion* s : suggestions) text += "; " + recognition_reason(language, *s, as_of);
    DigestLine line;
    line.person = one_line(first.representative->name);
    line.text = one_line(text);
    return line;
}

std::string command_line(std::initializer_list<std::string_view> words) {
    std::string out = "repjourney record";
    for (const std::string_view word : words) out += " " + shell_quoted(word);
    return out;
}

// Who records a feedback conversation: the coordinator reading the digest, when it is one.
std::string record_command(const DigestItem& item, const Coordinator* reader) {
    const OpenItem& step = item.step;
    const std::string_view rep = item.representative->id;
    if (step.kind == OpenItemKind::milestone && step.milestone && step.role)
        return command_line({"milestone", rep, step.milestone->id, "--role", step.role->id});
    if (step.kind == OpenItemKind::feedback)
        return reader ? command_line({"feedback", rep, "--by", reader->id}) : command_line({"feedback", rep});
    // A goal is done in the data file (`done:`): record has no type for it. A nomination question's answer is the
    // person's to give, so no one line records it.
    return {};
}

std::string record_command(const Suggestion* suggestion) {
    return command_line(
        {"recognition", suggestion->representative->id, "--for", suggestion->key, "--action", suggestion->action->id});
}

DigestLine note_line(Language language, const DigestNote& note, Date as_of) {
    DigestLine line;
    line.person = one_line(note.representative->name);
    line.text = one_line(format_date_near(language, note.event->date, as_of).append(": ").append(note.event->note));
    return line;
}

// "Anna Larsson, 070-123 45 67, anna@example.org": whom to contact and how, as far as the data says.
std::string person_heading(const Representative& rep) {
    std::string heading = one_line(rep.name);
    for (const std::string* contact : {&rep.phone, &rep.email})
        if (!contact->empty()) heading += ", " + one_line(*contact);
    return heading;
}

// "Skyddsombud, Kungälv: 1 of 2 places vacant; prospects: Maja Karlsson".
DigestLine seat_line(Language language, const DigestSeat& seat) {
    const Seat& place = *seat.seat;
    std::string text = tr(language, Msg::digest_seat_vacant, seat.vacant, place.count);
    if (!seat.candidates.empty()) {
        std::string names;
        for (const Representative* rep : seat.candidates) names += (names.empty() ? "" : ", ") + rep->name;
        text += "; " + tr(language, Msg::digest_seat_prospects, names);
    }
    DigestLine line;
    line.person = one_line(role_name(seat.role, place.role) + ", " + seat_place(language, place));
    line.text = one_line(text);
    return line;
}

}  // namespace

std::string digest_period_words(Language language, Date first, Date last) {
    return weeks_words(language, first, last) + ", " + days_words(language, first, last);
}

std::string weekday_date(Language language, Date date, Date as_of) {
    return tr(language, weekdays.at(iso_weekday(date) - 1)) + " " + format_date_near(language, date, as_of);
}

std::string shell_quoted(std::string_view word) {
    const auto plain = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               std::string_view{"_./:=@%+,-"}.find(c) != std::string_view::npos;
    };
    if (!word.empty() && std::all_of(word.begin(), word.end(), plain)) return std::string{word};
    std::string out = "'";
    for (const char c : word) out += c == '\'' ? std::string{"'\\''"} : std::string(1, c);
    return out + "'";
}

DigestGroupWords digest_group_words(const Digest& digest, const DigestGroup& group, const Organisation& organisation,
                                    Language language, bool commands) {
    const auto with_commands = [&](DigestLine line, std::vector<std::string> lines) {
        if (commands)
            for (auto& command : lines)
                if (!command.empty()) line.commands.push_back(std::move(command));
        return line;
    };
    const Date as_of = digest.first;
    DigestGroupWords words;
    words.heading = one_line(group.coordinator ? group.coordinator->name : tr(language, Msg::digest_unassigned));
    const auto item_lines = [&](const DigestItem& item) {
        DigestLine line =
            with_commands(item_line(language, item, as_of, organisation), {record_command(item, group.coordinator)});
        line.person.clear();  // the block names them
        return line;
    };
    for (const DigestPerson& person : group.people) {
        DigestPersonWords block{person_heading(*person.representative), {}};
        for (const std::size_t i : person.overdue) block.lines.push_back(item_lines(group.overdue.at(i)));
        for (const std::size_t i : person.due) block.lines.push_back(item_lines(group.due.at(i)));
        for (const auto& same_action : person.suggestions) {
            std::vector<const Suggestion*> suggestions;
            std::vector<std::string> lines;
            for (const std::size_t i : same_action) {
                suggestions.push_back(&group.suggestions.at(i));
                lines.push_back(record_command(&group.suggestions.at(i)));
            }
            DigestLine line = with_commands(
                suggestion_line(language, suggestions, organisation.recognition.window, as_of), std::move(lines));
            line.person.clear();
            block.lines.push_back(std::move(line));
        }
        words.people.push_back(std::move(block));
    }
    const auto section = [&](std::string heading) -> std::vector<DigestLine>& {
        words.sections.push_back({std::move(heading), {}});
        return words.sections.back().lines;
    };
    for (const DigestEscalation& escalation : group.escalated) {
        auto& lines = section(
            tr(language, Msg::digest_escalated_heading,
               duration_words(language, organisation.escalate_after.value_or(Duration{})),
               one_line(escalation.coordinator ? escalation.coordinator->name : tr(language, Msg::digest_unassigned))));
        for (const auto& item : escalation.items)
            lines.push_back(with_commands(item_line(language, item, as_of, organisation),
                                          {record_command(item, group.coordinator)}));
    }
    if (!group.vacant_seats.empty()) {
        auto& lines = section(tr(language, Msg::digest_vacant_seats));
        for (const auto& seat : group.vacant_seats) lines.push_back(seat_line(language, seat));
    }
    if (!group.notes.empty()) {
        auto& lines = section(tr(language, Msg::show_notes));
        for (const auto& note : group.notes) lines.push_back(note_line(language, note, as_of));
    }
    if (words.people.empty() && words.sections.empty()) words.nothing = nothing_words(digest, language);
    return words;
}
DigestWords digest_head_words(const Digest& digest, const Organisation& organisation, Language language) {
    DigestWords words;
    const std::string period = digest_period_words(language, digest.first, digest.last);
    const std::string name = one_line(organisation.name);
    words.title = name.empty() ? period : name + ": " + period;
    words.summary = summary_words(digest.counts, digest, organisation.escalate_after, language);
    if (words.summary.empty()) words.summary = nothing_words(digest, language);
    words.subject = subject_words(digest, name, language);
    return words;
}

DigestWords digest_words(const Digest& digest, const Organisation& organisation, Language language, bool commands) {
    DigestWords words = digest_head_words(digest, organisation, language);
    for (const auto& group : digest.groups)
        words.groups.push_back(digest_group_words(digest, group, organisation, language, commands));
    return words;
}

}  // namespace repjourney

#include <iostream>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "cli/commands.hpp"
#include "cli/message_language.hpp"
#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "engine/recognition.hpp"
#include "record/record.hpp"
#include "text/printable.hpp"

namespace repjourney {

namespace {
struct RecordOptions {
    std::string rep;
    std::string milestone;
    std::string role;
    std::string by;
    std::string note;
    std::string for_key;
    std::string action;
    std::string answer;  // nomination: yes, no or undecided
    std::string date;    // default: as_of
    std::string file;
    bool dry_run = false;
    double wait_seconds = 10;
    // The slips record catches, each overridden by its flag.
    bool future = false;  // a date after today
    bool force = false;   // --for a key that is not among the person's suggestions on the day
    bool again = false;   // the same event once more, or a second answer to one suggestion
};

// A date after today is most often a mistyped year, and every report would leave the event out until its day.
void refuse_future_date(Date date, bool future) {
    if (future || date <= local_today()) return;
    throw Error(exit_usage, Message{MessageId::date_after_today, date.iso()});
}

// A second copy of an event already in the data is most often a command run twice.
void refuse_repeat(const Model& model, const Event& event) {
    for (const Event& recorded : model.events)
        if (same_event(recorded, event))
            throw Error(exit_usage,
                        Message{MessageId::same_event_recorded, model.files[recorded.mark.file], recorded.mark.line});
}

// The latest recognition of rep answering key, dated on or before day, or nullptr.
const Event* answer_to(const Model& model, std::string_view rep, std::string_view key, Date day) {
    const Event* latest = nullptr;
    for (const Event& e : model.events)
        if (e.type == EventType::recognition && e.rep == rep && e.for_key == key && e.date <= day &&
            (!latest || latest->date < e.date))
            latest = &e;
    return latest;
}

// --for must name a suggestion `recognize` shows for the person on the event's day: an early answer (say
// anniversary:1y months before it) would hide the real one when it comes.
void refuse_answer_to_nothing(const Model& model, const Representative& rep, const Event& event,
                              const RecordOptions& options) {
    std::vector<std::string> keys;
    for (const Suggestion& suggestion : recognition_suggestions(Snapshot{model, event.date}, rep))
        keys.push_back(suggestion.key);
    if (std::find(keys.begin(), keys.end(), event.for_key) != keys.end()) return;
    if (const Event* answer = answer_to(model, rep.id, event.for_key, event.date)) {
        if (options.again) return;
        throw Error(exit_usage, Message{MessageId::for_already_answered, event.for_key, answer->date.iso(),
                                        model.files[answer->mark.file], answer->mark.line});
    }
    if (options.force) return;
    const Message current = keys.empty()
                                ? Message{MessageId::suggestions_none, rep.id}
                                : Message{MessageId::suggestions_are, fmt::format("{}", fmt::join(keys, ", "))};
    throw Error(exit_usage, Message{MessageId::for_not_suggested, event.for_key, rep.id, event.date.iso(), current,
                                    rep.id, event.date.iso()});
}

// The refusals that need the data: an unknown person (a usage error, as in every command), a repeat, and an
// answer to a suggestion that is not there.
void refuse_slips(const Model& model, const Event& event, const RecordOptions& options) {
    const Representative& rep = require_representative(model, event.rep);
    if (!options.again) refuse_repeat(model, event);
    if (!event.for_key.empty()) refuse_answer_to_nothing(model, rep, event, options);
}

int run_record(const GlobalOptions& global, EventType type, const RecordOptions& options) {
    RecordRequest request;
    request.data_paths = resolve_data_paths(global);
    request.file = options.file;
    request.dry_run = options.dry_run;
    request.wait = wait_option(options.wait_seconds);
    Event& event = request.event;
    event.type = type;
    event.rep = options.rep;
    event.date = options.date.empty() ? resolve_as_of(global) : parse_date_option("--date", options.date);
    event.milestone = options.milestone;
    event.role = options.role;
    event.by = options.by;
    event.note = options.note;
    event.action = options.action;
    event.for_key = options.for_key;
    event.answer = nomination_answer_from(options.answer).value_or(NominationAnswer::none);
    // Checked before anything is read, so a mistyped key is a usage error rather than an answer to nothing.
    if (!event.for_key.empty() && !suggestion_key_kind(event.for_key))
        throw Error(exit_usage, Message{MessageId::for_option_not_a_key, event.for_key});
    refuse_future_date(event.date, options.future);
    request.vet = [&options, &event](const Model& model) { refuse_slips(model, event, options); };

    const RecordResult result = record_event(request);
    print_load_problems(result);
    if (count_errors(result.diagnostics) > 0)
        throw Error(exit_data, Message{result.item.empty() ? MessageId::data_errors_nothing_recorded
                                                           : MessageId::event_not_recorded});
    // The file may be named by the data, and the item quotes the note: both shown through text/printable.
    const std::string file = visible(result.file);
    const std::string item = visible_lines(result.item);
    const Language language = message_language();
    if (options.dry_run)
        std::cout << Message{result.created ? MessageId::would_create : MessageId::would_append, file, item}.text(
            language);
    else
        std::cout << Message{result.created ? MessageId::recorded_in_new_file : MessageId::recorded_in, file, item}
                         .text(language);
    if (result.outside_data)
        std::cerr << "repjourney: " << Message{MessageId::label_warning}.text(language) << ": "
                  << Message{MessageId::recorded_outside_data, file}.text(language) << "\n";
    return exit_ok;
}

// An empty note says nothing and would hide a script's missing variable: refused, as an empty value in the data is.
std::string blank_note_problem(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos
               ? Message{MessageId::note_is_empty}.text(message_language())
               : std::string{};
}

Command add_type(Command record, const GlobalOptions& global, CommandRunner& runner, EventType type,
                 const std::string& description) {
    auto options = std::make_shared<RecordOptions>();
    Command sub = record.subcommand(std::string{to_string(type)}, description);
    sub.option("REP", options->rep, "The representative's id").required();
    if (type == EventType::milestone) {
        sub.option("MILESTONE", options->milestone, "The journey milestone's id").required();
        sub.option("--role", options->role, "The role whose milestone it is, when several of theirs have it");
    }
    if (type == EventType::nomination) {
        sub.option("ROLE", options->role, "The role of the mandate (a role id)").required();
        sub.option("--answer", options->answer, "What they told the nominating committee about another term")
            .required()
            .one_of({"yes", "no", "undecided"});
    }
    if (type == EventType::feedback || type == EventType::recognition)
        sub.option("--by", options->by, "Who held the conversation or gave the recognition (coordinator id)");
    if (type == EventType::recognition) {
        sub.option("--for", options->for_key,
                   "The suggestion it answers: a key 'recognize' shows for the person that day");
        sub.option("--action", options->action, "The recognition action given (catalogue id)");
    }
    sub.option("--note", options->note, "A note (kept in the data; never in digests unless asked)")
        .check(blank_note_problem)
        .required(type == EventType::note);
    sub.option("--date", options->date, "The day it happened (YYYY-MM-DD); default --as-of, else today")
        .type_name("DATE");
    sub.option("--file", options->file, "Append to this file instead of the data's events file").type_name("FILE");
    sub.flag("--dry-run", options->dry_run, "Show the YAML that would be appended; write nothing");
    sub.flag("--future", options->future, "Record it even though its date is after today");
    if (type == EventType::recognition)
        sub.flag("--force", options->force, "Record it even though --for is not among the current suggestions");
    sub.flag("--again", options->again,
             type == EventType::recognition
                 ? "Record it even though the same event, or an answer to its --for, is already in the data"
                 : "Record it even though the same event is already in the data");
    sub.option("--wait", options->wait_seconds, "Seconds to wait for another writer's lock (default 10)")
        .non_negative()
        .type_name("SECONDS");
    sub.on_chosen(
        [&, type, options] { runner = [&global, type, options] { return run_record(global, type, *options); }; });
    return sub;
}
}  // namespace

void add_record_command(Command app, const GlobalOptions& global, CommandRunner& runner) {
    Command record = app.subcommand("record",
                                    "Append an event (feedback, milestone, recognition, note, nomination), "
                                    "validated first, safely");
    record.require_subcommand();
    add_type(record, global, runner, EventType::feedback, "Record a feedback conversation");
    add_type(record, global, runner, EventType::milestone, "Record a journey milestone as done");
    add_type(record, global, runner, EventType::recognition, "Record a recognition given");
    add_type(record, global, runner, EventType::note, "Record a note");
    add_type(record, global, runner, EventType::nomination,
             "Record a person's answer to the nominating committee about another term");
}

}  // namespace repjourney

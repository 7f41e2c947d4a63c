#include "render/export_json.hpp"

#include "engine/summary.hpp"
#include "render/json_writer.hpp"
#include "render/recognize_report.hpp"
#include "render/retention_report.hpp"
#include "render/status_json.hpp"
#include "render/vacancies_report.hpp"
#include "render/words.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
// The export's own version: it grows with added fields, and changes only when a field changes meaning.
constexpr int export_version = 1;

std::optional<std::string> text_of(const std::optional<Duration>& duration) {
    if (!duration) return std::nullopt;
    return duration->text();
}

// As the data files write it: 3m, end-3m, end.
std::string due_text(const MilestoneDue& due) {
    if (due.anchor == MilestoneDue::Anchor::start) return due.offset.text();
    return due.offset == Duration{} ? "end" : "end-" + due.offset.text();
}

// E-mail addresses are left out of a redacted export, rather than written empty.
void write_email(JsonWriter& json, const std::string& email, const Privacy& privacy) {
    if (!privacy.redact) json.field("email", email);
}

void write_organisation(JsonWriter& json, const ExportData& data) {
    const Organisation& organisation = data.snapshot.organisation();
    const Privacy& privacy = data.privacy;
    json.key("organisation").begin_object().field("name", organisation.name);
    write_email(json, organisation.email, privacy);
    json.field("language", organisation.language == Language::sv ? "sv" : "en");
    json.field("feedback_every", organisation.feedback_every.text()).field("due_soon", organisation.due_soon.text());
    json.field("renewal_window", organisation.renewal_window.text());
    json.key("coordinators").begin_array();
    for (const Coordinator& c : organisation.coordinators) {
        json.begin_object().field("id", c.id).field("name", c.name);
        write_email(json, c.email, privacy);
        json.end_object();
    }
    json.end_array();
    const RecognitionPolicy& recognition = organisation.recognition;
    json.key("recognition").begin_object().field("window", recognition.window.text());
    json.key("anniversaries").begin_array();
    for (const Duration& d : recognition.anniversaries) json.value(d.text());
    json.end_array().field("quiet_after", recognition.quiet_after.text());
    json.key("actions").begin_array();
    for (const RecognitionAction& action : recognition.actions) {
        json.begin_object().field("id", action.id).field("title", action.title).key("for").begin_array();
        for (const SuggestionKind kind : action.for_kinds) json.value(to_string(kind));
        json.end_array().field("at_annual_meeting", action.at_annual_meeting).end_object();
    }
    json.end_array().end_object();
    json.key("adaptations").begin_array();
    for (const Adaptation& a : organisation.adaptations) {
        json.begin_object().field("label", a.label).field("born_from", a.born_from).field("born_until", a.born_until);
        json.field("feedback_every", text_of(a.feedback_every)).end_object();
    }
    // The catalogue that applies (the built-in one when the organisation lists none), titled in the
    // export's language: what a program needs to name the representatives' left_reason.
    json.end_array().key("exit_reasons").begin_array();
    for (const ExitReason& reason : exit_reasons(organisation))
        json.begin_object()
            .field("id", reason.id)
            .field("title", exit_reason_title(reason, data.language))
            .end_object();
    json.end_array().end_object();
}

void write_roles(JsonWriter& json, const std::vector<Role>& roles) {
    json.key("roles").begin_array();
    for (const Role& role : roles) {
        json.begin_object().field("id", role.id).field("title", role.title).field("description", role.description);
        json.key("expectations").begin_array();
        for (const std::string& e : role.expectations) json.value(e);
        json.end_array().field("term", text_of(role.term)).field("feedback_every", text_of(role.feedback_every));
        json.key("journey").begin_array();
        for (const Milestone& m : role.journey) {
            json.begin_object().field("id", m.id).field("title", m.title).field("due", due_text(m.due));
            json.field("every", text_of(m.every)).key("recognize");
            if (!m.recognize_action.empty())
                json.value(m.recognize_action);
            else
                json.value(m.recognize);
            json.field("scope", m.scope == MilestoneScope::term ? "term" : "role").end_object();
        }
        json.end_array().end_object();
    }
    json.end_array();
}

void write_overdue(JsonWriter& json, const OverdueCounts& overdue) {
    json.key("overdue").begin_object().field("milestones", overdue.milestones).field("feedback", overdue.feedback);
    json.field("goals", overdue.goals).field("nominations", overdue.nominations).end_object();
}

void write_summary(JsonWriter& json, const ExportData& data) {
    const Summary& summary = data.findings.summary;
    json.key("summary").begin_object().field("people", summary.people).key("stages").begin_object();
    for (const Stage stage : all_stages)
        json.field(to_string(stage), summary.stages.at(static_cast<std::size_t>(stage)));
    json.end_object();
    write_overdue(json, summary.overdue);
    json.field("at_risk", summary.at_risk).key("coordinators").begin_array();
    for (const CoordinatorLoad& load : summary.coordinators) {
        json.begin_object();
        if (load.coordinator)
            json.field("id", load.coordinator->id).field("name", load.coordinator->name);
        else
            json.key("id").null().key("name").null();
        json.field("people", load.people);
        write_overdue(json, load.overdue);
        json.field("people_overdue", load.people_overdue).field("at_risk", load.at_risk).end_object();
    }
    json.end_array().end_object();
}

void write_suggestion(JsonWriter& json, const Suggestion& s, const ExportData& data) {
    write_suggestion_json(json, s, data.snapshot.as_of(), data.language);
}

void write_representative(JsonWriter& json, const RepresentativeStatus& status, const ExportData& data) {
    const Representative& rep = *status.representative;
    json.begin_object();
    write_representative_fields(json, status);
    write_email(json, rep.email, data.privacy);
    if (data.privacy.include_born) json.field("born", rep.born);
    json.field("feedback_every", text_of(rep.feedback_every)).key("pause");
    if (rep.paused)
        json.begin_object().field("from", rep.paused->from).field("until", rep.paused->until).end_object();
    else
        json.null();
    json.field("service_start", status.service_start);
    json.key("events").begin_array();
    for (const Event* e : data.snapshot.events_of(rep)) write_event_json(json, *e);
    json.end_array().key("suggestions").begin_array();
    for (const Suggestion* s : data.findings.suggestions_of(rep)) write_suggestion(json, *s, data);
    json.end_array().end_object();
}
}  // namespace

void write_export_json(const ExportData& data, std::ostream& out) {
    const Model& model = data.snapshot.model();
    JsonWriter json;
    json.begin_object().field("format", "repjourney-export").field("version", export_version);
    json.field("as_of", data.snapshot.as_of()).field("language", data.language == Language::sv ? "sv" : "en");
    json.key("privacy").begin_object().field("notes", data.privacy.include_notes);
    json.field("born", data.privacy.include_born).field("redacted", data.privacy.redact).end_object();
    write_organisation(json, data);
    write_roles(json, model.roles);
    write_summary(json, data);
    json.key("representatives").begin_array();
    make_in_order(
        data.statuses.size(),
        [&](std::size_t begin, std::size_t end) {
            JsonWriter items = JsonWriter::array_items(JsonLayout::pretty, json.depth(), begin > 0);
            for (std::size_t i = begin; i < end; ++i) write_representative(items, data.statuses[i], data);
            return items.take_items();
        },
        [&](const std::string& run) { json.write_items(out, run); });
    json.end_array().key("suggestions").begin_array();
    for (const Suggestion& s : data.suggestions) {
        write_suggestion(json, s, data);
        json.write_partial(out);
    }
    json.end_array().key("retention");
    write_retention_json(json, data.retention);
    json.key("seats");
    write_seats_json(json, data.findings.seats);
    json.end_object();
    json.write_partial(out);
    out << "\n";
}

}  // namespace repjourney

#include "render/status_json.hpp"

#include "engine/urgency.hpp"

namespace repjourney {

namespace {
void write_milestone(JsonWriter& json, const MilestoneStatus& m) {
    json.begin_object();
    json.field("id", m.milestone->id).field("title", m.milestone->title).field("due", m.due);
    json.field("state", to_string(m.state));
    json.optional_field("done", m.done);
    if (m.milestone->repeating()) json.field("last", m.last);
    json.optional_field("days_overdue", m.days_overdue);
    json.field("repeating", m.milestone->repeating());
    json.end_object();
}

void write_assignment(JsonWriter& json, const AssignmentStatus& a) {
    json.begin_object();
    json.field("role", a.assignment->role).field("start", a.assignment->start).field("end", a.assignment->end);
    if (!a.assignment->workplace.empty()) json.field("workplace", a.assignment->workplace);
    json.field("active", a.active);
    json.key("milestones").begin_array();
    for (const auto& m : a.milestones) write_milestone(json, m);
    json.end_array();
    if (const std::optional<NominationStatus>& n = a.nomination) {
        json.key("nomination").begin_object().field("due", n->due).field("state", to_string(n->state));
        json.optional_field("days_overdue", n->days_overdue);
        json.key("answer");
        if (n->answer == NominationAnswer::none)
            json.null();
        else
            json.value(to_string(n->answer));
        json.optional_field("answered", n->answered);
        json.end_object();
    }
    json.end_object();
}

void write_feedback_json(JsonWriter& json, const std::optional<FeedbackStatus>& feedback) {
    json.key("feedback");
    if (!feedback) {
        json.null();
        return;
    }
    json.begin_object();
    json.field("every_days", feedback->every_days).field("last", feedback->last);
    json.field("next_due", feedback->next_due).field("state", to_string(feedback->state));
    json.optional_field("days_overdue", feedback->days_overdue);
    json.end_object();
}

void write_next_step(JsonWriter& json, const std::optional<OpenItem>& step) {
    json.key("next_step");
    if (!step) {
        json.null();
        return;
    }
    json.begin_object();
    json.field("kind", to_string(step->kind));
    if (step->role) json.field("role", step->role->id);
    if (step->milestone) json.field("milestone", step->milestone->id).field("title", step->milestone->title);
    if (step->goal) json.field("goal", step->goal->id).field("title", step->goal->title);
    json.field("due", step->due).field("state", to_string(step->state));
    json.optional_field("days_overdue", step->days_overdue);
    json.end_object();
}
}  // namespace

void write_representative_json(JsonWriter& json, const RepresentativeStatus& status) {
    json.begin_object();
    write_representative_fields(json, status);
    json.end_object();
}

void write_representative_fields(JsonWriter& json, const RepresentativeStatus& status) {
    const Representative& rep = *status.representative;
    json.field("id", rep.id).field("name", rep.name);
    json.field("active", status.active).field("paused", status.paused).field("stage", to_string(status.stage));
    json.key("assignments").begin_array();
    for (const auto& a : status.assignments) write_assignment(json, a);
    json.end_array();
    write_feedback_json(json, status.feedback);
    json.field("branch", rep.branch).field("coordinator", rep.coordinator);
    if (!rep.phone.empty()) json.field("phone", rep.phone);
    json.optional_field("left", rep.left);
    if (!rep.left_reason.empty()) json.field("left_reason", rep.left_reason);
    const Progress& progress = status.progress;
    json.key("progress").begin_object().field("done", progress.done).field("total", progress.total).end_object();
    write_next_step(json, status.next_step);
    json.key("goals").begin_array();
    for (const auto& g : status.goals) {
        json.begin_object().field("id", g.goal->id).field("title", g.goal->title).field("due", g.goal->due);
        json.field("done", g.goal->done).field("state", to_string(g.state));
        json.optional_field("days_overdue", g.days_overdue).end_object();
    }
    json.end_array();
    json.key("signals").begin_array();
    for (const auto& s : status.signals) {
        json.begin_object().field("kind", to_string(s.kind)).field("count", s.count).field("days", s.days);
        json.field("date", s.date).end_object();
    }
    json.end_array();
    json.field("at_risk", status.at_risk());
}

void write_event_json(JsonWriter& json, const Event& event) {
    json.begin_object().field("date", event.date).field("type", to_string(event.type));
    for_each_set_text(event, [&](std::string_view key, std::string_view value) { json.field(key, value); });
    json.end_object();
}

}  // namespace repjourney

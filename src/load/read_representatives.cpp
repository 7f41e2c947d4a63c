#include <set>

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> representative_keys = {
    "id",     "name", "email",       "phone",       "branch", "coordinator", "born", "feedback_every",
    "paused", "left", "left_reason", "assignments", "goals"};
const std::vector<std::string_view> pause_keys = {"from", "until"};
const std::vector<std::string_view> assignment_keys = {"role", "start", "end", "workplace"};
const std::vector<std::string_view> goal_keys = {"id", "title", "due", "done"};

// Why the person left: an exit reason id, checked against the catalogue once every file is read
// (the organisation may be in another file). A reason without `left` is a slip, reported at its key.
void read_left_reason(Fields& fields, Representative& rep, SectionReader& reader) {
    rep.left_reason = fields.id("left_reason");
    const YamlNode* value = fields.value("left_reason");
    if (!value) return;
    if (!fields.has("left"))
        reader.problems.error(fields.key_mark("left_reason"), Message{MessageId::left_reason_needs_left});
    reader.refer(Reference::Kind::exit_reason, rep.left_reason, value->mark);
}
}  // namespace

void SectionReader::representatives(const YamlNode& node, std::vector<Representative>& out) {
    for (const YamlNode& item : section_items(node, "representatives", problems)) representative(item, out);
}

void SectionReader::representative(const YamlNode& item, std::vector<Representative>& out) {
    Fields r{item, MessageId::the_representative, representative_keys, problems};
    if (!r.is_mapping()) return;
    Representative rep;
    rep.mark = item.mark;
    rep.id = r.id("id", Need::required);
    rep.name = r.text("name", Need::required);
    rep.email = r.text("email");
    rep.phone = r.text("phone");
    rep.branch = r.text("branch");
    rep.coordinator = r.id("coordinator");
    if (const YamlNode* c = r.value("coordinator")) refer(Reference::Kind::coordinator, rep.coordinator, c->mark);
    rep.born = r.year("born");
    rep.feedback_every = r.cadence("feedback_every");
    rep.left = r.date("left");
    read_left_reason(r, rep, *this);

    if (const YamlNode* paused = r.value("paused")) {
        Fields p{*paused, MessageId::the_pause, pause_keys, problems};
        const auto from = p.date("from", Need::required);
        const auto until = p.date("until");
        if (from) rep.paused = Pause{*from, until};
        if (from && until && *until < *from)
            problems.error(p.value("until")->mark,
                           Message{MessageId::pause_ends_before_start, until->iso(), from->iso()});
    }

    for (const YamlNode& a : r.list("assignments")) {
        Fields f{a, MessageId::the_assignment, assignment_keys, problems};
        if (!f.is_mapping()) continue;
        Assignment assignment;
        assignment.mark = a.mark;
        assignment.role = f.id("role", Need::required);
        if (const YamlNode* role = f.value("role")) refer(Reference::Kind::role, assignment.role, role->mark);
        const auto start = f.date("start", Need::required);
        assignment.end = f.date("end");
        assignment.workplace = f.text("workplace");
        if (!start) continue;  // reported; an assignment without a start means nothing
        assignment.start = *start;
        if (assignment.end && *assignment.end < assignment.start)
            problems.error(f.value("end")->mark, Message{MessageId::assignment_ends_before_start, assignment.end->iso(),
                                                         assignment.start.iso()});
        rep.assignments.push_back(std::move(assignment));
    }

    std::set<std::string> goal_ids;
    for (const YamlNode& g : r.list("goals")) {
        Fields f{g, MessageId::the_goal, goal_keys, problems};
        if (!f.is_mapping()) continue;
        Goal goal{std::string{f.id("id", Need::required)}, std::string{f.text("title", Need::required)}, f.date("due"),
                  f.date("done"), g.mark};
        if (!goal.id.empty() && !goal_ids.insert(goal.id).second)
            problems.error(f.value("id")->mark, Message{MessageId::duplicate_goal, goal.id, rep.id});
        rep.goals.push_back(std::move(goal));
    }
    out.push_back(std::move(rep));
}

}  // namespace repjourney

#include <set>

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> role_keys = {"id",   "title",          "description", "expectations",
                                                 "term", "feedback_every", "journey",     "notify_employer"};
const std::vector<std::string_view> milestone_keys = {"id", "title", "due", "every", "recognize", "scope"};

// `3m` counts from the start, `end-3m` back from the end (`end` alone is the end itself).
std::optional<MilestoneDue> read_due(const YamlNode& node, Problems& problems) {
    if (!node.is_scalar()) {
        problems.error(node.mark,
                       Message{MessageId::not_single_value, Message{MessageId::quoted, "due"}, describe(node)});
        return std::nullopt;
    }
    std::string_view text = node.text;
    if (text == "end") return MilestoneDue{MilestoneDue::Anchor::end, Duration{}};
    if (text.starts_with("end-")) {
        if (const auto offset = Duration::parse(text.substr(4)))
            return MilestoneDue{MilestoneDue::Anchor::end, *offset};
    } else if (const auto offset = Duration::parse(text)) {
        return MilestoneDue{MilestoneDue::Anchor::start, *offset};
    }
    problems.error(node.mark, Message{MessageId::invalid_due, node.text});
    return std::nullopt;
}

void read_recognize(const YamlNode& node, Milestone& milestone, SectionReader& reader) {
    if (!node.is_scalar()) {
        reader.problems.error(node.mark, Message{MessageId::invalid_recognize, describe(node)});
        return;
    }
    if (const auto flag = plain_boolean(node)) {
        milestone.recognize = *flag;
    } else if (const auto action = read_id(node, Message{MessageId::quoted, "recognize"}, reader.problems)) {
        milestone.recognize = true;
        milestone.recognize_action = *action;
        reader.refer(Reference::Kind::action, *action, node.mark);
    }
}

// fml or true: förtroendemannalagen; aml: arbetsmiljölagen; false: no notice.
EmployerNotice read_notify_employer(const YamlNode& node, Problems& problems) {
    const std::string_view text = node.is_scalar() ? std::string_view{node.text} : std::string_view{};
    if (const auto flag = plain_boolean(node)) return *flag ? EmployerNotice::fml : EmployerNotice::none;
    if (text == "fml") return EmployerNotice::fml;
    if (text == "aml") return EmployerNotice::aml;
    problems.error(node.mark,
                   Message{MessageId::invalid_notify_employer, node.is_scalar() ? Message{node.text} : describe(node)});
    return EmployerNotice::none;
}

Milestone read_milestone(const YamlNode& item, SectionReader& reader) {
    Fields m{item, MessageId::the_milestone, milestone_keys, reader.problems};
    Milestone milestone;
    milestone.mark = item.mark;
    if (!m.is_mapping()) return milestone;
    milestone.id = m.id("id", Need::required);
    milestone.title = m.text("title", Need::required);
    if (const YamlNode* due = m.value("due")) {
        if (auto parsed = read_due(*due, reader.problems)) milestone.due = *parsed;
    } else {
        m.text("due", Need::required);  // reports it missing
    }
    milestone.every = m.cadence("every");
    if (const YamlNode* recognize = m.value("recognize")) read_recognize(*recognize, milestone, reader);
    if (const YamlNode* scope = m.value("scope")) {
        if (scope->text == "term")
            milestone.scope = MilestoneScope::term;
        else if (scope->text != "role")
            reader.problems.error(scope->mark, Message{MessageId::invalid_scope, scope->text});
    }
    return milestone;
}
}  // namespace

void SectionReader::roles(const YamlNode& node, std::vector<Role>& out) {
    for (const YamlNode& item : section_items(node, "roles", problems)) role(item, out);
}

void SectionReader::role(const YamlNode& item, std::vector<Role>& out) {
    Fields r{item, MessageId::the_role, role_keys, problems};
    if (!r.is_mapping()) return;
    Role role;
    role.mark = item.mark;
    role.id = r.id("id", Need::required);
    role.title = r.text("title", Need::required);
    role.description = r.text("description");
    role.expectations = r.text_list("expectations");
    role.term = r.duration("term");
    role.feedback_every = r.cadence("feedback_every");
    std::set<std::string> milestone_ids;
    for (const YamlNode& m : r.list("journey")) {
        Milestone milestone = read_milestone(m, *this);
        if (!milestone.id.empty() && !milestone_ids.insert(milestone.id).second)
            problems.error(m.mark, Message{MessageId::duplicate_milestone, milestone.id, role.id});
        role.journey.push_back(std::move(milestone));
    }
    if (const YamlNode* notify = r.value("notify_employer"))
        role.notify_employer = read_notify_employer(*notify, problems);
    out.push_back(std::move(role));
}

}  // namespace repjourney

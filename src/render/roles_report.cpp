#include "render/roles_report.hpp"

#include "render/duration_words.hpp"
#include "render/i18n.hpp"
#include "render/markdown.hpp"
#include "text/printable.hpp"
#include "text/sentence_case.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
// One role in words, laid out as text or Markdown afterwards.
struct JourneyStep {
    std::string title;
    std::string due;
    std::vector<std::string> notes;
};

struct RoleDescription {
    std::string title;
    std::vector<std::string> description;  // its lines, as written
    std::string term;
    std::string feedback;
    std::vector<std::string> expectations;
    std::vector<JourneyStep> journey;
};

std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> lines;
    while (!text.empty()) {
        const auto end = text.find('\n');
        std::string line = one_line(text.substr(0, end));
        line.erase(line.find_last_not_of(' ') + 1);
        lines.push_back(std::move(line));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    }
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    return lines;
}

// The title of the action a milestone's `recognize` names: the catalogue's, else a built-in one.
std::string action_title(const Organisation& organisation, const std::string& id) {
    for (const auto& action : organisation.recognition.actions)
        if (action.id == id) return action.title;
    for (const auto& action : builtin_actions())
        if (action.id == id) return action.title;
    return id;
}

JourneyStep journey_step(const Milestone& milestone, const Role& role, const Organisation& organisation,
                         Language language) {
    JourneyStep step{one_line(milestone.title), milestone_due_words(language, milestone), {}};
    if (milestone.due.anchor == MilestoneDue::Anchor::end && !role.term)
        step.notes.push_back(tr(language, Msg::role_needs_end));
    if (milestone.recognize)
        step.notes.push_back(milestone.recognize_action.empty()
                                 ? tr(language, Msg::role_recognised)
                                 : tr(language, Msg::role_recognised_with,
                                      in_sentence(one_line(action_title(organisation, milestone.recognize_action)))));
    if (milestone.scope == MilestoneScope::term) step.notes.push_back(tr(language, Msg::role_scope_term));
    return step;
}

RoleDescription describe(const Role& role, const Organisation& organisation, Language language) {
    RoleDescription d;
    d.title = one_line(role.title);
    d.description = lines_of(role.description);
    d.term =
        tr(language, Msg::role_term, role.term ? duration_words(language, *role.term) : tr(language, Msg::open_ended));
    d.feedback = tr(language, Msg::role_feedback,
                    every_words(language, role.feedback_every.value_or(organisation.feedback_every)));
    for (const auto& expectation : role.expectations) d.expectations.push_back(one_line(expectation));
    for (const auto& milestone : role.journey)
        d.journey.push_back(journey_step(milestone, role, organisation, language));
    return d;
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : std::string{separator}) + part;
    return out;
}

std::string as_text(const RoleDescription& d, Language language) {
    std::string out = d.title + "\n" + std::string(std::max<std::size_t>(display_width(d.title), 1), '=') + "\n";
    if (!d.description.empty()) out += "\n" + joined(d.description, "\n") + "\n";
    out += "\n" + d.term + "\n" + d.feedback + "\n";
    if (!d.expectations.empty()) {
        out += "\n" + tr(language, Msg::role_expectations) + "\n";
        for (const auto& expectation : d.expectations) out += "  - " + expectation + "\n";
    }
    if (!d.journey.empty()) {
        out += "\n" + tr(language, Msg::role_journey) + "\n";
        const std::size_t number_width = std::to_string(d.journey.size()).size();
        for (std::size_t i = 0; i < d.journey.size(); ++i) {
            const JourneyStep& step = d.journey[i];
            const std::string number = std::to_string(i + 1) + ".";
            const std::string indent(2 + number_width + 2, ' ');
            out += "  " + std::string(number_width + 1 - number.size(), ' ') + number + " " + step.title + "\n";
            std::vector<std::string> details{step.due};
            details.insert(details.end(), step.notes.begin(), step.notes.end());
            out += indent + joined(details, "; ") + "\n";
        }
    }
    return out;
}

std::string as_markdown(const RoleDescription& d, Language language) {
    std::string out = "# " + markdown_escaped(d.title) + "\n";
    if (!d.description.empty()) {
        out += "\n";
        for (const auto& line : d.description) out += markdown_escaped(line) + "\n";
    }
    out += "\n- " + markdown_escaped(d.term) + "\n- " + markdown_escaped(d.feedback) + "\n";
    if (!d.expectations.empty()) {
        out += "\n## " + tr(language, Msg::role_expectations) + "\n\n";
        for (const auto& expectation : d.expectations) out += "- " + markdown_escaped(expectation) + "\n";
    }
    if (!d.journey.empty()) {
        out += "\n## " + tr(language, Msg::role_journey) + "\n\n";
        for (std::size_t i = 0; i < d.journey.size(); ++i) {
            const JourneyStep& step = d.journey[i];
            std::vector<std::string> details{step.due};
            details.insert(details.end(), step.notes.begin(), step.notes.end());
            out += std::to_string(i + 1) + ". **" + markdown_escaped(step.title) +
                   "**: " + markdown_escaped(joined(details, "; ")) + "\n";
        }
    }
    return out;
}
}  // namespace

std::string render_roles(const std::vector<const Role*>& roles, const Organisation& organisation, Language language,
                         RolesFormat format) {
    if (roles.empty()) return tr(language, Msg::roles_none) + "\n";
    std::string out;
    for (const Role* role : roles) {
        if (!out.empty()) out += "\n";
        const RoleDescription d = describe(*role, organisation, language);
        out += format == RolesFormat::markdown ? as_markdown(d, language) : as_text(d, language);
    }
    return out;
}

}  // namespace repjourney

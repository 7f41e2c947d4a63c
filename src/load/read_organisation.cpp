#include <set>

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> organisation_keys = {
    "name",           "email",        "language",    "feedback_every", "due_soon",
    "renewal_window", "coordinators", "recognition", "adaptations",    "exit_reasons"};
const std::vector<std::string_view> coordinator_keys = {"id", "name", "email"};
const std::vector<std::string_view> recognition_keys = {"window", "anniversaries", "quiet_after", "actions"};
const std::vector<std::string_view> action_keys = {"id", "title", "for"};
const std::vector<std::string_view> adaptation_keys = {"label", "born_from", "born_until", "feedback_every"};
const std::vector<std::string_view> exit_reason_keys = {"id", "title"};

// "anniversary, milestone, goal, term, farewell or quiet": the kinds an action may be `for`.
std::string kinds_in_words() {
    const auto& words = suggestion_kind_words();
    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0) out += i + 1 == words.size() ? " or " : ", ";
        out += words[i];
    }
    return out;
}

// Reports an id already seen in the same list.
void check_unique(std::set<std::string>& seen, const std::string& id, SourceMark mark, std::string_view what,
                  Problems& problems) {
    if (!id.empty() && !seen.insert(id).second) problems.error(mark, fmt::format("duplicate {} id '{}'", what, id));
}
}  // namespace

void SectionReader::organisation(const YamlNode& node, Organisation& out) {
    Fields fields{node, "organisation", organisation_keys, problems};
    if (!fields.is_mapping()) return;
    out.defined = true;
    out.mark = node.mark;
    out.name = fields.text("name", Need::required);
    out.email = fields.mail_address("email");
    if (const YamlNode* language = fields.value("language")) {
        if (language->text == "sv")
            out.language = Language::sv;
        else if (language->text != "en")
            problems.error(language->mark, fmt::format("unsupported language '{}': use en or sv", language->text));
    }
    out.feedback_every = fields.cadence("feedback_every").value_or(out.feedback_every);
    out.due_soon = fields.duration("due_soon").value_or(out.due_soon);
    out.renewal_window = fields.duration("renewal_window").value_or(out.renewal_window);

    std::set<std::string> coordinator_ids;
    for (const YamlNode& item : fields.list("coordinators")) {
        Fields c{item, "coordinator", coordinator_keys, problems};
        if (!c.is_mapping()) continue;
        Coordinator coordinator{std::string{c.id("id", Need::required)}, std::string{c.text("name", Need::required)},
                                std::string{c.mail_address("email")}, item.mark};
        check_unique(coordinator_ids, coordinator.id, c.key_mark("id"), "coordinator", problems);
        out.coordinators.push_back(std::move(coordinator));
    }

    if (const YamlNode* recognition = fields.value("recognition")) {
        Fields r{*recognition, "recognition", recognition_keys, problems};
        auto& policy = out.recognition;
        policy.window = r.duration("window").value_or(policy.window);
        policy.quiet_after = r.duration("quiet_after").value_or(policy.quiet_after);
        if (r.has("anniversaries")) {
            policy.anniversaries.clear();
            for (const YamlNode& item : r.list("anniversaries"))
                if (auto d = read_duration(item, "an anniversary", problems)) policy.anniversaries.push_back(*d);
        }
        std::set<std::string> action_ids;
        for (const YamlNode& item : r.list("actions")) {
            Fields a{item, "recognition action", action_keys, problems};
            if (!a.is_mapping()) continue;
            RecognitionAction action{
                std::string{a.id("id", Need::required)}, std::string{a.text("title", Need::required)}, {}, item.mark};
            check_unique(action_ids, action.id, a.key_mark("id"), "recognition action", problems);
            for (const YamlNode& word : a.list("for")) {
                const auto kind = word.is_scalar() ? suggestion_kind_from(word.text) : std::nullopt;
                if (kind)
                    action.for_kinds.push_back(*kind);
                else
                    problems.error(word.mark,
                                   fmt::format("unknown kind of recognition '{}': use {}{}", word.text,
                                               kinds_in_words(), did_you_mean(word.text, suggestion_kind_words())));
            }
            out.recognition.actions.push_back(std::move(action));
        }
    }

    for (const YamlNode& item : fields.list("adaptations")) {
        Fields a{item, "adaptation", adaptation_keys, problems};
        if (!a.is_mapping()) continue;
        Adaptation adaptation{std::string{a.text("label")}, a.year("born_from"), a.year("born_until"),
                              a.cadence("feedback_every"), item.mark};
        if (adaptation.born_from && adaptation.born_until && *adaptation.born_until < *adaptation.born_from)
            problems.error(a.key_mark("born_until"), "born_until is before born_from");
        out.adaptations.push_back(std::move(adaptation));
    }

    std::set<std::string> exit_reason_ids;
    for (const YamlNode& item : fields.list("exit_reasons")) {
        Fields e{item, "exit reason", exit_reason_keys, problems};
        if (!e.is_mapping()) continue;
        ExitReason reason{
            std::string{e.id("id", Need::required)}, std::string{e.text("title", Need::required)}, {}, item.mark};
        check_unique(exit_reason_ids, reason.id, e.key_mark("id"), "exit reason", problems);
        out.exit_reasons.push_back(std::move(reason));
    }
}

}  // namespace repjourney

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "load/fields.hpp"
#include "load/sections.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
const std::vector<std::string_view> organisation_keys = {
    "name",           "email",           "language",       "feedback_every", "due_soon",
    "renewal_window", "coordinators",    "recognition",    "adaptations",    "exit_reasons",
    "annual_meeting", "nominations_due", "escalate_after", "escalate_to",    "seats"};
const std::vector<std::string_view> coordinator_keys = {"id", "name", "email"};
const std::vector<std::string_view> recognition_keys = {"window", "anniversaries", "quiet_after", "actions"};
const std::vector<std::string_view> action_keys = {"id", "title", "for", "at_annual_meeting"};
const std::vector<std::string_view> adaptation_keys = {"label", "born_from", "born_until", "feedback_every"};
const std::vector<std::string_view> exit_reason_keys = {"id", "title"};
const std::vector<std::string_view> seat_keys = {"role", "branch", "workplace", "count"};

// "anniversary, milestone, goal, term, farewell or quiet": the kinds an action may be `for`.
Message kinds_in_words() {
    const auto& words = suggestion_kind_words();
    std::string but_last;
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        if (i > 0) but_last += ", ";
        but_last += words[i];
    }
    return Message{MessageId::or_last, but_last, words.back()};
}

// A seat's count: a whole number from 1 to 9999, written in digits.
std::optional<int> parse_count(std::string_view text) {
    if (text.empty() || text.size() > 4 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    int count = 0;
    for (const char c : text) count = count * 10 + (c - '0');
    if (count < 1) return std::nullopt;
    return count;
}

// Reports an id already seen in the same list.
void check_unique(std::set<std::string>& seen, const std::string& id, SourceMark mark, MessageId what,
                  Problems& problems) {
    if (!id.empty() && !seen.insert(id).second)
        problems.error(mark, Message{MessageId::duplicate_id, Message{what}, id});
}
}  // namespace

void SectionReader::organisation(const YamlNode& node, Organisation& out) {
    Fields fields{node, MessageId::the_organisation, organisation_keys, problems};
    if (!fields.is_mapping()) return;
    out.defined = true;
    out.mark = node.mark;
    out.name = fields.text("name", Need::required);
    out.email = fields.mail_address("email");
    if (const YamlNode* language = fields.value("language")) {
        if (language->text == "sv")
            out.language = Language::sv;
        else if (language->text != "en")
            problems.error(language->mark, Message{MessageId::unsupported_language, language->text});
    }
    out.feedback_every = fields.cadence("feedback_every").value_or(out.feedback_every);
    out.due_soon = fields.duration("due_soon").value_or(out.due_soon);
    out.renewal_window = fields.duration("renewal_window").value_or(out.renewal_window);

    std::set<std::string> coordinator_ids;
    for (const YamlNode& item : fields.list("coordinators")) {
        Fields c{item, MessageId::the_coordinator, coordinator_keys, problems};
        if (!c.is_mapping()) continue;
        Coordinator coordinator{std::string{c.id("id", Need::required)}, std::string{c.text("name", Need::required)},
                                std::string{c.mail_address("email")}, item.mark};
        check_unique(coordinator_ids, coordinator.id, c.key_mark("id"), MessageId::a_coordinator, problems);
        out.coordinators.push_back(std::move(coordinator));
    }

    if (const YamlNode* recognition = fields.value("recognition")) {
        Fields r{*recognition, MessageId::the_recognition, recognition_keys, problems};
        auto& policy = out.recognition;
        policy.window = r.duration("window").value_or(policy.window);
        policy.quiet_after = r.duration("quiet_after").value_or(policy.quiet_after);
        if (r.has("anniversaries")) {
            policy.anniversaries.clear();
            for (const YamlNode& item : r.list("anniversaries"))
                if (auto d = read_duration(item, Message{MessageId::an_anniversary}, problems))
                    policy.anniversaries.push_back(*d);
        }
        std::set<std::string> action_ids;
        for (const YamlNode& item : r.list("actions")) {
            Fields a{item, MessageId::the_recognition_action, action_keys, problems};
            if (!a.is_mapping()) continue;
            RecognitionAction action{
                std::string{a.id("id", Need::required)}, std::string{a.text("title", Need::required)}, {}, item.mark};
            check_unique(action_ids, action.id, a.key_mark("id"), MessageId::a_recognition_action, problems);
            for (const YamlNode& word : a.list("for")) {
                const auto kind = word.is_scalar() ? suggestion_kind_from(word.text) : std::nullopt;
                if (kind)
                    action.for_kinds.push_back(*kind);
                else
                    problems.error(word.mark, Message{MessageId::unknown_recognition_kind, word.text, kinds_in_words(),
                                                      did_you_mean_message(word.text, suggestion_kind_words())});
            }
            action.at_annual_meeting = a.flag("at_annual_meeting").value_or(false);
            out.recognition.actions.push_back(std::move(action));
        }
    }

    for (const YamlNode& item : fields.list("adaptations")) {
        Fields a{item, MessageId::the_adaptation, adaptation_keys, problems};
        if (!a.is_mapping()) continue;
        Adaptation adaptation{std::string{a.text("label")}, a.year("born_from"), a.year("born_until"),
                              a.cadence("feedback_every"), item.mark};
        if (adaptation.born_from && adaptation.born_until && *adaptation.born_until < *adaptation.born_from)
            problems.error(a.key_mark("born_until"), Message{MessageId::born_until_before_from});
        out.adaptations.push_back(std::move(adaptation));
    }

    std::set<std::string> exit_reason_ids;
    for (const YamlNode& item : fields.list("exit_reasons")) {
        Fields e{item, MessageId::the_exit_reason, exit_reason_keys, problems};
        if (!e.is_mapping()) continue;
        ExitReason reason{
            std::string{e.id("id", Need::required)}, std::string{e.text("title", Need::required)}, {}, item.mark};
        check_unique(exit_reason_ids, reason.id, e.key_mark("id"), MessageId::an_exit_reason, problems);
        out.exit_reasons.push_back(std::move(reason));
    }

    out.annual_meeting = fields.date("annual_meeting");
    out.nominations_due = fields.duration("nominations_due").value_or(out.nominations_due);
    out.escalate_after = fields.cadence("escalate_after");
    out.escalate_to = fields.id("escalate_to");
    if (const YamlNode* to = fields.value("escalate_to"); to && !out.escalate_to.empty())
        refer(Reference::Kind::coordinator, out.escalate_to, to->mark);
    for (const YamlNode& item : fields.list("seats")) seat(item, out.seats);
}

void SectionReader::seat(const YamlNode& item, std::vector<Seat>& out) {
    Fields s{item, MessageId::the_seat, seat_keys, problems};
    if (!s.is_mapping()) return;
    Seat seat;
    seat.mark = item.mark;
    seat.role = s.id("role", Need::required);
    if (const YamlNode* role = s.value("role"); role && !seat.role.empty())
        refer(Reference::Kind::role, seat.role, role->mark);
    seat.branch = s.text("branch");
    seat.workplace = s.text("workplace");
    if (const YamlNode* count = s.value("count")) {
        const auto parsed = count->is_scalar() ? parse_count(count->text) : std::nullopt;
        if (parsed)
            seat.count = *parsed;
        else
            problems.error(count->mark, Message{MessageId::invalid_seat_count, count->text});
    }
    out.push_back(std::move(seat));
}

}  // namespace repjourney

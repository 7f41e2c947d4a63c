#include "render/scaffold.hpp"

#include <stdexcept>
#include <string_view>

#include "model/duration.hpp"
#include "render/scaffold_texts.hpp"

namespace repjourney {

namespace {
// The structure of each file, shared by the languages: keys, ids' places, durations. Every {{key}} is a
// word of scaffold_texts_*.cpp or a value computed below; one alone on a line is a block of lines, each
// indented like it.
constexpr std::string_view organisation_skeleton = R"yaml({{organisation_intro}}

organisation:
  {{name_comment}}
  name: {{organisation_name}}
  {{email_comment}}
  email: {{organisation_email}}
  {{language_comment}}
  language: {{language}}

  {{feedback_every_comment}}
  feedback_every: 8w
  {{due_soon_comment}}
  due_soon: 14d
  {{renewal_window_comment}}
  renewal_window: 3m

  {{coordinators_comment}}
  coordinators:
    - {id: {{coordinator_id}}, name: {{coordinator_name}}, email: {{coordinator_email}}}

  {{recognition_comment}}
  recognition:
    {{window_comment}}
    window: 30d
    {{anniversaries_comment}}
    anniversaries: [1y, 2y, 5y, 10y]
    {{quiet_after_comment}}
    quiet_after: 6m
    {{actions_comment}}
    actions:
      - {id: {{card_id}}, title: {{card_title}}, for: [milestone, goal, quiet]}
      - {id: {{coffee_id}}, title: {{coffee_title}}, for: [quiet, goal]}
      - {id: {{meeting_id}}, title: {{meeting_title}}, for: [anniversary, term, farewell]}
      - {id: {{gift_id}}, title: {{gift_title}}, for: [anniversary, farewell]}

  {{adaptations_comment}}
  adaptations:
    - {label: {{adaptation_label}}, born_from: 1997, feedback_every: 4w}
)yaml";

constexpr std::string_view roles_skeleton = R"yaml({{roles_intro}}

roles:
  - id: {{representative_id}}
    title: {{representative_title}}
    description: |
      {{representative_description}}
    expectations:
      {{representative_expectations}}
    term: 2y
    {{representative_notify}}
    journey:
      {{introduction_comment}}
      - {id: {{welcome_id}}, title: {{welcome_title}}, due: 1w}
      - {id: {{mentor_id}}, title: {{mentor_title}}, due: 2w}
      {{training_comment}}
      - {id: {{training_id}}, title: {{training_title}}, due: 3m, recognize: true}
      {{network_comment}}
      - {id: {{network_id}}, title: {{network_title}}, due: 2m, every: 6m}
      {{reflection_comment}}
      - {id: {{reflection_id}}, title: {{reflection_title}}, due: 6m, every: 1y, recognize: true}
      {{renewal_comment}}
      - {id: {{renewal_id}}, title: {{renewal_title}}, due: end-3m, scope: term}

  - id: {{board_id}}
    title: {{board_title}}
    description: |
      {{board_description}}
    expectations:
      {{board_expectations}}
    term: 2y
    {{board_feedback_comment}}
    feedback_every: 12w
    journey:
      - {id: {{welcome_id}}, title: {{board_welcome_title}}, due: 1w}
      - {id: {{mentor_id}}, title: {{board_mentor_title}}, due: 2w}
      - {id: {{board_introduction_id}}, title: {{board_introduction_title}}, due: 1m}
      - {id: {{board_training_id}}, title: {{board_training_title}}, due: 6m, recognize: true}
      - {id: {{reflection_id}}, title: {{reflection_title}}, due: 6m, every: 1y, recognize: true}
      - {id: {{renewal_id}}, title: {{board_renewal_title}}, due: end-3m, scope: term}
)yaml";

constexpr std::string_view representatives_skeleton = R"yaml({{representatives_intro}}

representatives:
  {{young_comment}}
  - id: {{young_id}}
    name: {{young_name}}
    email: {{young_email}}
    branch: {{branch}}
    coordinator: {{coordinator_id}}
    born: 2002
    assignments:
      - {role: {{representative_id}}, start: {{young_start}}}
    goals:
      - {id: {{goal_id}}, title: {{goal_title}}, due: {{goal_due}}}

  {{board_member_comment}}
  - id: {{board_member_id}}
    name: {{board_member_name}}
    email: {{board_member_email}}
    branch: {{branch}}
    coordinator: {{coordinator_id}}
    born: 1975
    assignments:
      - {role: {{board_id}}, start: {{board_start}}}

  {{prospect_comment}}
  - id: {{prospect_id}}
    name: {{prospect_name}}
    email: {{prospect_email}}
    branch: {{branch}}
    coordinator: {{coordinator_id}}
)yaml";

constexpr std::string_view events_skeleton = R"yaml({{events_intro}}

{{events_list}}
)yaml";

struct Skeleton {
    std::string_view name;
    std::string_view text;
};

constexpr Skeleton skeletons[] = {
    {"organisation.yaml", organisation_skeleton},
    {"roles.yaml", roles_skeleton},
    {"representatives.yaml", representatives_skeleton},
    {"events.yaml", events_skeleton},
};

struct Values {
    std::span<const ScaffoldText> texts;
    std::vector<std::pair<std::string_view, std::string>> computed;  // inserted as they are: they may be the user's
};

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The key of a {{key}} at text[pos], or empty when there is none.
std::string_view key_at(std::string_view text, std::size_t pos) {
    if (text.substr(pos, 2) != "{{") return {};
    std::size_t end = pos + 2;
    while (end < text.size() && is_key_char(text[end])) ++end;
    if (end == pos + 2 || text.substr(end, 2) != "}}") return {};
    return text.substr(pos + 2, end - pos - 2);
}

std::string fill(std::string_view text, const Values& values, int depth = 0);

// Each line of block after the first gets the indentation; empty lines stay empty.
std::string indent_block(std::string_view block, std::string_view indentation) {
    std::string out;
    for (std::size_t i = 0; i < block.size(); ++i) {
        out += block[i];
        if (block[i] == '\n' && i + 1 < block.size() && block[i + 1] != '\n') out += indentation;
    }
    return out;
}

// The value of key: a computed value as it is, a text of the table with its own keys filled.
std::string value_of(std::string_view key, const Values& values, int depth) {
    for (const auto& [k, v] : values.computed)
        if (k == key) return v;
    for (const auto& t : values.texts)
        if (t.key == key) return fill(t.text, values, depth + 1);
    // A word missing from a table is a bug; the unit tests fill every file in both languages.
    throw std::logic_error("scaffold text '" + std::string{key} + "' is missing");
}

std::string fill(std::string_view text, const Values& values, int depth) {
    if (depth > 3) throw std::logic_error("scaffold texts refer to each other too deeply");
    std::string out;
    std::size_t line_start = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::string_view key = key_at(text, pos);
        if (key.empty()) {
            if (text[pos] == '\n') line_start = out.size() + 1;
            out += text[pos++];
            continue;
        }
        const std::string value = value_of(key, values, depth);
        const std::string_view before = std::string_view{out}.substr(line_start);
        pos += key.size() + 4;
        const bool alone =
            before.find_first_not_of(' ') == std::string_view::npos && (pos == text.size() || text[pos] == '\n');
        out += alone ? indent_block(value, before) : value;
    }
    return out;
}

Values values_for(Language language, Date as_of) {
    // A young representative who started five days ago (the welcome call due in two days) and a board member
    // who starts today: on the day of init, `status` shows a healthy start, nothing overdue, and the next step.
    const Date young_start = as_of - Duration::of_days(5);
    const Date board_start = as_of;
    return Values{scaffold_texts(language),
                  {{"language", language == Language::sv ? "sv" : "en"},
                   {"young_start", young_start.iso()},
                   {"goal_due", (young_start + Duration::of_months(3)).iso()},
                   {"board_start", board_start.iso()},
                   {"example_date", as_of.iso()}}};
}
}  // namespace

std::vector<ScaffoldFile> scaffold_files(Language language, Date as_of) {
    const Values values = values_for(language, as_of);
    std::vector<ScaffoldFile> files;
    for (const auto& skeleton : skeletons) files.push_back({std::string{skeleton.name}, fill(skeleton.text, values)});
    return files;
}

std::string scaffold_report(Language language, const std::vector<std::string>& created, const std::string& dir,
                            const std::string& data_option) {
    std::string list;
    for (const auto& path : created) list += (list.empty() ? "  " : "\n  ") + path;
    Values values{scaffold_texts(language), {{"data_option", data_option}, {"created_files", list}}};
    values.computed.emplace_back("dir", dir == "." ? fill("{{this_directory}}", values) : dir);
    return fill("{{init_report}}", values);
}

}  // namespace repjourney

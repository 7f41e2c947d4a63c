#include "model/model.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace repjourney {

namespace {
template <typename T>
const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

constexpr std::array suggestion_kind_names = {
    std::pair{SuggestionKind::anniversary, std::string_view{"anniversary"}},
    std::pair{SuggestionKind::milestone, std::string_view{"milestone"}},
    std::pair{SuggestionKind::goal, std::string_view{"goal"}},
    std::pair{SuggestionKind::term, std::string_view{"term"}},
    std::pair{SuggestionKind::farewell, std::string_view{"farewell"}},
    std::pair{SuggestionKind::quiet, std::string_view{"quiet"}},
};

// The kinds in the table's order, so that the table is the one list of them.
constexpr auto all_suggestion_kinds = [] {
    std::array<SuggestionKind, suggestion_kind_names.size()> kinds{};
    for (std::size_t i = 0; i < kinds.size(); ++i) kinds[i] = suggestion_kind_names[i].first;
    return kinds;
}();

constexpr std::array event_type_names = {
    std::pair{EventType::milestone, std::string_view{"milestone"}},
    std::pair{EventType::feedback, std::string_view{"feedback"}},
    std::pair{EventType::recognition, std::string_view{"recognition"}},
    std::pair{EventType::note, std::string_view{"note"}},
    std::pair{EventType::nomination, std::string_view{"nomination"}},
};

constexpr std::array nomination_answer_names = {
    std::pair{NominationAnswer::yes, std::string_view{"yes"}},
    std::pair{NominationAnswer::no, std::string_view{"no"}},
    std::pair{NominationAnswer::undecided, std::string_view{"undecided"}},
};

template <typename Enum, std::size_t N>
std::string_view name_of(const std::array<std::pair<Enum, std::string_view>, N>& names, Enum value) {
    for (const auto& [e, name] : names)
        if (e == value) return name;
    return "?";
}

template <typename Enum, std::size_t N>
std::optional<Enum> value_of(const std::array<std::pair<Enum, std::string_view>, N>& names, std::string_view word) {
    for (const auto& [e, name] : names)
        if (name == word) return e;
    return std::nullopt;
}
}  // namespace

const Role* Model::find_role(std::string_view id) const { return find_by_id(roles, id); }
const Representative* Model::find_representative(std::string_view id) const { return find_by_id(representatives, id); }
const Coordinator* Model::find_coordinator(std::string_view id) const {
    return find_by_id(organisation.coordinators, id);
}
const Milestone* find_milestone(const Role& role, std::string_view id) { return find_by_id(role.journey, id); }

const std::vector<RecognitionAction>& builtin_actions() {
    using K = SuggestionKind;
    static const std::vector<RecognitionAction> actions = {
        {"personal-thanks", "A personal thank-you", {K::milestone, K::goal, K::quiet}, {}},
        {"mention-at-meeting", "A mention at the next meeting", {K::term}, {}},
        {"small-gift", "A small symbolic gift", {K::anniversary, K::farewell}, {}},
    };
    return actions;
}

const RecognitionAction& builtin_action_for(SuggestionKind kind) {
    for (const auto& action : builtin_actions())
        if (std::find(action.for_kinds.begin(), action.for_kinds.end(), kind) != action.for_kinds.end()) return action;
    return builtin_actions().front();
}

const std::vector<ExitReason>& builtin_exit_reasons() {
    static const std::vector<ExitReason> reasons = {
        {"moved", "Moved away", "Flyttat", {}},
        {"workload", "Too much to do", "För hög arbetsbelastning", {}},
        {"job-change", "Changed jobs", "Bytt jobb", {}},
        {"health", "Health", "Hälsa", {}},
        {"not-re-elected", "Not re-elected", "Inte omvald", {}},
        {"conflict", "Conflict", "Konflikt", {}},
        {"retired", "Retired", "Gått i pension", {}},
        {"other", "Other reason", "Annat skäl", {}},
    };
    return reasons;
}

const std::vector<ExitReason>& exit_reasons(const Organisation& organisation) {
    return organisation.exit_reasons.empty() ? builtin_exit_reasons() : organisation.exit_reasons;
}

const ExitReason* find_exit_reason(const Organisation& organisation, std::string_view id) {
    return find_by_id(exit_reasons(organisation), id);
}

bool same_event(const Event& a, const Event& b) {
    return a.date == b.date && a.type == b.type && a.rep == b.rep && a.milestone == b.milestone && a.role == b.role &&
           a.answer == b.answer && a.by == b.by && a.action == b.action && a.for_key == b.for_key && a.note == b.note;
}

std::span<const SuggestionKind> suggestion_kinds() { return all_suggestion_kinds; }
const std::vector<std::string_view>& suggestion_kind_words() {
    static const std::vector<std::string_view> words = [] {
        std::vector<std::string_view> out;
        out.reserve(suggestion_kind_names.size());
        for (const auto& entry : suggestion_kind_names) out.push_back(entry.second);
        return out;
    }();
    return words;
}
std::string_view to_string(SuggestionKind kind) { return name_of(suggestion_kind_names, kind); }
std::optional<SuggestionKind> suggestion_kind_from(std::string_view word) {
    return value_of(suggestion_kind_names, word);
}
std::string_view to_string(EventType type) { return name_of(event_type_names, type); }
std::optional<EventType> event_type_from(std::string_view word) { return value_of(event_type_names, word); }

std::string_view to_string(NominationAnswer answer) {
    return answer == NominationAnswer::none ? std::string_view{} : name_of(nomination_answer_names, answer);
}
std::optional<NominationAnswer> nomination_answer_from(std::string_view word) {
    return value_of(nomination_answer_names, word);
}

std::string_view to_string(EmployerNotice law) {
    switch (law) {
        case EmployerNotice::none: return "";
        case EmployerNotice::fml: return "fml";
        case EmployerNotice::aml: return "aml";
    }
    return "";
}

}  // namespace repjourney

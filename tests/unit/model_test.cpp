#include "model/model.hpp"

#include <doctest/doctest.h>

#include <string_view>
#include <vector>

using namespace repjourney;

TEST_CASE("model: the kinds of suggestion, in the SPEC's order, with their words") {
    using K = SuggestionKind;
    const std::vector<K> kinds(suggestion_kinds().begin(), suggestion_kinds().end());
    CHECK(kinds == std::vector<K>{K::anniversary, K::milestone, K::goal, K::term, K::farewell, K::quiet});
    CHECK(suggestion_kind_words() ==
          std::vector<std::string_view>{"anniversary", "milestone", "goal", "term", "farewell", "quiet"});
    REQUIRE(suggestion_kind_words().size() == kinds.size());
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        CAPTURE(i);
        CHECK(to_string(kinds[i]) == suggestion_kind_words()[i]);
        CHECK(suggestion_kind_from(suggestion_kind_words()[i]) == kinds[i]);
    }
    CHECK_FALSE(suggestion_kind_from("Quiet"));
    CHECK_FALSE(suggestion_kind_from(""));
}

TEST_CASE("model: the built-in exit reasons apply until the organisation lists its own") {
    std::vector<std::string_view> ids;
    for (const ExitReason& reason : builtin_exit_reasons()) {
        CAPTURE(reason.id);
        CHECK_FALSE(reason.title.empty());
        CHECK_FALSE(reason.title_sv.empty());
        ids.push_back(reason.id);
    }
    CHECK(ids == std::vector<std::string_view>{"moved", "workload", "job-change", "health", "not-re-elected",
                                               "conflict", "retired", "other"});

    Organisation organisation;
    CHECK(&exit_reasons(organisation) == &builtin_exit_reasons());
    REQUIRE(find_exit_reason(organisation, "retired"));
    CHECK(find_exit_reason(organisation, "retired")->title_sv == "Gått i pension");
    CHECK_FALSE(find_exit_reason(organisation, "emigrated"));
    CHECK_FALSE(find_exit_reason(organisation, ""));

    // The organisation's catalogue replaces the built-in one: its ids only.
    organisation.exit_reasons = {ExitReason{"emigrated", "Moved abroad", "", {}}};
    CHECK(&exit_reasons(organisation) == &organisation.exit_reasons);
    CHECK(find_exit_reason(organisation, "emigrated") == &organisation.exit_reasons[0]);
    CHECK_FALSE(find_exit_reason(organisation, "retired"));
}

TEST_CASE("model: two events are the same when every field is, wherever they are written") {
    Event first;
    first.date = Date::from_ymd(2026, 11, 20);
    first.type = EventType::recognition;
    first.rep = "anna";
    first.action = "card";
    first.for_key = "milestone:steward/welcome";
    Event second = first;
    second.mark = SourceMark{1, 12, 5};
    CHECK(same_event(first, second));

    second.note = "Thanks";
    CHECK_FALSE(same_event(first, second));
    second = first;
    second.date = first.date.plus_days(1);
    CHECK_FALSE(same_event(first, second));
    second = first;
    second.by = "maria";
    CHECK_FALSE(same_event(first, second));
    second = first;
    second.rep = "ali";
    CHECK_FALSE(same_event(first, second));
    second = first;
    second.type = EventType::note;
    CHECK_FALSE(same_event(first, second));
}

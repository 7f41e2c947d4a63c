#include "model/suggestion_key.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::d;
using test::dur;
using K = SuggestionKind;
}  // namespace

TEST_CASE("suggestion key: each kind's key as SPEC.md spells it") {
    CHECK(anniversary_key(dur("5y")) == "anniversary:5y");
    CHECK(anniversary_key(dur("1y6m")) == "anniversary:1y6m");
    CHECK(milestone_key("steward", "basic-training") == "milestone:steward/basic-training");
    CHECK(milestone_key("steward", "reflection", d("2026-11-10")) == "milestone:steward/reflection@2026-11-10");
    CHECK(goal_key("lead-meeting") == "goal:lead-meeting");
    CHECK(term_key("steward", d("2027-02-28")) == "term:steward@2027-02-28");
    CHECK(farewell_key() == "farewell");
    CHECK(quiet_key() == "quiet");
}

TEST_CASE("suggestion key: an anniversary's key has the duration's canonical text, which alone parses") {
    // 12m and 1y are one duration; `for: anniversary:12m` could never match, so the parser refuses it.
    CHECK(anniversary_key(Duration::of_months(12)) == "anniversary:1y");
    CHECK(anniversary_key(dur("12m")) == anniversary_key(dur("1y")));
    CHECK(anniversary_key(Duration::of_days(14)) == "anniversary:2w");
}

TEST_CASE("suggestion key: every key built parses as its kind") {
    const std::pair<std::string, K> built[] = {
        {anniversary_key(dur("1y")), K::anniversary},
        {anniversary_key(dur("1y6m")), K::anniversary},
        {anniversary_key(Duration::of_days(10)), K::anniversary},
        {milestone_key("steward", "basic-training"), K::milestone},
        {milestone_key("safety_rep", "network", d("2025-12-31")), K::milestone},
        {goal_key("lead-meeting"), K::goal},
        {goal_key("0"), K::goal},
        {term_key("steward", d("2027-02-28")), K::term},
        {farewell_key(), K::farewell},
        {quiet_key(), K::quiet},
    };
    for (const auto& entry : built) {
        CAPTURE(entry.first);  // not a structured binding: clang 14 cannot capture one
        CHECK(suggestion_key_kind(entry.first) == entry.second);
    }
}

TEST_CASE("suggestion key: ids with a separator build keys the parser refuses") {
    // The loader's ids never hold one ([a-z0-9][a-z0-9_-]*); the parser is the guard for `for:`.
    CHECK_FALSE(suggestion_key_kind(milestone_key("a/b", "c")));
    CHECK_FALSE(suggestion_key_kind(milestone_key("steward", "a@b")));
    CHECK_FALSE(suggestion_key_kind(goal_key("a b")));
    CHECK_FALSE(suggestion_key_kind(goal_key("")));
    CHECK_FALSE(suggestion_key_kind(term_key("a:b", d("2027-02-28"))));
}

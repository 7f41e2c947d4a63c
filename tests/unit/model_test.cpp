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

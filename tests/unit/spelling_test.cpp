#include <doctest/doctest.h>

#include "text/spelling.hpp"

using namespace repjourney;

TEST_CASE("a close candidate is suggested, a far one is not") {
    const std::vector<std::string_view> keys = {"feedback_every", "due_soon", "renewal_window"};
    CHECK(closest_match("feedback_evry", keys) == "feedback_every");
    CHECK(closest_match("due_son", keys) == "due_soon");
    CHECK(closest_match("colour", keys).empty());
    CHECK(did_you_mean("renewal_windw", keys) == " (did you mean 'renewal_window'?)");
    CHECK(did_you_mean("xyz", keys).empty());
}

#include <doctest/doctest.h>

#include <algorithm>

#include "load/problems.hpp"

using namespace repjourney;

namespace {
std::size_t count(const std::vector<Problem>& items, Severity severity) {
    return static_cast<std::size_t>(
        std::count_if(items.begin(), items.end(), [&](const Problem& p) { return p.severity == severity; }));
}

SourceMark at_line(std::size_t line) { return SourceMark{0, static_cast<std::uint32_t>(line), 0}; }
}  // namespace

TEST_CASE("warnings past the cap are counted, not kept, and never become an error") {
    Problems problems;
    for (std::size_t i = 0; i < max_shown_warnings + 2345; ++i) problems.warning(at_line(i), "questionable");
    CHECK(count(problems.items(), Severity::warning) == max_shown_warnings);
    CHECK(count(problems.items(), Severity::error) == 0);
    CHECK(problems.warnings_left_out() == 2345);
    CHECK_FALSE(problems.past_limit());
    // An error after them all is still kept: it makes the data invalid.
    problems.error(at_line(99999), "wrong");
    CHECK(count(problems.items(), Severity::error) == 1);
}

TEST_CASE("errors past the cap stop with one line, whatever the warnings") {
    Problems problems;
    for (std::size_t i = 0; i < max_problems + 10; ++i) {
        problems.warning(at_line(2 * i), "questionable");
        problems.error(at_line(2 * i + 1), "wrong");
    }
    CHECK(count(problems.items(), Severity::error) == max_problems + 1);
    CHECK(problems.items().back().message.english().starts_with("too many problems"));
    CHECK(problems.past_limit());
    CHECK(problems.warnings_left_out() == 10);
}

TEST_CASE("appended problems are capped as if found in turn, the left-out count included") {
    Problems first;
    Problems second;
    for (std::size_t i = 0; i < max_shown_warnings - 1; ++i) first.warning(at_line(i), "a");
    for (std::size_t i = 0; i < max_shown_warnings + 5; ++i) second.warning(at_line(i), "b");
    first.append(std::move(second));
    CHECK(first.items().size() == max_shown_warnings);
    CHECK(first.items().back().message.english() == "b");
    CHECK(first.warnings_left_out() == max_shown_warnings + 4);
    CHECK(second.warnings_left_out() == 0);
}

#include "render/terms_report.hpp"

#include <doctest/doctest.h>

#include "model_builders.hpp"

using namespace repjourney;

namespace {
using test::talk;
}  // namespace

TEST_CASE("terms report: the renewal talk shown is the first not done, else the first") {
    Milestone first;
    first.id = "first";
    Milestone second;
    second.id = "second";
    CHECK(shown_renewal_talk({}) == nullptr);

    const std::vector one{talk(first, DueState::upcoming)};
    CHECK(shown_renewal_talk(one) == &one[0]);

    const std::vector both_done{talk(first, DueState::done), talk(second, DueState::done)};
    CHECK(shown_renewal_talk(both_done) == &both_done[0]);

    const std::vector second_open{talk(first, DueState::done), talk(second, DueState::overdue)};
    CHECK(shown_renewal_talk(second_open) == &second_open[1]);
}

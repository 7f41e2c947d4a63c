// The loader and the engine mark their steps through a hook and never print, read the clock or
// the environment themselves: the command line installs what REPJOURNEY_TIMINGS prints.

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <unistd.h>

#include "diagnostics/timings.hpp"
#include "engine/ordered_statuses.hpp"
#include "engine/snapshot.hpp"
#include "load/loader.hpp"
#include "model/date.hpp"

using namespace repjourney;

namespace {
const std::string union_branch = REPJOURNEY_TEST_DATA "/../examples/union-branch";

// Loads the example and lists every status, as `status` does.
void load_and_report() {
    const LoadResult loaded = load_data({union_branch});
    const Snapshot snapshot{loaded.model, *Date::parse("2026-11-23")};
    int statuses = 0;
    for_each_status(
        snapshot, [](const RepresentativeStatus&) { return true; }, StatusOrder::urgency,
        [&](const RepresentativeStatus&) { ++statuses; });
    CHECK(statuses > 0);
}

// What running `work` writes on file descriptors 1 and 2, through stdio or not.
template <typename Work>
std::string output_of(Work work) {
    std::FILE* capture = std::tmpfile();
    REQUIRE(capture != nullptr);
    std::fflush(stdout);
    std::fflush(stderr);
    const int saved_out = ::dup(1);
    const int saved_err = ::dup(2);
    ::dup2(::fileno(capture), 1);
    ::dup2(::fileno(capture), 2);
    work();
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(saved_out, 1);
    ::dup2(saved_err, 2);
    ::close(saved_out);
    ::close(saved_err);
    std::string text;
    std::rewind(capture);
    for (int c = std::fgetc(capture); c != EOF; c = std::fgetc(capture)) text += static_cast<char>(c);
    std::fclose(capture);
    return text;
}
}  // namespace

TEST_CASE("timings: with no hook, loading and the engine print nothing, REPJOURNEY_TIMINGS or not") {
    const TimingHook before = set_timing_hook({});
    ::setenv("REPJOURNEY_TIMINGS", "1", 1);
    const std::string printed = output_of(load_and_report);
    ::unsetenv("REPJOURNEY_TIMINGS");
    set_timing_hook(before);
    CHECK(printed.empty());
}

TEST_CASE("timings: an installed hook sees each step of loading and reporting, in order") {
    std::vector<std::string> steps;
    const TimingHook before = set_timing_hook([&](std::string_view step) { steps.emplace_back(step); });
    load_and_report();
    timing_mark("finished");
    set_timing_hook(before);
    CHECK(steps ==
          std::vector<std::string>{"start", "listed", "parsed", "validated", "snapshot", "ranked", "finished"});

    timing_mark("after");  // the hook replaced is no longer called
    CHECK(steps.size() == 7);
}

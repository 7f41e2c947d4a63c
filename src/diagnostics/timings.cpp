#include "diagnostics/timings.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <string>

#include <fmt/format.h>

namespace repjourney {

namespace {
using Clock = std::chrono::steady_clock;

bool timings_wanted() {
    const char* value = std::getenv("REPJOURNEY_TIMINGS");
    return value && *value && std::string_view{value} != "0";
}

double process_cpu_seconds() {
    timespec cpu{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) / 1e9;
}
}  // namespace

void timing_mark(std::string_view step) {
    static const bool wanted = timings_wanted();
    if (!wanted) return;
    static std::mutex mutex;
    static Clock::time_point last = Clock::now();  // the first mark ("start") takes no time
    const std::lock_guard lock{mutex};
    const Clock::time_point now = Clock::now();
    fmt::print(stderr, "timing: {:<10} {:8.3f} s   cpu so far {:8.3f} s\n", step,
               std::chrono::duration<double>(now - last).count(), process_cpu_seconds());
    last = now;
}

}  // namespace repjourney

#include "cli/step_timings.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <string_view>

#include <fmt/format.h>
#include <sys/resource.h>

#include "diagnostics/timings.hpp"

namespace repjourney {

namespace {
using Clock = std::chrono::steady_clock;

bool timings_asked() {
    const char* value = std::getenv("REPJOURNEY_TIMINGS");
    return value && *value && std::string_view{value} != "0";
}

double process_cpu_seconds() {
    timespec cpu{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return static_cast<double>(cpu.tv_sec) + static_cast<double>(cpu.tv_nsec) / 1e9;
}

// The process's peak resident memory so far, in MB.
long peak_megabytes() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;  // kilobytes on Linux
}

void print_step_time(std::string_view step) {
    static std::mutex mutex;
    static Clock::time_point last = Clock::now();  // the first mark ("start") takes no time
    const std::lock_guard lock{mutex};
    const Clock::time_point now = Clock::now();
    fmt::print(stderr, "timing: {:<10} {:8.3f} s   cpu so far {:8.3f} s   peak so far {:5} MB\n", step,
               std::chrono::duration<double>(now - last).count(), process_cpu_seconds(), peak_megabytes());
    last = now;
}
}  // namespace

void print_step_timings_if_asked() {
    if (timings_asked()) set_timing_hook(print_step_time);
}

}  // namespace repjourney

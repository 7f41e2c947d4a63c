#include "diagnostics/timings.hpp"

#include <utility>

namespace repjourney {

namespace {
TimingHook& installed_hook() {
    static TimingHook hook;
    return hook;
}
}  // namespace

TimingHook set_timing_hook(TimingHook hook) { return std::exchange(installed_hook(), std::move(hook)); }

void timing_mark(std::string_view step) {
    if (const TimingHook& hook = installed_hook()) hook(step);
}

}  // namespace repjourney

#pragma once
// Where a run's time goes: the loader and the engine mark the end of each step by name, and the
// program decides what a mark does by installing a hook (the CLI's prints each step's wall time
// when REPJOURNEY_TIMINGS asks). With no hook a mark does nothing, so the code that marks never
// reads the clock or the environment itself.

#include <functional>
#include <string_view>

namespace repjourney {

using TimingHook = std::function<void(std::string_view step)>;

// Installs the hook every later mark calls; an empty one makes marks do nothing again. Install
// it before any step runs (marks are not synchronised with it); the hook itself may be called
// from any thread. Returns the hook it replaces.
TimingHook set_timing_hook(TimingHook hook);

// Marks the end of a step of this name.
void timing_mark(std::string_view step);

}  // namespace repjourney

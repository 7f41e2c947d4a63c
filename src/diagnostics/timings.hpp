#pragma once
// Where a run's time goes: with REPJOURNEY_TIMINGS set (and not "0"), each step of loading
// and reporting prints its wall time and the process's CPU time so far on standard error.
// For finding out why a large data set is slow; otherwise it costs one check per step.

#include <string_view>

namespace repjourney {

// Marks the end of a step of this name.
void timing_mark(std::string_view step);

}  // namespace repjourney

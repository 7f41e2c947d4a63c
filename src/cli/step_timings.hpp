#pragma once
// REPJOURNEY_TIMINGS (set, and not "0"): each step of loading and reporting prints its wall time
// and the process's CPU time so far on standard error. For finding out why a large data set is
// slow; otherwise a step costs one check of an empty hook.

namespace repjourney {

// Reads REPJOURNEY_TIMINGS and, when it asks for timings, installs the hook that prints them.
void print_step_timings_if_asked();

}  // namespace repjourney

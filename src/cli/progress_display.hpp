#pragma once
// A one-line progress display on standard error while a large data set loads: after about a second, "reading
// files 1 234/50 000", then "checking the data", redrawn in place and erased when the load is done, before
// anything else is written. Only on a terminal: never in cron, in a pipe, or with --quiet.

#include <memory>

namespace repjourney {

class ProgressDisplay {
public:
    // Shows nothing unless `wanted` and standard error is a terminal. REPJOURNEY_PROGRESS_AFTER (milliseconds,
    // default 1000) is when the line first appears: the tests set it to 0.
    explicit ProgressDisplay(bool wanted);
    ~ProgressDisplay();  // erases the line; also when the load throws
    ProgressDisplay(const ProgressDisplay&) = delete;
    ProgressDisplay& operator=(const ProgressDisplay&) = delete;

private:
    struct State;
    std::unique_ptr<State> state_;  // null: nothing to show
};

}  // namespace repjourney

#include "cli/progress_display.hpp"

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>

#include "cli/message_language.hpp"
#include "diagnostics/messages.hpp"
#include "diagnostics/progress.hpp"
#include "diagnostics/timings.hpp"

namespace repjourney {

namespace {
std::chrono::milliseconds delay_before_showing() {
    const char* value = std::getenv("REPJOURNEY_PROGRESS_AFTER");
    if (!value || !*value) return std::chrono::milliseconds{1000};
    char* end = nullptr;
    const long ms = std::strtol(value, &end, 10);
    return std::chrono::milliseconds{*end == '\0' && ms >= 0 ? ms : 1000};
}
}  // namespace

// A drawing thread wakes after the delay, then every tenth of a second, and writes the line when it changed;
// the loader's hooks only store numbers. stderr is unbuffered, so each line goes out whole with one write.
struct ProgressDisplay::State {
    std::atomic<std::size_t> files_read{0};
    std::atomic<std::size_t> files{0};
    std::atomic<bool> checking{false};
    std::mutex mutex;
    std::condition_variable wake;
    bool stop = false;  // guarded by mutex
    bool drawn = false;
    std::string last;
    ProgressHook previous_progress;
    TimingHook previous_timing;
    std::thread drawer;

    std::string line() const {
        const Language language = message_language();
        if (checking) return Message{MessageId::progress_checking}.text(language);
        return Message{MessageId::progress_reading, files_read.load(), files.load()}.text(language);
    }

    void draw() {
        const std::string text = "repjourney: " + line();
        if (text == last) return;
        std::fputs(("\r\033[K" + text).c_str(), stderr);
        last = text;
        drawn = true;
    }

    void run(std::chrono::milliseconds delay) {
        std::unique_lock lock{mutex};
        if (wake.wait_for(lock, delay, [&] { return stop; })) return;
        do draw();
        while (!wake.wait_for(lock, std::chrono::milliseconds{100}, [&] { return stop; }));
    }
};

ProgressDisplay::ProgressDisplay(bool wanted) {
    if (!wanted || !::isatty(STDERR_FILENO)) return;
    state_ = std::make_unique<State>();
    State* state = state_.get();
    state->previous_progress = set_progress_hook([state](std::size_t read, std::size_t files) {
        state->files = files;
        state->files_read = read;
    });
    // Timing marks name the steps: the files are all read once "parsed" is marked.
    state->previous_timing = set_timing_hook([state](std::string_view step) {
        if (step == "parsed") state->checking = true;
        if (state->previous_timing) state->previous_timing(step);  // REPJOURNEY_TIMINGS' lines, as before
    });
    state->drawer = std::thread([state, delay = delay_before_showing()] { state->run(delay); });
}

ProgressDisplay::~ProgressDisplay() {
    if (!state_) return;
    {
        const std::lock_guard lock{state_->mutex};
        state_->stop = true;
    }
    state_->wake.notify_one();
    state_->drawer.join();
    if (state_->drawn) std::fputs("\r\033[K", stderr);
    set_progress_hook(std::move(state_->previous_progress));
    set_timing_hook(std::move(state_->previous_timing));
}

}  // namespace repjourney

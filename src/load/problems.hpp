#pragma once
// Problems found while loading, kept with their source marks until the loader
// turns them into Diagnostics (which needs the file's text).

#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "diagnostics/messages.hpp"
#include "model/model.hpp"

namespace repjourney {

struct Problem {
    Severity severity = Severity::error;
    SourceMark mark;
    bool whole_file = false;  // no position: the file as a whole (unreadable, empty)
    Message message;
};

// Hostile input could produce millions of problems; nobody reads past the first thousand.
// Errors past it stop the load; warnings past it are only counted, as warnings never make data
// invalid: a thousand and one of them must not stop the reports.
constexpr std::size_t max_problems = 1000;
constexpr std::size_t max_shown_warnings = 1000;

class Problems {
public:
    void error(SourceMark mark, Message message) { add({Severity::error, mark, false, std::move(message)}); }
    void warning(SourceMark mark, Message message) { add({Severity::warning, mark, false, std::move(message)}); }
    void file_problem(Severity severity, std::uint32_t file, Message message) {
        add({severity, SourceMark{file, 0, 0}, true, std::move(message)});
    }

    // Adds other's problems after these, as if they had been found here after them (other's
    // own "too many" line carries the place of the problem it stood for, so it too comes out right,
    // and the warnings it left out come after those it kept).
    void append(Problems&& other) {
        for (Problem& problem : other.items_) add(std::move(problem));
        other.items_.clear();
        warnings_left_out_ += other.warnings_left_out_;
        other.warnings_left_out_ = 0;
    }

    const std::vector<Problem>& items() const { return items_; }
    // True once the limit of errors is passed: what is added then is dropped, so its words need not be made.
    bool past_limit() const { return errors_ > max_problems; }
    // Warnings past max_shown_warnings, counted and not kept.
    std::size_t warnings_left_out() const { return warnings_left_out_; }
    std::vector<Problem> take() { return std::move(items_); }

private:
    void add(Problem problem) {
        if (problem.severity == Severity::warning) {
            if (warnings_kept_ < max_shown_warnings) {
                ++warnings_kept_;
                items_.push_back(std::move(problem));
            } else {
                ++warnings_left_out_;
            }
        } else if (errors_++ < max_problems) {
            items_.push_back(std::move(problem));
        } else if (errors_ == max_problems + 1) {
            items_.push_back(
                {Severity::error, problem.mark, false, Message{MessageId::too_many_problems, max_problems}});
        }
    }

    std::vector<Problem> items_;
    // Counted across take(): the limits are for the whole load.
    std::size_t errors_ = 0;
    std::size_t warnings_kept_ = 0;
    std::size_t warnings_left_out_ = 0;
};

}  // namespace repjourney

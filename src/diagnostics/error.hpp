#pragma once
// The one exception type for failures a user can act on. It carries the exit
// status (sysexits) and is caught once, in main.

#include <stdexcept>
#include <string>

#include "diagnostics/message.hpp"
#include "text/printable.hpp"

namespace repjourney {

enum ExitStatus : int {
    exit_ok = 0,
    exit_overdue = 1,       // --fail-if-overdue found something overdue
    exit_usage = 64,        // EX_USAGE
    exit_data = 65,         // EX_DATAERR
    exit_no_input = 66,     // EX_NOINPUT
    exit_internal = 70,     // EX_SOFTWARE
    exit_cant_create = 73,  // EX_CANTCREAT
    exit_temp_fail = 75,    // EX_TEMPFAIL
};

class Error : public std::runtime_error {
public:
    // Messages quote file names and values from the data: their controls are shown, never printed raw.
    // what() is the English text; main prints text(language) in the user's.
    Error(ExitStatus status, Message message)
        : std::runtime_error(visible_lines(message.english())), status_(status), message_(std::move(message)) {}
    ExitStatus status() const { return status_; }
    const Message& message() const { return message_; }
    std::string text(Language language) const { return visible_lines(message_.text(language)); }

private:
    ExitStatus status_;
    Message message_;
};

}  // namespace repjourney

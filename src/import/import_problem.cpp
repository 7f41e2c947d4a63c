#include "import/import_problem.hpp"

#include <fmt/format.h>

#include "diagnostics/messages.hpp"

namespace repjourney {

std::string format_import_problem(std::string_view file, const ImportProblem& problem, Language language) {
    const std::string label = Message{MessageId::label_error}.text(language);
    const std::string message = problem.message.text(language);
    if (problem.row == 0) return fmt::format("repjourney: {}: {}", label, message);
    if (problem.column == 0) return fmt::format("{}:{}: {}: {}", file, problem.row, label, message);
    return fmt::format("{}:{}:{}: {}: {}", file, problem.row, problem.column, label, message);
}

}  // namespace repjourney

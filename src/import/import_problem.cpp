#include "import/import_problem.hpp"

#include <fmt/format.h>

namespace repjourney {

std::string format_import_problem(std::string_view file, const ImportProblem& problem) {
    if (problem.row == 0) return fmt::format("repjourney: error: {}", problem.message);
    if (problem.column == 0) return fmt::format("{}:{}: error: {}", file, problem.row, problem.message);
    return fmt::format("{}:{}:{}: error: {}", file, problem.row, problem.column, problem.message);
}

}  // namespace repjourney

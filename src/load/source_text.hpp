#pragma once
// A data file's text, used to turn a problem's byte position into what people
// see: a 1-based character column and the source line.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "load/problems.hpp"

namespace repjourney {

// 0-based line and byte column of a byte offset.
std::pair<std::uint32_t, std::uint32_t> line_and_byte_column(std::string_view text, std::size_t offset);

class SourceText {
public:
    SourceText(std::string name, std::string_view text) : name_(std::move(name)), text_(text) {}

    std::string_view line(std::uint32_t index) const;  // 0-based, without its line ending
    std::uint32_t line_count() const;
    Diagnostic diagnostic(const Problem& problem) const;

private:
    std::string name_;
    std::string_view text_;
    void index_lines() const;

    mutable std::vector<std::size_t> line_starts_;  // built on first use: most files have no problems
};

}  // namespace repjourney

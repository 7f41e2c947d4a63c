#include "load/text_checks.hpp"

#include <algorithm>
#include <cstring>

#include <fmt/format.h>

#include "diagnostics/messages.hpp"
#include "load/source_text.hpp"
#include "text/utf8.hpp"

namespace repjourney {

namespace {
// The offset of the first byte past max_line_bytes in a line longer than that, or npos.
std::size_t find_overlong_line(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        const void* newline = std::memchr(text.data() + start, '\n', text.size() - start);
        const std::size_t end = newline ? static_cast<const char*>(newline) - text.data() : text.size();
        if (end - start > max_line_bytes) return start + max_line_bytes;
        start = end + 1;
    }
    return std::string_view::npos;
}

std::size_t find_lone_carriage_return(std::string_view text) {
    for (std::size_t cr = text.find('\r'); cr != std::string_view::npos; cr = text.find('\r', cr + 1))
        if (cr + 1 == text.size() || text[cr + 1] != '\n') return cr;
    return std::string_view::npos;
}
}  // namespace

std::optional<TextProblem> TextChecker::feed(std::string_view chunk) {
    auto problem_at = [&](std::size_t offset, Message message) {
        const auto [line, column] = line_and_byte_column(chunk, offset);
        return TextProblem{lines_before_ + line, column, std::move(message)};
    };
    if (const auto nul = chunk.find('\0'); nul != std::string_view::npos)
        return problem_at(nul, Message{MessageId::not_a_text_file});
    if (const auto bad = find_invalid_utf8(chunk); bad != std::string_view::npos)
        return problem_at(bad, Message{MessageId::invalid_utf8});
    if (const auto cr = find_lone_carriage_return(chunk); cr != std::string_view::npos)
        return problem_at(cr, Message{MessageId::lone_carriage_return});
    if (const auto cut = find_overlong_line(chunk); cut != std::string_view::npos)
        return problem_at(cut, Message{MessageId::line_too_long, max_line_bytes});
    lines_before_ += static_cast<std::uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
    return std::nullopt;
}

std::size_t content_hash(std::string_view text) { return XXH3_64bits(text.data(), text.size()); }

}  // namespace repjourney

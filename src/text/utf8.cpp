#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace repjourney {

namespace {
bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Decodes the code point at text[i], advancing i; invalid bytes decode as U+FFFD.
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto c = static_cast<unsigned char>(text[i++]);
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    char32_t cp = extra == 3 ? c & 0x07 : extra == 2 ? c & 0x0F : extra == 1 ? c & 0x1F : c;
    if (c >= 0x80 && extra == 0) return 0xFFFD;
    while (extra-- > 0 && i < text.size() && is_continuation(static_cast<unsigned char>(text[i])))
        cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    return cp;
}

int code_point_width(char32_t cp) {
    if (cp == 0) return 0;
    if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F)) return 0;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}
}  // namespace

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if (!is_continuation(static_cast<unsigned char>(c))) ++n;
    return n;
}

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        // ASCII, most of what is measured (the digest wraps every line it writes): a column each, NUL none.
        if (const auto byte = static_cast<unsigned char>(text[i]); byte < 0x80) {
            width += byte != 0 ? 1 : 0;
            ++i;
        } else {
            width += code_point_width(next_code_point(text, i));
        }
    }
    return width;
}

std::string_view fit_width(std::string_view text, std::size_t width) {
    std::size_t used = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t next = i;
        const auto w = static_cast<std::size_t>(code_point_width(next_code_point(text, next)));
        if (used + w > width) break;
        used += w;
        i = next;
    }
    return text.substr(0, i);
}

std::size_t find_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        // Data is mostly ASCII: skip it eight bytes at a time.
        for (std::uint64_t word; i + 8 <= text.size(); i += 8) {
            std::memcpy(&word, text.data() + i, 8);
            if (word & 0x8080808080808080) break;
        }
        if (i == text.size()) break;
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (length == 0 || i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k)
            if (!is_continuation(static_cast<unsigned char>(text[i + k]))) return i;
        // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
        const auto second = static_cast<unsigned char>(text[i + 1 < text.size() ? i + 1 : i]);
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90) ||
            (c == 0xF4 && second > 0x8F))
            return i;
        i += length;
    }
    return std::string_view::npos;
}

}  // namespace repjourney

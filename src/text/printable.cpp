#include "text/printable.hpp"

#include <iterator>

#include <fmt/format.h>

#include "text/utf8.hpp"

namespace repjourney {

namespace {
enum class LineBreaks { shown, kept, as_spaces };

// The length of the well-formed UTF-8 character at text[at], or 0 when the byte there does not start one.
std::size_t character_length_at(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
    if (length == 0 || at + length > text.size()) return 0;
    return find_invalid_utf8(text.substr(at, length)) == std::string_view::npos ? length : 0;
}

char32_t code_point_of(std::string_view character) {
    const auto lead = static_cast<unsigned char>(character[0]);
    char32_t cp = character.size() == 2 ? lead & 0x1F : character.size() == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; k < character.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(character[k]) & 0x3F);
    return cp;
}

// The characters that reorder text on screen (the "Trojan Source" ones): embeddings, overrides, isolates and
// the Arabic letter mark.
bool is_bidi_control(char32_t cp) {
    return cp == 0x061C || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

std::string shown_controls(std::string_view text, LineBreaks breaks) {
    std::string out;
    out.reserve(text.size());
    const auto hex = [&out](unsigned value) { fmt::format_to(std::back_inserter(out), "\\x{:02x}", value); };
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c >= 0x20 && c < 0x7F) || ((c == '\n' || c == '\t') && breaks == LineBreaks::kept)) {
            out += text[i++];
        } else if ((c == '\n' || c == '\t') && breaks == LineBreaks::as_spaces) {
            out += ' ';
            ++i;
        } else if (c == 0x1B) {
            out += "\\e";
            ++i;
        } else if (const std::size_t length = c < 0x80 ? 0 : character_length_at(text, i); length == 0) {
            hex(c);  // C0, DEL, or a byte that is not UTF-8
            ++i;
        } else {
            const std::string_view character = text.substr(i, length);
            const char32_t cp = code_point_of(character);
            if (cp < 0xA0)  // C1
                hex(cp);
            else if (is_bidi_control(cp))
                fmt::format_to(std::back_inserter(out), "\\u{:04x}", static_cast<unsigned>(cp));
            else
                out += character;
            i += length;
        }
    }
    return out;
}
}  // namespace

std::string visible(std::string_view text) { return shown_controls(text, LineBreaks::shown); }

std::string visible_lines(std::string_view text) { return shown_controls(text, LineBreaks::kept); }

std::string one_line(std::string_view text) {
    std::string line = shown_controls(text, LineBreaks::as_spaces);
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
}

}  // namespace repjourney

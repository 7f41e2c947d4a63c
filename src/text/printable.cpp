#include "text/printable.hpp"

namespace repjourney {

std::string one_line(std::string_view text) {
    std::string line;
    line.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // C1 controls are encoded C2 80..C2 9F.
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        const bool c1 = c == 0xC2 && next >= 0x80 && next < 0xA0;
        if (c1) ++i;
        line += c < 0x20 || c == 0x7F || c1 ? ' ' : text[i];
    }
    line.erase(line.find_last_not_of(' ') + 1);
    return line;
}

}  // namespace repjourney

#include "text/case_fold.hpp"

namespace repjourney {

std::string fold_case(std::string_view text) {
    std::string out{text};
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z') {
            out[i] = static_cast<char>(c + ('a' - 'A'));
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // U+00C0..U+00DE in UTF-8 is C3 80..C3 9E, its lower case 0x20 further on; U+00D7 is ×.
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

bool equal_folded(std::string_view a, std::string_view b) {
    // Folding keeps every byte count, so texts of different lengths never match.
    return a.size() == b.size() && fold_case(a) == fold_case(b);
}

}  // namespace repjourney

#include "text/sentence_case.hpp"

namespace repjourney {

namespace {
enum class LetterCase { upper, lower, other };

// The case of the character at text[i], for ASCII and the Latin-1 letters; `other` for anything else.
LetterCase case_at(std::string_view text, std::size_t i) {
    if (i >= text.size()) return LetterCase::other;
    const auto c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') return LetterCase::upper;
    if (c >= 'a' && c <= 'z') return LetterCase::lower;
    if (c != 0xC3 || i + 1 >= text.size()) return LetterCase::other;
    // U+00C0..U+00DE are C3 80..C3 9E (but C3 97 is ×), U+00DF..U+00FF are C3 9F..C3 BF (but C3 B7 is ÷).
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next >= 0x80 && next <= 0x9E && next != 0x97) return LetterCase::upper;
    if (next >= 0x9F && next <= 0xBF && next != 0xB7) return LetterCase::lower;
    return LetterCase::other;
}
}  // namespace

std::string in_sentence(std::string_view title) {
    std::string out{title};
    if (case_at(title, 0) != LetterCase::upper) return out;
    const std::size_t first_size = static_cast<unsigned char>(title[0]) < 0x80 ? 1 : 2;
    // A word of one letter ("A personal thank-you") is judged by the word after it; "I" is English's pronoun.
    const bool one_letter = first_size == 1 && title.size() > 2 && title[1] == ' ' && title[0] != 'I';
    if (case_at(title, one_letter ? 2 : first_size) != LetterCase::lower) return out;
    if (first_size == 1)
        out[0] = static_cast<char>(out[0] + ('a' - 'A'));
    else
        out[1] = static_cast<char>(static_cast<unsigned char>(out[1]) + 0x20);
    return out;
}

}  // namespace repjourney

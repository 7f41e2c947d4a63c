#include "text/wrap.hpp"

#include <vector>

#include "text/utf8.hpp"

namespace repjourney {

namespace {
bool is_number(std::string_view word) { return word.find_first_not_of("0123456789") == std::string_view::npos; }
bool is_year(std::string_view word) { return word.size() == 4 && is_number(word); }

// The words between spaces, a number joined to the word after it by its space ("15 days", "1 Oct"), and a
// year to the day and month before it ("1 Oct 2026"): a line ending in a bare number reads badly, and a
// date is read as one.
std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    bool join = false;
    bool day_and_month = false;  // the last word is a number and the word after it
    std::size_t start = 0;
    while (start < text.size()) {
        if (text[start] == ' ') {
            ++start;
            continue;
        }
        const auto end = std::min(text.find(' ', start), text.size());
        const std::string_view word = text.substr(start, end - start);
        const bool year_of_date = day_and_month && is_year(word);
        if (join || year_of_date)
            words.back() += " " + std::string{word};
        else
            words.emplace_back(word);
        day_and_month = join && !is_number(word);
        join = is_number(word) && !year_of_date;
        start = end;
    }
    return words;
}

// The bytes of the first UTF-8 character: its lead byte and the continuation bytes after it.
std::size_t first_character_size(std::string_view text) {
    std::size_t n = 1;
    while (n < text.size() && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) ++n;
    return n;
}
}  // namespace

std::string wrap(std::string_view text, std::size_t width, std::string_view first, std::string_view rest) {
    std::string out{first};
    std::size_t used = display_width(first);
    bool line_empty = true;  // no word on the current line yet
    const auto new_line = [&] {
        out += '\n';
        out += rest;
        used = display_width(rest);
        line_empty = true;
    };
    for (const std::string& whole : words_of(text)) {
        std::string_view word = whole;
        const std::size_t w = display_width(word);
        if (!line_empty && used + 1 + w > width) new_line();
        if (!line_empty) {
            out += ' ';
            ++used;
        }
        // Too wide even for a line of its own: cut it, as little as the line allows.
        while (used + display_width(word) > width) {
            const std::size_t room = width > used ? width - used : 0;
            std::string_view piece = fit_width(word, room);
            if (piece.empty()) piece = word.substr(0, first_character_size(word));  // a line must take something
            out += piece;
            word.remove_prefix(piece.size());
            if (word.empty()) break;
            new_line();
        }
        out += word;
        used += display_width(word);
        line_empty = false;
    }
    if (line_empty) out.erase(out.find_last_not_of(' ') + 1);  // only an indent: it would trail
    out += '\n';
    return out;
}

}  // namespace repjourney

#include "render/mail_format.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

#include <fmt/format.h>

#include "text/printable.hpp"

namespace repjourney {

namespace {
constexpr std::size_t max_line = 78;          // RFC 5322 2.1.1: SHOULD not be longer
constexpr std::size_t max_encoded_word = 66;  // leaves room for "Subject: " on the first line
constexpr std::size_t max_qp_line = 76;       // RFC 2045 6.7 (5), the "=" of a soft break included
constexpr std::string_view word_prefix = "=?utf-8?q?";
constexpr std::string_view word_suffix = "?=";

bool is_printable_ascii(char c) { return c > ' ' && c < 0x7F; }

// RFC 5322 atext: what a display name may hold without quoting.
bool is_atext(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view{"!#$%&'*+-/=?^_`{|}~"}.find(c) != std::string_view::npos;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        if (c != ' ') {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string hex_byte(unsigned char c) { return fmt::format("={:02X}", c); }

// One character (its UTF-8 bytes) in RFC 2047 Q encoding, as its rules for a phrase allow: letters, digits and
// !*+-/ as they are, a space as '_', everything else =XX. The strictest of the three contexts, valid in all.
std::string q_encoded(std::string_view character) {
    if (character == " ") return "_";
    if (character.size() == 1) {
        const char c = character[0];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            std::string_view{"!*+-/"}.find(c) != std::string_view::npos)
            return std::string{character};
    }
    std::string out;
    for (const char c : character) out += hex_byte(static_cast<unsigned char>(c));
    return out;
}

std::size_t character_size(std::string_view text, std::size_t at) {
    std::size_t n = 1;
    while (at + n < text.size() && (static_cast<unsigned char>(text[at + n]) & 0xC0) == 0x80) ++n;
    return n;
}

// The text as encoded-words, each whole characters and at most max_encoded_word long.
std::vector<std::string> encoded_words(std::string_view text) {
    const std::size_t room = max_encoded_word - word_prefix.size() - word_suffix.size();
    std::vector<std::string> words;
    std::string current;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = character_size(text, i);
        const std::string encoded = q_encoded(text.substr(i, n));
        if (!current.empty() && current.size() + encoded.size() > room) {
            words.push_back(std::string{word_prefix} + current + std::string{word_suffix});
            current.clear();
        }
        current += encoded;
        i += n;
    }
    if (!current.empty()) words.push_back(std::string{word_prefix} + current + std::string{word_suffix});
    return words;
}

bool all_of(std::string_view text, bool (*allowed)(char)) {
    for (const char c : text)
        if (c != ' ' && !allowed(c)) return false;
    return true;
}

constexpr std::array<std::string_view, 7> english_weekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::array<std::string_view, 12> english_months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}  // namespace

std::string header_field(std::string_view name, const std::vector<std::string>& words) {
    std::string out{name};
    out += ':';
    std::size_t line = out.size();
    for (const auto& word : words) {
        if (line > name.size() + 1 && line + 1 + word.size() > max_line) {
            out += "\r\n";
            line = 0;
        }
        out += ' ';
        out += word;
        line += 1 + word.size();
    }
    return out + "\r\n";
}

std::vector<std::string> unstructured_words(std::string_view text) {
    const std::string clean = one_line(text);
    std::vector<std::string> words = split_words(clean);
    const bool plain = all_of(clean, is_printable_ascii) && clean.find("=?") == std::string::npos;
    const bool foldable =
        std::all_of(words.begin(), words.end(), [](const std::string& w) { return w.size() <= max_encoded_word; });
    if (plain && foldable) return words;
    // Encode the words joined by single spaces: spaces between encoded-words vanish when they are decoded.
    std::string joined;
    for (const auto& word : words) joined += (joined.empty() ? "" : " ") + word;
    return encoded_words(joined);
}

std::vector<std::string> mailbox_words(std::string_view display_name, std::string_view address) {
    const std::string name = one_line(display_name);
    std::vector<std::string> words = split_words(name);
    const bool atoms = all_of(name, is_atext) && name.find("=?") == std::string::npos;
    const bool foldable =
        std::all_of(words.begin(), words.end(), [](const std::string& w) { return w.size() <= max_encoded_word; });
    if (!atoms || !foldable) {
        std::string joined;
        for (const auto& word : words) joined += (joined.empty() ? "" : " ") + word;
        words = encoded_words(joined);
    }
    words.push_back("<" + std::string{address} + ">");
    return words;
}

std::string quoted_printable(std::string_view text) {
    std::string out;
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        std::size_t used = 0;  // characters on the encoded line so far
        for (std::size_t i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line[i]);
            const bool last = i + 1 == line.size();
            const auto must_encode = [&](bool line_start) {
                return c == '=' || c >= 0x7F || (c < ' ' && c != '\t') || ((c == ' ' || c == '\t') && last) ||
                       (line_start && (c == '.' || line.substr(i).starts_with("From ")));
            };
            std::size_t size = must_encode(used == 0) ? 3 : 1;
            // A soft break takes a column, except after the line's last character, which needs none.
            if (used + size > (last ? max_qp_line : max_qp_line - 1)) {
                out += "=\r\n";
                used = 0;
                size = must_encode(true) ? 3 : 1;
            }
            out += size == 3 ? hex_byte(c) : std::string(1, static_cast<char>(c));
            used += size;
        }
        out += "\r\n";
        if (end == text.size()) break;
        start = end + 1;
    }
    return out;
}

std::string mail_date(Date date, int hour, int utc_offset_minutes) {
    const auto ymd = date.ymd();
    const std::chrono::weekday weekday{date.days};
    const int offset = std::abs(utc_offset_minutes);
    return fmt::format("{}, {} {} {} {:02}:00:00 {}{:02}{:02}", english_weekdays.at(weekday.c_encoding()),
                       static_cast<unsigned>(ymd.day()), english_months.at(static_cast<unsigned>(ymd.month()) - 1),
                       static_cast<int>(ymd.year()), hour, utc_offset_minutes < 0 ? '-' : '+', offset / 60,
                       offset % 60);
}

std::string mbox_entry(std::string_view message, std::string_view sender, Date date, int hour) {
    const auto ymd = date.ymd();
    std::string out = fmt::format("From {} {} {} {:2} {:02}:00:00 {}\n", sender,
                                  english_weekdays.at(std::chrono::weekday{date.days}.c_encoding()),
                                  english_months.at(static_cast<unsigned>(ymd.month()) - 1),
                                  static_cast<unsigned>(ymd.day()), hour, static_cast<int>(ymd.year()));
    std::size_t start = 0;
    while (start < message.size()) {
        auto end = message.find('\n', start);
        if (end == std::string_view::npos) end = message.size();
        std::string_view line = message.substr(start, end - start);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (const auto text = line.find_first_not_of('>');
            text != std::string_view::npos && line.substr(text).starts_with("From "))
            out += '>';
        out += line;
        out += '\n';
        start = end + 1;
    }
    return out + "\n";
}

}  // namespace repjourney

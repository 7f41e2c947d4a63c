#include "import/person_id.hpp"

namespace repjourney {

namespace {
// U+00C0..U+017F without their marks, one letter each; '?' for the letters two ASCII letters
// spell (see two_letters), '.' for the signs × and ÷.
constexpr std::string_view latin_letters =
    "aaaaaa?ceeeeiiii"   // U+00C0 À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
    "dnooooo.ouuuuy??"   // U+00D0 Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
    "aaaaaa?ceeeeiiii"   // U+00E0 à á â ã ä å æ ç è é ê ë ì í î ï
    "dnooooo.ouuuuy?y"   // U+00F0 ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
    "aaaaaaccccccccdd"   // U+0100 Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
    "ddeeeeeeeeeegggg"   // U+0110 Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
    "gggghhhhiiiiiiii"   // U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
    "ii??jjkkklllllll"   // U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "lllnnnnnnnnnoooo"   // U+0140 ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "oo??rrrrrrssssss"   // U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
    "ssttttttuuuuuuuu"   // U+0160 Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
    "uuuuwwyyyzzzzzzs";  // U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
static_assert(latin_letters.size() == 0x180 - 0xC0);

std::string_view two_letters(char32_t cp) {
    switch (cp) {
        case 0xC6:
        case 0xE6: return "ae";
        case 0xDE:
        case 0xFE: return "th";
        case 0xDF: return "ss";
        case 0x132:
        case 0x133: return "ij";
        case 0x152:
        case 0x153: return "oe";
        default: return "";
    }
}

// Decodes the code point at text[i], advancing i; a byte that does not start one is skipped
// and read as 0 (dropped).
char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i++]);
    const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC0 ? 1 : 0;
    if (lead >= 0x80 && extra == 0) return 0;
    char32_t cp = lead & (extra == 3 ? 0x07 : extra == 2 ? 0x0F : extra == 1 ? 0x1F : 0x7F);
    for (int k = 0; k < extra; ++k) {
        if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
    }
    return cp;
}

// What the code point adds to an id: a letter or digit, "-" for a space, or nothing.
std::string_view id_part(char32_t cp) {
    static constexpr std::string_view lower = "abcdefghijklmnopqrstuvwxyz";
    static constexpr std::string_view digits = "0123456789";
    if (cp >= 'a' && cp <= 'z') return lower.substr(cp - 'a', 1);
    if (cp >= 'A' && cp <= 'Z') return lower.substr(cp - 'A', 1);
    if (cp >= '0' && cp <= '9') return digits.substr(cp - '0', 1);
    // A space (also a tab or the no-break space spreadsheets paste in) and '-' separate words.
    if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == '-') return "-";
    if (cp == '_') return "_";
    if (cp >= 0xC0 && cp < 0x180) {
        const char letter = latin_letters[cp - 0xC0];
        if (letter == '?') return two_letters(cp);
        if (letter == '.') return "";
        return lower.substr(letter - 'a', 1);
    }
    if (cp == 0x218 || cp == 0x219) return "s";  // Ș ș (Romanian)
    if (cp == 0x21A || cp == 0x21B) return "t";  // Ț ț
    return "";  // combining marks (a decomposed å is a + U+030A), punctuation, other scripts
}

bool is_id_end(char c) { return c == '-' || c == '_'; }
}  // namespace

std::string id_from_name(std::string_view name) {
    std::string id;
    id.reserve(name.size());
    for (std::size_t i = 0; i < name.size();) {
        const auto part = id_part(next_code_point(name, i));
        if (part == "-" && (id.empty() || id.back() == '-')) continue;  // runs as one, none first
        id += part;
    }
    const auto first = id.find_first_not_of("-_");
    if (first == std::string::npos) return {};
    id.erase(0, first);
    while (is_id_end(id.back())) id.pop_back();
    return id;
}

void PersonIds::take(std::string_view id) { taken_.emplace(id); }

bool PersonIds::is_taken(std::string_view id) const { return taken_.find(std::string{id}) != taken_.end(); }

std::optional<std::string> PersonIds::make(std::string_view name) {
    std::string base = id_from_name(name);
    if (base.empty()) return std::nullopt;
    if (taken_.insert(base).second) return base;
    int& suffix = next_suffix_.try_emplace(base, 2).first->second;
    while (true) {
        std::string id = base + "-" + std::to_string(suffix++);
        if (taken_.insert(id).second) return id;
    }
}

}  // namespace repjourney

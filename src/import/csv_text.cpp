#include "import/csv_text.hpp"

#include <array>

#include "text/utf8.hpp"

namespace repjourney {

namespace {
constexpr char32_t replacement_character = 0xFFFD;

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252's bytes 0x80..0x9F; 0 for its five undefined ones. 0xA0..0xFF are Latin-1's,
// U+00A0..U+00FF.
constexpr std::array<char32_t, 32> windows_1252_high = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80..87: € . ‚ ƒ „ … † ‡
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88..8F: ˆ ‰ Š ‹ Œ . Ž .
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90..97: . ‘ ’ “ ” • – —
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98..9F: ˜ ™ š › œ . ž Ÿ
};

CsvText from_windows_1252(std::string_view bytes) {
    CsvText out{{}, CsvEncoding::windows_1252, 0};
    out.text.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        char32_t cp = b;
        if (b >= 0x80 && b <= 0x9F) cp = windows_1252_high[b - 0x80];
        if (cp == 0) {
            if (b == 0) {  // NUL is a character; the reader reports it where it is
                out.text += '\0';
                continue;
            }
            cp = replacement_character;
            ++out.replaced;
        }
        append_utf8(out.text, cp);
    }
    return out;
}

// UTF-8 that claimed to be (it had a BOM), with each invalid byte replaced.
CsvText from_utf8(std::string_view bytes, CsvEncoding encoding) {
    CsvText out{{}, encoding, 0};
    out.text.reserve(bytes.size());
    for (auto bad = find_invalid_utf8(bytes); bad != std::string_view::npos; bad = find_invalid_utf8(bytes)) {
        out.text.append(bytes.substr(0, bad));
        append_utf8(out.text, replacement_character);
        ++out.replaced;
        bytes.remove_prefix(bad + 1);
    }
    out.text.append(bytes);
    return out;
}

CsvText from_utf16(std::string_view bytes, CsvEncoding encoding) {
    CsvText out{{}, encoding, 0};
    out.text.reserve(bytes.size());
    const bool little_endian = encoding == CsvEncoding::utf16le;
    const auto unit_at = [&](std::size_t i) -> char32_t {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return little_endian ? (second << 8 | first) : (first << 8 | second);
    };
    const std::size_t units = bytes.size() / 2;
    for (std::size_t u = 0; u < units; ++u) {
        char32_t cp = unit_at(2 * u);
        const bool high = cp >= 0xD800 && cp <= 0xDBFF;
        const bool low = cp >= 0xDC00 && cp <= 0xDFFF;
        if (high && u + 1 < units && unit_at(2 * u + 2) >= 0xDC00 && unit_at(2 * u + 2) <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (unit_at(2 * u + 2) - 0xDC00);
            ++u;
        } else if (high || low) {
            cp = replacement_character;
            ++out.replaced;
        }
        append_utf8(out.text, cp);
    }
    if (bytes.size() % 2 != 0) {  // a file cut off in the middle of a character
        append_utf8(out.text, replacement_character);
        ++out.replaced;
    }
    return out;
}
}  // namespace

CsvText decode_csv_bytes(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return from_utf8(bytes.substr(3), CsvEncoding::utf8_with_bom);
    if (bytes.starts_with("\xFF\xFE")) return from_utf16(bytes.substr(2), CsvEncoding::utf16le);
    if (bytes.starts_with("\xFE\xFF")) return from_utf16(bytes.substr(2), CsvEncoding::utf16be);
    if (find_invalid_utf8(bytes) == std::string_view::npos) return CsvText{std::string{bytes}, CsvEncoding::utf8, 0};
    return from_windows_1252(bytes);
}

std::string_view encoding_name(CsvEncoding encoding) {
    switch (encoding) {
        case CsvEncoding::utf8: return "UTF-8";
        case CsvEncoding::utf8_with_bom: return "UTF-8 with BOM";
        case CsvEncoding::windows_1252: return "Windows-1252";
        case CsvEncoding::utf16le: return "UTF-16LE";
        case CsvEncoding::utf16be: return "UTF-16BE";
    }
    return "UTF-8";
}

}  // namespace repjourney

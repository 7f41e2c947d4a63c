#include "text/mail_address.hpp"

#include "text/utf8.hpp"

namespace repjourney {

namespace {
// RFC 5321 4.5.3.1: the longest local part and path a mail server must accept.
constexpr std::size_t max_local_part = 64;
constexpr std::size_t max_address = 254;

// RFC 5322 atext, with the bytes of UTF-8 characters (RFC 6532 UTF8-non-ascii).
bool is_local_part_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80 ||
           std::string_view{"!#$%&'*+-/=?^_`{|}~"}.find(c) != std::string_view::npos;
}

// Atoms joined by single dots: no dot first, last or twice.
bool is_dot_atom(std::string_view text) {
    if (text.empty() || text.front() == '.' || text.back() == '.' || text.find("..") != std::string_view::npos)
        return false;
    for (const char c : text)
        if (c != '.' && !is_local_part_char(c)) return false;
    return true;
}

// "..." holding printable ASCII, spaces, UTF-8 characters, and any of those escaped with '\'.
bool is_quoted_string(std::string_view text) {
    if (text.size() < 2 || text.front() != '"' || text.back() != '"') return false;
    const std::string_view inside = text.substr(1, text.size() - 2);
    for (std::size_t i = 0; i < inside.size(); ++i) {
        const auto c = static_cast<unsigned char>(inside[i]);
        if (c < ' ' || c == 0x7F) return false;  // control characters, and so line breaks, never
        if (c == '"') return false;
        if (c == '\\' && ++i == inside.size()) return false;  // the escape escapes the closing quote
    }
    return true;
}

bool is_domain(std::string_view domain) {
    if (!is_dot_atom(domain)) return false;
    for (const char c : domain)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'))
            return false;
    return true;
}

// C1 control characters (U+0080 to U+009F) are valid UTF-8 but no letters: a terminal may act on them.
bool has_c1_control(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i)
        if (static_cast<unsigned char>(text[i]) == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) return true;
    return false;
}
}  // namespace

bool is_mail_address(std::string_view address) {
    const auto at = address.rfind('@');  // a quoted local part may hold '@' too; a domain never does
    if (address.size() > max_address || at == std::string_view::npos || at > max_local_part) return false;
    if (find_invalid_utf8(address) != std::string_view::npos || has_c1_control(address)) return false;
    const std::string_view local = address.substr(0, at);
    return (is_dot_atom(local) || is_quoted_string(local)) && is_domain(address.substr(at + 1));
}

std::string_view mail_domain(std::string_view address) {
    const auto at = address.rfind('@');
    return at == std::string_view::npos ? std::string_view{} : address.substr(at + 1);
}

}  // namespace repjourney

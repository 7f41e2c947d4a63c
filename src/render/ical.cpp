#include "render/ical.hpp"

#include <fmt/format.h>

namespace repjourney {

namespace {
constexpr std::size_t max_octets = 75;

bool continues_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
}  // namespace

std::string ical_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\\\"; break;
            case ';': out += "\\;"; break;
            case ',': out += "\\,"; break;
            case '\n': out += "\\n"; break;
            default:
                if (c == '\t' || static_cast<unsigned char>(c) >= 0x20) out += c;
                break;
        }
    }
    return out;
}

std::string ical_date(Date date) {
    const auto ymd = date.ymd();
    return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                       static_cast<unsigned>(ymd.day()));
}

std::string ical_line(std::string_view name, std::string_view value) {
    const std::string line = fmt::format("{}:{}", name, value);
    std::string out;
    std::size_t begin = 0;
    // The first line holds 75 octets; a continuation holds 74 after its leading space.
    std::size_t room = max_octets;
    while (line.size() - begin > room) {
        std::size_t end = begin + room;
        while (end > begin && continues_character(line[end])) --end;
        out.append(line, begin, end - begin).append("\r\n ");
        begin = end;
        room = max_octets - 1;
    }
    out.append(line, begin, std::string::npos).append("\r\n");
    return out;
}

}  // namespace repjourney

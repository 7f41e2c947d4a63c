#include "load/event_yaml.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace repjourney {

namespace {
// Words YAML 1.1 and 1.2 read as booleans or null; quoted so they stay text for every reader.
bool is_reserved_word(std::string_view text) {
    static constexpr std::array words = {"true", "false", "yes", "no", "on", "off", "null", "y", "n"};
    std::string lower{text};
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(words.begin(), words.end(), lower) != words.end();
}

bool is_plain_safe(std::string_view text) {
    if (text.empty() || text.front() == ' ' || text.back() == ' ' || is_reserved_word(text)) return false;
    const auto first = static_cast<unsigned char>(text.front());
    if (!(std::isalnum(first) || first >= 0x80)) return false;
    return std::all_of(text.begin(), text.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return std::isalnum(c) || c >= 0x80 || c == ' ' || c == '-' || c == '_' || c == '.' || c == '/' || c == '@' ||
               c == '+';
    });
}
}  // namespace

std::string yaml_scalar(std::string_view text) {
    if (is_plain_safe(text)) return std::string{text};
    std::string out = "\"";
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\x%02X", c);
                    out += escape;
                } else {
                    out += ch;
                }
        }
    }
    return out + "\"";
}

std::string event_to_yaml(const Event& event) {
    std::string out = "{date: " + event.date.iso() + ", rep: " + yaml_scalar(event.rep) +
                      ", type: " + std::string{to_string(event.type)};
    for_each_set_text(event, [&](std::string_view key, std::string_view value) {
        out += ", " + std::string{key} + ": " + yaml_scalar(value);
    });
    return out + "}";
}

}  // namespace repjourney

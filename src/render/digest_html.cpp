#include "render/digest_html.hpp"

#include <fmt/format.h>

#include "render/html.hpp"

namespace repjourney {

namespace {
constexpr std::string_view body_style =
    "font-family:sans-serif;font-size:16px;line-height:1.4;color:#222;margin:0;"
    "padding:12px;max-width:40em";
constexpr std::string_view h1_style = "font-size:20px;margin:0 0 8px";
constexpr std::string_view h2_style = "font-size:18px;margin:24px 0 4px;border-bottom:1px solid #ccc";
constexpr std::string_view h3_style = "font-size:16px;margin:16px 0 4px";
constexpr std::string_view ul_style = "margin:0;padding-left:20px";
constexpr std::string_view mark_style = "color:#b00;font-weight:bold";
constexpr std::string_view code_style =
    "display:block;font-family:monospace;font-size:13px;color:#555;"
    "white-space:pre-wrap;word-break:break-all;margin:2px 0 0";

// One line of a list: the NEW mark, the person when the line names one, the text, then its record commands.
std::string item(const DigestLine& line) {
    std::string out = fmt::format("<li style=\"margin:4px 0\">");
    if (!line.mark.empty()) out += fmt::format("<span style=\"{}\">{}</span> ", mark_style, html_escape(line.mark));
    if (!line.person.empty()) out += "<strong>" + html_escape(line.person) + "</strong>: ";
    out += html_escape(line.text);
    for (const auto& command : line.commands)
        out += fmt::format("<code style=\"{}\">{}</code>", code_style, html_escape(command));
    return out + "</li>\n";
}

std::string list(const std::vector<DigestLine>& lines) {
    std::string out = fmt::format("<ul style=\"{}\">\n", ul_style);
    for (const auto& line : lines) out += item(line);
    return out + "</ul>\n";
}
}  // namespace

std::string render_digest_html(const DigestWords& words, std::string_view lang) {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n"
        "<body style=\"{}\">\n<h1 style=\"{}\">{}</h1>\n",
        lang, html_escape(words.title), body_style, h1_style, html_escape(words.title));
    if (!words.summary.empty()) out += "<p>" + html_escape(words.summary) + "</p>\n";
    for (const auto& group : words.groups) {
        out += fmt::format("<h2 style=\"{}\">{}</h2>\n", h2_style, html_escape(group.heading));
        if (!group.nothing.empty()) out += "<p>" + html_escape(group.nothing) + "</p>\n";
        for (const auto& person : group.people)
            out +=
                fmt::format("<h3 style=\"{}\">{}</h3>\n", h3_style, html_escape(person.heading)) + list(person.lines);
        for (const auto& section : group.sections)
            out +=
                fmt::format("<h3 style=\"{}\">{}</h3>\n", h3_style, html_escape(section.heading)) + list(section.lines);
    }
    return out + "</body>\n</html>\n";
}

}  // namespace repjourney

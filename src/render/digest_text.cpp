#include "render/digest_text.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "render/markdown.hpp"
#include "text/utf8.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
// The wrapped text underlined as wide as its widest line.
std::string underlined(const std::string& text, char rule, std::size_t width) {
    const std::string lines = wrap(text, width);
    std::size_t widest = 1;
    for (std::size_t start = 0; start < lines.size();) {
        const auto end = lines.find('\n', start);
        widest = std::max(widest, display_width(std::string_view{lines}.substr(start, end - start)));
        start = end + 1;
    }
    return lines + std::string(widest, rule) + "\n";
}

// The shell's words of a command: split at spaces outside single quotes, a backslash escaping the next character.
std::vector<std::string_view> shell_words(std::string_view command) {
    std::vector<std::string_view> words;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < command.size(); ++i) {
        if (command[i] == '\'')
            quoted = !quoted;
        else if (command[i] == '\\' && !quoted)
            ++i;
        else if (command[i] == ' ' && !quoted) {
            words.push_back(command.substr(start, i - start));
            start = i + 1;
        }
    }
    words.push_back(command.substr(start));
    return words;
}

// A record command indented under its item, deeper than the item's wrapped text, continued with a backslash at a
// word's end when it would be wider than `width`: pasted into a shell it runs as one line.
std::string command_lines(std::string_view command, std::size_t width) {
    const std::string_view continued = " \\";
    std::string out = "      ";
    std::size_t used = out.size();
    bool first = true;
    for (const std::string_view word : shell_words(command)) {
        const std::size_t size = display_width(word);
        if (!first && used + 1 + size + continued.size() > width) {
            out += std::string{continued} + "\n        ";
            used = 8;
        } else if (!first) {
            out += ' ';
            ++used;
        }
        out += word;
        used += size;
        first = false;
    }
    return out + "\n";
}

// "NEW Anna Larsson": the mark first, where the eye finds it down the list.
std::string marked(const std::string& mark, const std::string& person) {
    return mark.empty() ? person : mark + " " + person;
}
}  // namespace

std::string render_digest_text_head(const DigestWords& head, std::size_t width) {
    std::string out = underlined(head.title, '=', width);
    if (!head.summary.empty()) out += "\n" + wrap(head.summary, width);
    return out;
}

std::string render_digest_text_group(const DigestGroupWords& group, std::size_t width) {
    std::string out = "\n" + underlined(group.heading, '-', width);
    if (!group.nothing.empty()) out += "\n" + wrap(group.nothing, width);
    for (const auto& person : group.people) {
        out += "\n" + wrap(person.heading, width);
        for (const auto& line : person.lines) {
            out += wrap(marked(line.mark, line.text), width, "  - ", "    ");
            for (const auto& command : line.commands) out += command_lines(command, width);
        }
    }
    for (const auto& section : group.sections) {
        out += "\n" + wrap(section.heading, width);
        for (const auto& line : section.lines) {
            out += wrap(marked(line.mark, line.person) + ": " + line.text, width, "  - ", "    ");
            for (const auto& command : line.commands) out += command_lines(command, width);
        }
    }
    return out;
}

std::string render_digest_text(const DigestWords& words, std::size_t width) {
    std::string out = render_digest_text_head(words, width);
    for (const auto& group : words.groups) out += render_digest_text_group(group, width);
    return out;
}

std::string render_digest_markdown_head(const DigestWords& head) {
    std::string out = "# " + markdown_escaped(head.title) + "\n";
    if (!head.summary.empty()) out += "\n" + markdown_escaped(head.summary) + "\n";
    return out;
}

std::string render_digest_markdown_group(const DigestGroupWords& group) {
    std::string out = "\n## " + markdown_escaped(group.heading) + "\n";
    if (!group.nothing.empty()) out += "\n" + markdown_escaped(group.nothing) + "\n";
    for (const auto& person : group.people) {
        out += "\n### " + markdown_escaped(person.heading) + "\n\n";
        for (const auto& line : person.lines) {
            out += "- " + marked(line.mark, markdown_escaped(line.text));
            for (const auto& command : line.commands) out += "\\\n  `" + command + "`";
            out += "\n";
        }
    }
    for (const auto& section : group.sections) {
        out += "\n### " + markdown_escaped(section.heading) + "\n\n";
        for (const auto& line : section.lines) {
            out += "- " + marked(line.mark, "**" + markdown_escaped(line.person) + "**") + ": " +
                   markdown_escaped(line.text);
            // A hard line break, then the command as code: ids and quotes need no escaping there.
            for (const auto& command : line.commands) out += "\\\n  `" + command + "`";
            out += "\n";
        }
    }
    return out;
}

std::string render_digest_markdown(const DigestWords& words) {
    std::string out = render_digest_markdown_head(words);
    for (const auto& group : words.groups) out += render_digest_markdown_group(group);
    return out;
}

}  // namespace repjourney

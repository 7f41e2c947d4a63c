#pragma once
// `remind --format text|markdown`: the weekly digest laid out for reading, in a terminal, a cron mail or a wiki.

#include <cstddef>
#include <string>

#include "render/digest_words.hpp"

namespace repjourney {

// What plain text must fit: 80 columns for a terminal or a cron mail.
inline constexpr std::size_t digest_text_width = 80;

// The title underlined with '=', the summary, then each coordinator's name underlined with '-' and their
// sections, each line "  - Person: what, by when; why" ("  - NEW Person: …" when new), then its record command
// indented deeper, continued with a shell's backslash at a word's end when wider than `width`. Paragraphs are
// wrapped to `width` columns; no colour, no control codes, no trailing spaces.
std::string render_digest_text(const DigestWords& words, std::size_t width = digest_text_width);

// The same as Markdown: "# title", "## coordinator", "### section" and list items with the person in bold, the
// data's special characters escaped. Lines are not wrapped: Markdown reflows them.
std::string render_digest_markdown(const DigestWords& words);

// The two in parts, for a digest written a group at a time: the title and summary (of digest_head_words), then each
// group's; joined, they are the whole.
std::string render_digest_text_head(const DigestWords& head, std::size_t width = digest_text_width);
std::string render_digest_text_group(const DigestGroupWords& group, std::size_t width = digest_text_width);
std::string render_digest_markdown_head(const DigestWords& head);
std::string render_digest_markdown_group(const DigestGroupWords& group);

}  // namespace repjourney

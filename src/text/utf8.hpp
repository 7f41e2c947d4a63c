#pragma once
// UTF-8 helpers: people count characters, yaml-cpp and std::string count bytes.

#include <cstddef>
#include <string>
#include <string_view>

namespace repjourney {

// Number of code points in text (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text);

// Columns text takes in a terminal: one per code point, two for East Asian wide
// characters and most emoji, none for combining marks.
std::size_t display_width(std::string_view text);

// The longest prefix of text that fits in width columns, never splitting a character.
std::string_view fit_width(std::string_view text, std::size_t width);

// Byte offset of the first invalid UTF-8 sequence, or npos when text is valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace repjourney

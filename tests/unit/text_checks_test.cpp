#include <doctest/doctest.h>

#include <string>

#include "load/text_checks.hpp"

using namespace repjourney;

TEST_CASE("the content hash is the same however the bytes are fed") {
    const std::string text = "events:\n  - {date: 2026-11-23, rep: märta, type: note}\n";
    const std::size_t whole = content_hash(text);
    for (std::size_t first = 0; first <= text.size(); ++first)
        for (std::size_t second = first; second <= text.size(); second += 3) {
            ContentHash pieces;
            pieces.feed(std::string_view{text}.substr(0, first));
            pieces.feed(std::string_view{text}.substr(first, second - first));
            pieces.feed(std::string_view{text}.substr(second));
            CHECK(pieces.value() == whole);
        }
}

TEST_CASE("the content hash changes with any change to the bytes") {
    const std::string text = "representatives:\n  - id: anna\n";
    CHECK(content_hash(text) != content_hash(text + " "));
    CHECK(content_hash(text) != content_hash(text.substr(1)));
    CHECK(content_hash("a") != content_hash(std::string{"a\0", 2}));  // padding is not data
    CHECK(content_hash("") != content_hash(std::string(8, '\0')));
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string changed = text;
        changed[i] = static_cast<char>(changed[i] ^ 1);
        CHECK(content_hash(changed) != content_hash(text));
    }
}

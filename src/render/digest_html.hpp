#pragma once
// `remind --format email`: the digest's HTML alternative, for phones' mail clients. The same words as the plain
// text, laid out with inline styles only (mail clients drop style sheets), no images, no scripts, no links.

#include <string>
#include <string_view>

#include "render/digest_words.hpp"

namespace repjourney {

// A complete HTML document in the language `lang` ("sv", "en"): the title, the summary, each coordinator's part
// with a block per person (name and contacts, a list of their lines, each record command as code), then the
// sections. Every text from the data is escaped; lines end in '\n'.
std::string render_digest_html(const DigestWords& words, std::string_view lang);

}  // namespace repjourney

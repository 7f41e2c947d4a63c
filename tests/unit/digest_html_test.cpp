#include "render/digest_html.hpp"

#include <doctest/doctest.h>

#include "digest_fixture.hpp"

using namespace repjourney;
using namespace repjourney::test;

TEST_CASE("the HTML alternative: the same words, escaped, inline styles only") {
    Model model = digest_example();
    model.representatives[0].name = "Anna <b>Larsson</b>";
    const DigestWords words =
        digest_words(compute_digest(Snapshot{model, as_of}, {}), model.organisation, Language::sv);
    const std::string page = render_digest_html(words, "sv");
    CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">\n"));
    CHECK(page.find("<h1 style=\"") != std::string::npos);
    CHECK(page.find("Anna &lt;b&gt;Larsson&lt;/b&gt;, 070-123 45 67, anna@example.org</h3>") != std::string::npos);
    CHECK(page.find(">NY</span> målet ”Lead a meeting”") != std::string::npos);
    CHECK(page.find(">repjourney record milestone bo network --role steward</code>") != std::string::npos);
    CHECK(page.find(words.summary) != std::string::npos);
    for (const char* forbidden : {"<script", "<img", "<style", "<link", "href=", "src=", "class="})
        CHECK(page.find(forbidden) == std::string::npos);
    CHECK(page.ends_with("</body>\n</html>\n"));
}

#include <doctest/doctest.h>

#include <string>

#include "model/text_pool.hpp"

using repjourney::TextPool;

TEST_CASE("text pool: a text kept twice is stored once, and its view outlives the original") {
    TextPool pool;
    std::string id = "anna-andersson";
    const auto first = pool.keep(id);
    const auto again = pool.keep("anna-andersson");
    id = "overwritten!!!";
    CHECK(first == "anna-andersson");
    CHECK(again.data() == first.data());
    CHECK(pool.keep("").empty());
}

TEST_CASE("text pool: views stay valid when another pool takes the blocks over") {
    TextPool whole;
    std::string_view kept;
    {
        TextPool file;
        kept = file.keep("studieorganisator");
        const std::string long_note(40000, 'x');  // a block of its own
        CHECK(file.keep(long_note).size() == 40000);
        whole.take_over(std::move(file));
    }
    CHECK(kept == "studieorganisator");
}

TEST_CASE("text pool: after drop_index, kept views stay valid and keeping still works") {
    TextPool pool;
    const auto before = pool.keep("valkomstsamtal");
    pool.drop_index();
    CHECK(before == "valkomstsamtal");
    const auto after = pool.keep("valkomstsamtal");
    CHECK(after == "valkomstsamtal");
    CHECK(after.data() != before.data());                       // not found again: stored a second time
    CHECK(pool.keep("valkomstsamtal").data() == after.data());  // found from then on
}

#include <doctest/doctest.h>

#include "text/case_fold.hpp"

using namespace repjourney;

TEST_CASE("fold_case lowers ASCII and the Latin-1 letters") {
    CHECK(fold_case("FÖDD") == "född");
    CHECK(fold_case("Född") == "född");
    CHECK(fold_case("ÅÄÖÉ ÀÇÑØÜÞ×") == "åäöé àçñøüþ×");
    CHECK(fold_case("E-POST") == "e-post");
    CHECK(fold_case("日本") == "日本");
}

TEST_CASE("equal_folded ignores case, Swedish letters too") {
    CHECK(equal_folded("borås", "Borås"));
    CHECK(equal_folded("BORÅS", "borås"));
    CHECK(equal_folded("", ""));
    CHECK_FALSE(equal_folded("Boras", "Borås"));
    CHECK_FALSE(equal_folded("Borås", "Borås norra"));
}

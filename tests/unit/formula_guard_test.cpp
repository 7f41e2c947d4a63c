#include <doctest/doctest.h>

#include "text/formula_guard.hpp"

using namespace repjourney;

TEST_CASE("formula guard: what looks like a formula is guarded, and the guard comes off again") {
    for (const char* formula : {"=1+1", "+46 70 123 45 67", "-x", "@SUM(A1)", "\tx", "\rx", "+12"}) {
        CAPTURE(formula);
        CHECK(looks_like_formula(formula));
        const std::string guarded = guarded_cell(formula);
        CHECK(guarded == std::string{"'"} + formula);
        CHECK(unguarded_cell(guarded) == formula);
    }
    for (const char* text : {"", "Anna", "-12", "0.875", "-1.5", "070-123 45 67"}) {
        CAPTURE(text);
        CHECK_FALSE(looks_like_formula(text));
        CHECK(guarded_cell(text) == text);
        CHECK(unguarded_cell(text) == text);
    }
    // An apostrophe of the person's own stays: only one before a formula-like text is our guard.
    CHECK(unguarded_cell("'s-Hertogenbosch") == "'s-Hertogenbosch");
    CHECK(unguarded_cell("'12") == "'12");
    CHECK(unguarded_cell("''=x") == "''=x");
}

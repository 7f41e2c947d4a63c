#include "text/sentence_case.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

TEST_CASE("a title inside a sentence: its first letter in lower case") {
    CHECK(in_sentence("Arbetsplatsombud") == "arbetsplatsombud");
    CHECK(in_sentence("Trip leader") == "trip leader");
    CHECK(in_sentence("Grundutbildning Bättre arbetsmiljö (BAM)") == "grundutbildning Bättre arbetsmiljö (BAM)");
    CHECK(in_sentence("Återkopplingssamtal") == "återkopplingssamtal");
    CHECK(in_sentence("Ärendehantering") == "ärendehantering");
    CHECK(in_sentence("Öppet hus") == "öppet hus");
    CHECK(in_sentence("Étape") == "étape");
    CHECK(in_sentence("Uärlig") == "uärlig");  // the second letter may be a Latin-1 one
    // A word of one letter goes by the word after it.
    CHECK(in_sentence("A personal thank-you") == "a personal thank-you");
    CHECK(in_sentence("A small symbolic gift") == "a small symbolic gift");
    CHECK(in_sentence("I samband med årsmötet") == "I samband med årsmötet");  // English's pronoun wins
    CHECK(in_sentence("A LO course") == "A LO course");
    CHECK(in_sentence("A ") == "A ");
}

TEST_CASE("acronyms, names and what is already lower case are left as written") {
    CHECK(in_sentence("AMS-utbildning") == "AMS-utbildning");
    CHECK(in_sentence("LO") == "LO");
    CHECK(in_sentence("ÅÄÖ-kurs") == "ÅÄÖ-kurs");
    CHECK(in_sentence("X") == "X");
    CHECK(in_sentence("A4-mall") == "A4-mall");
    CHECK(in_sentence("A-kassa") == "A-kassa");
    CHECK(in_sentence("skyddsombud") == "skyddsombud");
    CHECK(in_sentence("3-stjärnig kurs") == "3-stjärnig kurs");
    CHECK(in_sentence("") == "");
    CHECK(in_sentence("Ωmega") == "Ωmega");  // letters beyond Latin-1 are not touched
}

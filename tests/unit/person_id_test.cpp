#include <doctest/doctest.h>

#include "import/person_id.hpp"
#include "load/fields.hpp"

using namespace repjourney;

TEST_CASE("an id from a name: lower case, Swedish letters without their marks, spaces as '-'") {
    CHECK(id_from_name("Åsa Öberg") == "asa-oberg");
    CHECK(id_from_name("Anna Larsson") == "anna-larsson");
    CHECK(id_from_name("Märta Jönsson") == "marta-jonsson");
    CHECK(id_from_name("René Ångström") == "rene-angstrom");
    CHECK(id_from_name("ÅSA ÖBERG") == "asa-oberg");
}

TEST_CASE("other letters lose their marks, and two-letter ones are spelled out") {
    CHECK(id_from_name("Jürgen Müller") == "jurgen-muller");
    CHECK(id_from_name("Søren Kierkegård") == "soren-kierkegard");
    CHECK(id_from_name("Bjørn Ærø") == "bjorn-aero");
    CHECK(id_from_name("Łukasz Wałęsa") == "lukasz-walesa");
    CHECK(id_from_name("Dvořák Šťastný") == "dvorak-stastny");
    CHECK(id_from_name("François Nuñez-Çelik") == "francois-nunez-celik");
    CHECK(id_from_name("Groß Þór Œdipe Ĳsbrand") == "gross-thor-oedipe-ijsbrand");
    CHECK(id_from_name("Ștefan Țăran") == "stefan-taran");
    CHECK(id_from_name("Ğökhan Yılmaz İnce") == "gokhan-yilmaz-ince");
}

TEST_CASE("a decomposed letter (as macOS writes names) gives the same id as a composed one") {
    CHECK(id_from_name("A\xCC\x8Asa O\xCC\x88"
                       "berg") == "asa-oberg");  // A + ring above, O + diaeresis
}

TEST_CASE("other characters are dropped, and the dashes tidied") {
    CHECK(id_from_name("Anna-Karin O'Brien") == "anna-karin-obrien");
    CHECK(id_from_name("  Anna   B. Larsson  ") == "anna-b-larsson");
    CHECK(id_from_name("Anna - Larsson") == "anna-larsson");
    CHECK(id_from_name("-Anna-") == "anna");
    CHECK(id_from_name("_anna_") == "anna");
    CHECK(id_from_name("Anna_Larsson 2") == "anna_larsson-2");
    CHECK(id_from_name("Anna\u00A0Larsson\tJr") == "anna-larsson-jr");
    CHECK(id_from_name("Anna (ordf.) ×2 ÷") == "anna-ordf-2");
    CHECK(id_from_name("Ольга Ivanova") == "ivanova");
    CHECK(id_from_name("王 Wei") == "wei");
    CHECK(id_from_name("007") == "007");
}

TEST_CASE("a name with nothing an id can use gives none") {
    CHECK(id_from_name("").empty());
    CHECK(id_from_name("   ").empty());
    CHECK(id_from_name("?!- _.").empty());
    CHECK(id_from_name("Ольга").empty());
    CHECK(id_from_name("\xFF\xC3").empty());  // not UTF-8 at all
}

TEST_CASE("every id made matches the id pattern") {
    for (const auto* name : {"Åsa Öberg", "-_a", "a_-", "Anna (ordf.)", "1 2 3", "ß", "Ĳ", "x\xCC\x88"}) {
        CAPTURE(name);
        CHECK(is_valid_id(id_from_name(name)));
    }
}

TEST_CASE("a taken id gets a number: asa-oberg, asa-oberg-2, asa-oberg-3") {
    PersonIds ids;
    ids.take("anna-larsson");
    CHECK(ids.make("Åsa Öberg") == "asa-oberg");
    CHECK(ids.make("Åsa Öberg") == "asa-oberg-2");
    CHECK(ids.make("ÅSA ÖBERG") == "asa-oberg-3");
    CHECK(ids.make("Anna Larsson") == "anna-larsson-2");
    CHECK(ids.is_taken("asa-oberg-3"));
    CHECK_FALSE(ids.is_taken("asa-oberg-4"));
}

TEST_CASE("a numbered id that is taken already is passed over") {
    PersonIds ids;
    ids.take("nils");
    ids.take("nils-2");
    ids.take("nils-4");
    CHECK(ids.make("Nils") == "nils-3");
    CHECK(ids.make("Nils") == "nils-5");
    // A name that gives a numbered id takes it, and a later count passes over it.
    CHECK(ids.make("Eva 2") == "eva-2");
    CHECK(ids.make("Eva") == "eva");
    CHECK(ids.make("Eva") == "eva-3");
}

TEST_CASE("a name that gives no id gets none, and takes nothing") {
    PersonIds ids;
    CHECK_FALSE(ids.make("???"));
    CHECK_FALSE(ids.is_taken(""));
}

TEST_CASE("thousands of people of one name cost as many tries, not their square") {
    PersonIds ids;
    for (int i = 0; i < 5000; ++i) ids.make("Anna Larsson");
    CHECK(ids.make("Anna Larsson") == "anna-larsson-5001");
}

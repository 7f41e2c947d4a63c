#include <doctest/doctest.h>

#include <string>

#include "text/mail_address.hpp"

using namespace repjourney;

TEST_CASE("an address is local@domain, with atoms or a quoted string before the '@'") {
    CHECK(is_mail_address("maria@example.org"));
    CHECK(is_mail_address("first.last+tag@sub.example-union.se"));
    CHECK(is_mail_address("o'brien!#$%&*/=?^_`{|}~-@example.org"));
    CHECK(is_mail_address("maria@localhost"));
    CHECK(is_mail_address("\"maria nilsson\"@example.org"));
    CHECK(is_mail_address("\"a@b\"@example.org"));
    CHECK(is_mail_address("\"say \\\"hi\\\"\"@example.org"));
    CHECK(mail_domain("maria@example.org") == "example.org");
    CHECK(mail_domain("\"a@b\"@example.org") == "example.org");
}

TEST_CASE("a local part may hold UTF-8 letters, as RFC 6532 allows; a domain may not") {
    CHECK(is_mail_address("åsa@example.se"));
    CHECK(is_mail_address("jörgen.öberg@example.se"));
    CHECK_FALSE(is_mail_address("asa@exämple.se"));
    CHECK_FALSE(is_mail_address("\xe5sa@example.se"));     // Latin-1, not UTF-8
    CHECK_FALSE(is_mail_address("a\xc2\x85@example.se"));  // a C1 control character (NEL)
}

TEST_CASE("what is not one bare address is refused") {
    CHECK_FALSE(is_mail_address(""));
    CHECK_FALSE(is_mail_address("maria"));
    CHECK_FALSE(is_mail_address("not an address"));
    CHECK_FALSE(is_mail_address("@example.org"));
    CHECK_FALSE(is_mail_address("maria@"));
    CHECK_FALSE(is_mail_address("a@b@example.org"));
    CHECK_FALSE(is_mail_address("maria nilsson@example.org"));
    CHECK_FALSE(is_mail_address("<maria@example.org>"));
    CHECK_FALSE(is_mail_address("Maria <maria@example.org>"));
    CHECK_FALSE(is_mail_address("maria@example.org\r\nBcc: x@example.org"));
    CHECK_FALSE(is_mail_address("\"maria\r\n\"@example.org"));
    CHECK_FALSE(is_mail_address(" maria@example.org"));
    CHECK_FALSE(is_mail_address(".maria@example.org"));
    CHECK_FALSE(is_mail_address("maria.@example.org"));
    CHECK_FALSE(is_mail_address("ma..ria@example.org"));
    CHECK_FALSE(is_mail_address("maria@.example.org"));
    CHECK_FALSE(is_mail_address("maria@example.org."));
    CHECK_FALSE(is_mail_address("maria@example..org"));
    CHECK_FALSE(is_mail_address("maria@[192.0.2.1]"));
    CHECK_FALSE(is_mail_address("a,b@example.org"));
    CHECK_FALSE(is_mail_address("\"unclosed@example.org"));
    CHECK_FALSE(is_mail_address("\"ends in an escape\\\"@example.org"));
}

TEST_CASE("an address fits the lengths every mail server must accept") {
    CHECK(is_mail_address(std::string(64, 'a') + "@example.org"));
    CHECK_FALSE(is_mail_address(std::string(65, 'a') + "@example.org"));
    const std::string domain = std::string(63, 'd') + "." + std::string(63, 'd') + "." + std::string(63, 'd') + ".se";
    CHECK(is_mail_address(std::string(64 - 4, 'a') + "@" + domain.substr(0, 254 - 61)));
    CHECK_FALSE(is_mail_address(std::string(64, 'a') + "@" + domain));
}

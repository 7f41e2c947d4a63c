#include "render/digest_email.hpp"

#include <doctest/doctest.h>

#include "digest_fixture.hpp"

using namespace repjourney;
using namespace repjourney::test;

namespace {
struct Mail {
    std::string headers;
    std::string body;
};

Mail split(const std::string& message) {
    const auto blank = message.find("\r\n\r\n");
    REQUIRE(blank != std::string::npos);
    return {message.substr(0, blank + 2), message.substr(blank + 4)};
}

// Every line ends in CRLF, and none is longer than `limit`.
void check_lines(const std::string& text, std::size_t limit) {
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        const std::string line = text.substr(start, end - start);
        CHECK(line.find('\n') == std::string::npos);
        CHECK(line.find('\r') == std::string::npos);
        CHECK(line.size() <= limit);
        start = end + 2;
    }
}

const Mailbox office{"Example Union", "office@example.org"};
}  // namespace

TEST_CASE("the recipient: --to, else the coordinator, else the organisation") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const DigestGroup& maria = digest.groups[0];
    const DigestGroup& unassigned = digest.groups[1];
    CHECK(digest_recipient(maria, model.organisation, "")->address == "maria@example.org");
    CHECK(digest_recipient(maria, model.organisation, "")->name == "Maria Nilsson");
    CHECK(digest_recipient(maria, model.organisation, "all@example.org")->address == "all@example.org");
    // Nobody to write to but the organisation, and it has no address either.
    CHECK_FALSE(digest_recipient(unassigned, model.organisation, ""));
    Organisation organisation = model.organisation;
    organisation.email = "office@example.org";
    CHECK(digest_recipient(unassigned, organisation, "")->address == "office@example.org");
    CHECK(digest_recipient(unassigned, organisation, "")->name == "Example Union");
}

TEST_CASE("group keys name the files and the Message-IDs") {
    Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    CHECK(digest_group_key(digest.groups[0], model.organisation) == "maria");
    CHECK(digest_group_key(digest.groups[1], model.organisation) == "unassigned");
    model.organisation.coordinators[1].id = "unassigned";
    CHECK(digest_group_key(digest.groups[1], model.organisation) == "_unassigned");
}

TEST_CASE("one message: headers, MIME, a quoted-printable body") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const Digest maria = digest_of_group(digest, digest.groups[0]);
    const std::string message =
        render_digest_mail(maria, model.organisation, Language::sv, office, {"Maria Nilsson", "maria@example.org"}, 60);
    const Mail mail = split(message);
    CHECK(
        mail.headers.starts_with("From: Example Union <office@example.org>\r\n"
                                 "To: Maria Nilsson <maria@example.org>\r\n"
                                 "Subject: =?utf-8?q?Repjourney_vecka_48=3A_1_ny=2C_1_=C3=B6ppen_=E2=80=93_?=\r\n"
                                 " =?utf-8?q?Example_Union?=\r\n"
                                 "Date: Mon, 23 Nov 2026 07:00:00 +0100\r\n"
                                 "Message-ID: <20261123.maria."));
    CHECK(mail.headers.find("@example.org>\r\nMIME-Version: 1.0\r\n"
                            "Content-Type: multipart/alternative; boundary=\"=_repjourney_") != std::string::npos);
    CHECK(mail.headers.find("\"\r\nContent-Language: sv\r\n"
                            "Auto-Submitted: auto-generated\r\n") != std::string::npos);
    check_lines(mail.headers, 78);
    check_lines(mail.body, 76);
    CHECK(mail.body.find("Maria Nilsson\r\n-------------\r\n") != std::string::npos);
    CHECK(mail.body.find("Anna Larsson, 070-123 45 67, anna@example.org\r\n") != std::string::npos);
    // The plain part, then the HTML one, each quoted-printable, between the boundaries.
    const auto plain = mail.body.find(
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n");
    const auto page = mail.body.find(
        "Content-Type: text/html; charset=utf-8\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n<!DOCTYPE html>");
    CHECK(mail.body.starts_with("--=_repjourney_"));
    CHECK(plain < page);
    CHECK(page != std::string::npos);
    CHECK(mail.body.ends_with("--\r\n"));
    CHECK(mail.body.find("Bo Ek") == std::string::npos);  // another coordinator's person
}

TEST_CASE("the same digest gives the same message; another digest another Message-ID") {
    const Model model = digest_example();
    const Digest digest = compute_digest(Snapshot{model, as_of}, {});
    const auto message_id = [&](const Digest& d, Language language) {
        const std::string message = render_digest_mail(d, model.organisation, language, office, office, 60);
        const auto at = message.find("Message-ID: ");
        return message.substr(at, message.find("\r\n", at) - at);
    };
    const Digest maria = digest_of_group(digest, digest.groups[0]);
    CHECK(message_id(maria, Language::en) == message_id(maria, Language::en));
    CHECK(message_id(maria, Language::en) != message_id(maria, Language::sv));
    const Digest unassigned = digest_of_group(digest, digest.groups[1]);
    CHECK(message_id(unassigned, Language::en).starts_with("Message-ID: <20261123.unassigned."));
}

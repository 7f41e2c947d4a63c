#include "render/mail_format.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace repjourney;

namespace {
std::vector<std::string> lines_of(const std::string& text, std::string_view end = "\r\n") {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto at = text.find(end, start);
        REQUIRE(at != std::string::npos);  // every line is ended
        lines.push_back(text.substr(start, at - start));
        start = at + end.size();
    }
    return lines;
}

// Undoes quoted-printable: soft breaks joined, =XX decoded.
std::string qp_decoded(const std::string& encoded) {
    std::string out;
    for (const auto& line : lines_of(encoded)) {
        const bool soft = !line.empty() && line.back() == '=';
        const std::string body = soft ? line.substr(0, line.size() - 1) : line;
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (body[i] == '=') {
                out += static_cast<char>(std::stoi(body.substr(i + 1, 2), nullptr, 16));
                i += 2;
            } else {
                out += body[i];
            }
        }
        if (!soft) out += '\n';
    }
    return out;
}
}  // namespace

TEST_CASE("plain ASCII header text stays as it is, and folds at spaces") {
    CHECK(header_field("Subject", unstructured_words("Week 48, 23-29 Nov 2026")) ==
          "Subject: Week 48, 23-29 Nov 2026\r\n");
    std::string long_text;
    for (int i = 0; i < 30; ++i) long_text += "word" + std::to_string(i) + " ";
    const std::string field = header_field("Subject", unstructured_words(long_text));
    const auto lines = lines_of(field);
    CHECK(lines.size() > 1);
    for (const auto& line : lines) CHECK(line.size() <= 78);
    CHECK(lines[1].starts_with(" word"));
}

TEST_CASE("non-ASCII header text becomes encoded-words of whole characters") {
    CHECK(unstructured_words("Fackförbundet") == std::vector<std::string>{"=?utf-8?q?Fackf=C3=B6rbundet?="});
    // Spaces, commas and the en dash are encoded too, so the words are valid in any header.
    CHECK(unstructured_words("vecka 48, 23–29 nov") ==
          std::vector<std::string>{"=?utf-8?q?vecka_48=2C_23=E2=80=9329_nov?="});
    const auto words = unstructured_words(std::string(40, 'a') + " åäöåäöåäöåäöåäö");
    REQUIRE(words.size() > 1);
    for (const auto& word : words) {
        CHECK(word.size() <= 66);
        CHECK(word.starts_with("=?utf-8?q?"));
        CHECK(word.ends_with("?="));
        // Every two-byte letter whole: as many lead bytes as continuation bytes.
        std::size_t leads = 0, continuations = 0;
        for (std::size_t at = word.find("=C3"); at != std::string::npos; at = word.find("=C3", at + 1)) ++leads;
        for (const char* c : {"=A5", "=A4", "=B6"})
            for (std::size_t at = word.find(c); at != std::string::npos; at = word.find(c, at + 1)) ++continuations;
        CHECK(leads == continuations);
    }
}

TEST_CASE("text that looks encoded, or holds control characters, is encoded") {
    CHECK(unstructured_words("=?utf-8?q?x?=")[0] == "=?utf-8?q?=3D=3Futf-8=3Fq=3Fx=3F=3D?=");
    // A newline can never start a new header: it is a space, a CR is shown, and the text stays on its field.
    const std::string field = header_field("Subject", unstructured_words("Hello\r\nBcc: all@example.org"));
    CHECK(field == "Subject: Hello\\x0d Bcc: all@example.org\r\n");
    // An escape sequence is shown, in plain words or inside an encoded-word alike.
    CHECK(header_field("Subject", unstructured_words("Hi\x1b[2J")) == "Subject: Hi\\e[2J\r\n");
    CHECK(mailbox_words("Åsa\x1b[2J", "a@example.org")[0] == "=?utf-8?q?=C3=85sa=5Ce=5B2J?=");
}

TEST_CASE("a mailbox's display name is quoted by encoding when it is more than atoms") {
    CHECK(mailbox_words("Grace O'Neill", "grace@example.org") ==
          std::vector<std::string>{"Grace", "O'Neill", "<grace@example.org>"});
    CHECK(mailbox_words("Example Union, branch 12", "office@example.org") ==
          std::vector<std::string>{"=?utf-8?q?Example_Union=2C_branch_12?=", "<office@example.org>"});
    CHECK(mailbox_words("Karin Håkansson", "k@example.se")[0] == "=?utf-8?q?Karin_H=C3=A5kansson?=");
    CHECK(mailbox_words("", "k@example.se") == std::vector<std::string>{"<k@example.se>"});
    const std::string field =
        header_field("From", mailbox_words("Fackförbundet Exempel, avdelning 12", "avd12@fackforbundet-exempel.se"));
    for (const auto& line : lines_of(field)) CHECK(line.size() <= 78);
}

TEST_CASE("quoted-printable encodes what it must and keeps the rest readable") {
    CHECK(quoted_printable("Hello\n") == "Hello\r\n");
    CHECK(quoted_printable("1+1=2\n") == "1+1=3D2\r\n");
    CHECK(quoted_printable("Göran\n") == "G=C3=B6ran\r\n");
    CHECK(quoted_printable("trailing \n") == "trailing=20\r\n");
    CHECK(quoted_printable("a\n\nb") == "a\r\n\r\nb\r\n");
    // A lone dot would end sendmail's input, and "From " would start a new message in an mbox.
    CHECK(quoted_printable(".\n") == "=2E\r\n");
    CHECK(quoted_printable("From here on\n") == "=46rom here on\r\n");
    CHECK(quoted_printable("Fromage\n") == "Fromage\r\n");
}

TEST_CASE("long quoted-printable lines break softly, and decode to what went in") {
    const std::string text =
        std::string(74, 'x') + ".. From " + std::string(100, 'y') + " åäö " + std::string(80, '=') + "\nnext line \n";
    const std::string encoded = quoted_printable(text);
    for (const auto& line : lines_of(encoded)) {
        CHECK(line.size() <= 76);
        CHECK_FALSE(line.starts_with("."));
        CHECK_FALSE(line.starts_with("From "));
        CHECK_FALSE(line.ends_with(" "));
    }
    CHECK(qp_decoded(encoded) == text);
}

TEST_CASE("mail dates") {
    CHECK(mail_date(*Date::parse("2026-11-23"), 7, 60) == "Mon, 23 Nov 2026 07:00:00 +0100");
    CHECK(mail_date(*Date::parse("2026-07-05"), 7, 120) == "Sun, 5 Jul 2026 07:00:00 +0200");
    CHECK(mail_date(*Date::parse("2027-01-01"), 8, -210) == "Fri, 1 Jan 2027 08:00:00 -0330");
    CHECK(mail_date(*Date::parse("2027-01-01"), 8, 0) == "Fri, 1 Jan 2027 08:00:00 +0000");
}

TEST_CASE("an mbox entry: a From line, LF line ends, From lines quoted, a blank line after") {
    const std::string message = "From: a@example.org\r\nSubject: x\r\n\r\nFrom here\r\n>From there\r\nok\r\n";
    CHECK(mbox_entry(message, "a@example.org", *Date::parse("2026-11-03"), 7) ==
          "From a@example.org Tue Nov  3 07:00:00 2026\n"
          "From: a@example.org\nSubject: x\n\n>From here\n>>From there\nok\n\n");
}

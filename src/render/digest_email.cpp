#include "render/digest_email.hpp"

#include <algorithm>
#include <cstdint>

#include <fmt/format.h>

#include "render/digest_html.hpp"
#include "render/digest_text.hpp"
#include "render/mail_format.hpp"
#include "text/mail_address.hpp"

namespace repjourney {

namespace {
// FNV-1a, 64 bits: stable across runs and platforms, which std::hash is not promised to be.
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 14695981039346656037ULL) {
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string_view language_tag(Language language) { return language == Language::sv ? "sv" : "en"; }
}  // namespace

std::optional<Mailbox> digest_recipient(const DigestGroup& group, const Organisation& organisation,
                                        std::string_view to) {
    if (!to.empty()) return Mailbox{{}, std::string{to}};
    if (group.coordinator && !group.coordinator->email.empty())
        return Mailbox{group.coordinator->name, group.coordinator->email};
    if (!organisation.email.empty()) return Mailbox{organisation.name, organisation.email};
    return std::nullopt;
}

std::string digest_group_key(const DigestGroup& group, const Organisation& organisation) {
    if (group.coordinator) return group.coordinator->id;
    const bool taken = std::any_of(organisation.coordinators.begin(), organisation.coordinators.end(),
                                   [](const Coordinator& c) { return c.id == "unassigned"; });
    return taken ? "_unassigned" : "unassigned";
}

std::string render_digest_mail(const Digest& digest, const Organisation& organisation, Language language,
                               const Mailbox& from, const Mailbox& to, int utc_offset_minutes, bool commands) {
    const DigestWords words = digest_words(digest, organisation, language, commands);
    const std::string text = quoted_printable(render_digest_text(words, digest_mail_width));
    const std::string html = quoted_printable(render_digest_html(words, language_tag(language)));
    // "=_" never occurs in quoted-printable, so the boundary cannot occur in either part.
    const std::string boundary = fmt::format("=_repjourney_{:016x}", fnv1a(html, fnv1a(text)));
    const auto part = [&](std::string_view type, const std::string& content) {
        return fmt::format("--{}\r\n", boundary) + header_field("Content-Type", {std::string{type}, "charset=utf-8"}) +
               header_field("Content-Transfer-Encoding", {"quoted-printable"}) + "\r\n" + content;
    };
    const std::string body = part("text/plain;", text) + part("text/html;", html) + fmt::format("--{}--\r\n", boundary);
    std::string headers = header_field("From", mailbox_words(from.name, from.address)) +
                          header_field("To", mailbox_words(to.name, to.address)) +
                          header_field("Subject", unstructured_words(words.subject)) +
                          header_field("Date", {mail_date(digest.first, digest_mail_hour, utc_offset_minutes)});
    const std::string key = digest.groups.empty() ? "" : digest_group_key(digest.groups.front(), organisation);
    const std::string day = digest.first.iso();
    const std::string id = fmt::format("<{}{}{}.{}.{:016x}@{}>", day.substr(0, 4), day.substr(5, 2), day.substr(8, 2),
                                       key, fnv1a(body, fnv1a(headers)), mail_domain(from.address));
    headers += header_field("Message-ID", {id});
    headers += header_field("MIME-Version", {"1.0"});
    headers += header_field("Content-Type", {"multipart/alternative;", "boundary=\"" + boundary + "\""});
    headers += header_field("Content-Language", {std::string{language_tag(language)}});
    headers += header_field("Auto-Submitted", {"auto-generated"});
    return headers + "\r\n" + body;
}

}  // namespace repjourney

#pragma once
// `remind --format email`: each coordinator's digest as a complete message for `sendmail -t`, and several as an
// mbox stream or one file each. A message is RFC 5322 with CRLF line ends: From, To, Subject (DigestWords::subject:
// the weeks, how much is new and open, the organisation), Date, Message-ID, MIME-Version, a multipart/alternative
// body of the plain text (complete on its own) and its HTML (render_digest_html), each charset=utf-8 in
// quoted-printable (readable as it stands, and safe from sendmail's lone "." and mbox's "From "), Content-Language
// and Auto-Submitted (RFC 3834, so that vacation responders do not answer it).

#include <optional>
#include <string>
#include <string_view>

#include "engine/digest.hpp"

namespace repjourney {

// Messages are dated as_of at this hour, local time, so that the same data and day give the same message (golden
// tests, and re-runs a mail system can recognise): a weekly cron job runs in the morning.
inline constexpr int digest_mail_hour = 7;

// Mail is wrapped narrower than the terminal's 80 columns, leaving room for "> " in replies.
inline constexpr std::size_t digest_mail_width = 72;

struct Mailbox {
    std::string name;  // may be empty
    std::string address;
};

// Who gets a group's digest: `to` (--to) when given; else the coordinator, by name and address; else (no
// coordinator, or none with an address) the organisation's address. Nothing when there is no address at all.
std::optional<Mailbox> digest_recipient(const DigestGroup& group, const Organisation& organisation,
                                        std::string_view to);

// The name a group's message goes by, in its file name and its Message-ID: the coordinator's id, or "unassigned"
// for the people without one ("_unassigned" if a coordinator is called that: ids never start with '_').
std::string digest_group_key(const DigestGroup& group, const Organisation& organisation);

// The digest's first group as one message, dated as_of at digest_mail_hour with this UTC offset. Its Message-ID
// is <YYYYMMDD.KEY.HASH@DOMAIN>: the day, the group key, a hash of the message's headers and body, and the
// sender's domain, so a changed digest gets a new id and an unchanged one keeps it.
// `commands`: each item's record line in the body (see digest_words).
std::string render_digest_mail(const Digest& digest, const Organisation& organisation, Language language,
                               const Mailbox& from, const Mailbox& to, int utc_offset_minutes, bool commands = true);

}  // namespace repjourney

#pragma once
// The pieces of an Internet message with a UTF-8 text body: header fields (RFC 5322) with non-ASCII text in
// RFC 2047 encoded-words, and a quoted-printable body (RFC 2045); lines end in CRLF and stay within 78 characters.
// And messages stored one after another in an mbox stream.

#include <string>
#include <string_view>
#include <vector>

#include "model/date.hpp"

namespace repjourney {

// "Name: value" with the value's words separated by spaces, folded before a word that would take the line past 78
// characters; each line ends in CRLF. Words are never split (encoded-words are short; an address may not be).
std::string header_field(std::string_view name, const std::vector<std::string>& words);

// Unstructured text, such as a Subject, as header words: its words as they are when it is printable ASCII; else,
// or when a word is too long to fold or looks like an encoded-word, the whole text as RFC 2047 encoded-words
// (UTF-8, Q encoding), each at most 66 characters and holding whole characters. Control characters become spaces.
std::vector<std::string> unstructured_words(std::string_view text);

// A mailbox, `display-name <address>`, as header words: the name as it is when it is atoms and spaces, else as
// encoded-words (so commas, dots and quotes in a name need no quoting); just `<address>` without a name. The
// address (see is_mail_address) goes in as it is: one with a UTF-8 local part makes a UTF-8 header (RFC 6532),
// which the mail server relays with SMTPUTF8, as Postfix and Exim do for `sendmail -t`.
std::vector<std::string> mailbox_words(std::string_view display_name, std::string_view address);

// The body encoded quoted-printable: each '\n'-ended line of text becomes CRLF-ended lines of at most 76
// characters, with soft line breaks ("=" at the end) where a line is longer. '=', bytes outside printable ASCII
// and a space or tab ending a line are encoded, and so are a '.' and the 'F' of "From " that would begin a line,
// so the body passes `sendmail -t` (a lone "." ends its input) and mbox files (a "From " line starts a message)
// unchanged.
std::string quoted_printable(std::string_view text);

// An RFC 5322 date-time at a whole hour: "Mon, 23 Nov 2026 07:00:00 +0100", with day and month names in English
// as the RFC spells them.
std::string mail_date(Date date, int hour, int utc_offset_minutes);

// A message (CRLF lines) as one entry of an mbox stream, RFC 4155 and the mboxrd convention: a "From SENDER DATE"
// line with the date in asctime's form, the message's lines ending in LF as in local mbox files, every line that
// starts with "From " after any number of '>' quoted with one more '>', and a blank line after it.
std::string mbox_entry(std::string_view message, std::string_view sender, Date date, int hour);

}  // namespace repjourney

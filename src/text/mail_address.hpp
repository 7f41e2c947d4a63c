#pragma once
// What counts as an e-mail address, for the loader (which reports a bad one in the data) and the
// digest mail (which writes one into a header): one rule, so that data `check` accepts never makes
// `remind` fail.

#include <string_view>

namespace repjourney {

// An RFC 5322 addr-spec, local@domain, as written in data and on the command line: a local part of
// dot-separated atoms (UTF-8 letters allowed, as RFC 6532 does) or one quoted string, of at most 64
// bytes; a domain of dot-separated labels of ASCII letters, digits and '-'; at most 254 bytes in all.
// No display name, angle brackets, comments or white space around it: one bare address.
bool is_mail_address(std::string_view address);

// The domain of such an address: what follows its last '@'.
std::string_view mail_domain(std::string_view address);

}  // namespace repjourney

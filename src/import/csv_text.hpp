#pragma once
// A CSV file's bytes as UTF-8 text. Spreadsheets save CSV in the encoding of their version and
// locale: "CSV UTF-8" (with a byte order mark), plain CSV in Windows-1252 (Swedish Excel's "CSV
// (semicolon separated)"), or UTF-16 ("Unicode text"). Each is recognised here, so the rest of
// the import only ever sees UTF-8.

#include <cstddef>
#include <string>
#include <string_view>

namespace repjourney {

enum class CsvEncoding { utf8, utf8_with_bom, windows_1252, utf16le, utf16be };

struct CsvText {
    std::string text;  // UTF-8, without a byte order mark
    CsvEncoding encoding = CsvEncoding::utf8;
    // How many U+FFFD stand for bytes that were no character: Windows-1252's undefined bytes
    // (0x81, 0x8D, 0x8F, 0x90, 0x9D), invalid UTF-8 after a UTF-8 BOM, unpaired UTF-16 surrogates.
    std::size_t replaced = 0;
};

// The bytes decoded: after a UTF-8 byte order mark as UTF-8 (invalid sequences replaced); after
// a UTF-16 one as UTF-16 of that byte order; without one as UTF-8 when they are valid UTF-8 (so
// plain ASCII is "UTF-8"), else as Windows-1252. Never fails: a byte that is no character
// becomes U+FFFD, which read_sheet_rows refuses in the columns it reads (an ignored column may
// hold anything).
CsvText decode_csv_bytes(std::string_view bytes);

// "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE": for the summary.
std::string_view encoding_name(CsvEncoding encoding);

}  // namespace repjourney

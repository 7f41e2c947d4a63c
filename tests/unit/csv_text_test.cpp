#include <doctest/doctest.h>

#include "import/csv_text.hpp"

using namespace repjourney;

TEST_CASE("UTF-8 is kept as it is, and its byte order mark dropped") {
    const auto plain = decode_csv_bytes("Namn;Ort\nÅsa Öberg;Göteborg\n");
    CHECK(plain.text == "Namn;Ort\nÅsa Öberg;Göteborg\n");
    CHECK(plain.encoding == CsvEncoding::utf8);
    CHECK(plain.replaced == 0);

    const auto with_bom = decode_csv_bytes("\xEF\xBB\xBFNamn;Ort\r\nÅsa Öberg;Göteborg\r\n");
    CHECK(with_bom.text == "Namn;Ort\r\nÅsa Öberg;Göteborg\r\n");
    CHECK(with_bom.encoding == CsvEncoding::utf8_with_bom);
    CHECK(encoding_name(with_bom.encoding) == "UTF-8 with BOM");
}

TEST_CASE("plain ASCII and an empty file count as UTF-8") {
    CHECK(decode_csv_bytes("name,email\n").encoding == CsvEncoding::utf8);
    CHECK(decode_csv_bytes("").encoding == CsvEncoding::utf8);
    CHECK(decode_csv_bytes("").text.empty());
    CHECK(decode_csv_bytes("\xEF\xBB\xBF").text.empty());
}

TEST_CASE("bytes that are not UTF-8 are read as Windows-1252, as Swedish Excel saves CSV") {
    const auto sheet = decode_csv_bytes(
        "Namn;F\xF6"
        "dd;Ort\r\n\xC5sa \xD6"
        "berg;1987;G\xF6teborg\r\n");
    CHECK(sheet.encoding == CsvEncoding::windows_1252);
    CHECK(encoding_name(sheet.encoding) == "Windows-1252");
    CHECK(sheet.text == "Namn;Född;Ort\r\nÅsa Öberg;1987;Göteborg\r\n");
    CHECK(sheet.replaced == 0);
    CHECK(decode_csv_bytes("\xC9lise \xE9\xE4\xE5\xF6\xC4\xFC\xD8\xE6\xDF\xFF").text == "Élise éäåöÄüØæßÿ");
}

TEST_CASE("Windows-1252's 0x80..0x9F are its own characters, not Latin-1's controls") {
    const auto text = decode_csv_bytes(
                          "\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E"
                          "\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F")
                          .text;
    CHECK(text == "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
    CHECK(decode_csv_bytes("\xA0\xA9\xBD").text == "\u00A0©½");
}

TEST_CASE("Windows-1252's five undefined bytes become U+FFFD, and are counted") {
    const auto text = decode_csv_bytes("a\x81 b\x8D c\x8F d\x90 e\x9D");
    CHECK(text.encoding == CsvEncoding::windows_1252);
    CHECK(text.text == "a\uFFFD b\uFFFD c\uFFFD d\uFFFD e\uFFFD");
    CHECK(text.replaced == 5);
}

TEST_CASE("a NUL byte is kept, for the reader to report where it is") {
    CHECK(decode_csv_bytes(std::string_view{"a\0b", 3}).text == std::string_view{"a\0b", 3});
    CHECK(decode_csv_bytes(std::string_view{"\xF6\0", 2}).text == std::string_view{"ö\0", 3});
}

TEST_CASE("after a UTF-8 byte order mark, bytes that are not UTF-8 become U+FFFD") {
    const auto text = decode_csv_bytes("\xEF\xBB\xBFG\xF6teborg;\xC3");
    CHECK(text.encoding == CsvEncoding::utf8_with_bom);
    CHECK(text.text == "G\uFFFDteborg;\uFFFD");
    CHECK(text.replaced == 2);
}

TEST_CASE("UTF-16 with a byte order mark, as Excel's \"Unicode text\" saves it") {
    // "Namn\tÅsa 😀\r\n" in UTF-16LE and UTF-16BE.
    const std::string_view le{"\xFF\xFEN\0a\0m\0n\0\t\0\xC5\0s\0a\0 \0\x3D\xD8\x00\xDE\r\0\n\0", 28};
    const auto little = decode_csv_bytes(le);
    CHECK(little.encoding == CsvEncoding::utf16le);
    CHECK(little.text == "Namn\tÅsa 😀\r\n");
    CHECK(little.replaced == 0);

    const std::string_view be{"\xFE\xFF\0N\0a\0m\0n\0\t\0\xC5\0s\0a\0 \xD8\x3D\xDE\x00\0\r\0\n", 28};
    const auto big = decode_csv_bytes(be);
    CHECK(big.encoding == CsvEncoding::utf16be);
    CHECK(big.text == "Namn\tÅsa 😀\r\n");
    CHECK(encoding_name(big.encoding) == "UTF-16BE");
}

TEST_CASE("UTF-16's unpaired surrogates and a last odd byte become U+FFFD") {
    const std::string_view bytes{"\xFF\xFE\x3D\xD8x\0\x00\xDE\x41", 9};  // high, 'x', lone low, half a unit
    const auto text = decode_csv_bytes(bytes);
    CHECK(text.text == "\uFFFDx\uFFFD\uFFFD");
    CHECK(text.replaced == 3);
}

#include <doctest/doctest.h>

#include "import/csv_reader.hpp"

using namespace repjourney;

namespace {
using Fields = std::vector<std::string>;

// Each row's fields, the header first.
std::vector<Fields> all_fields(const CsvTable& table) {
    std::vector<Fields> out{table.header.fields};
    for (const CsvRecord& row : table.rows) out.push_back(row.fields);
    return out;
}

std::vector<int> row_numbers(const CsvTable& table) {
    std::vector<int> out{table.header.row};
    for (const CsvRecord& row : table.rows) out.push_back(row.row);
    return out;
}
}  // namespace

TEST_CASE("the separator is the one the header uses most") {
    CHECK(detect_separator("Namn;E-post;Mobil\n") == ';');
    CHECK(detect_separator("name,email,phone\n") == ',');
    CHECK(detect_separator("name\temail\tphone\n") == '\t');
    // Separators inside quotes and in later rows do not count.
    CHECK(detect_separator("\"Namn, för- och efternamn\";E-post\na,b,c,d,e\n") == ';');
    CHECK(detect_separator("\"a;b;c\",name\n") == ',');
    // A quoted line break in the header does not end it.
    CHECK(detect_separator("\"Namn\nfull\";E-post;Mobil\n") == ';');
}

TEST_CASE("a tie goes to the tab, then the semicolon") {
    CHECK(detect_separator("Namn, förnamn;E-post\n") == ';');
    CHECK(detect_separator("Namn, förnamn\tE-post; privat\n") == '\t');
    CHECK(detect_separator("a;b,c;d,e\n") == ';');
}

TEST_CASE("a header without a separator is a single column") {
    CHECK(detect_separator("Namn\r\nLarsson, Anna\r\n") == '\0');
    const auto table = read_csv("Namn\r\nLarsson, Anna\r\n\"Öberg; Åsa\"\r\n");
    CHECK(table.separator == '\0');
    CHECK(all_fields(table) == std::vector<Fields>{{"Namn"}, {"Larsson, Anna"}, {"Öberg; Åsa"}});
    CHECK(table.problems.empty());
}

TEST_CASE("empty rows above the header are skipped, in detecting and in reading") {
    const auto table = read_csv(";;;\r\n\r\nNamn;E-post\r\nAnna;anna@example.org\r\n");
    CHECK(table.separator == ';');
    CHECK(table.header == CsvRecord{3, {"Namn", "E-post"}});
    CHECK(row_numbers(table) == std::vector<int>{3, 4});
}

TEST_CASE("comma-separated UTF-8 with LF line ends") {
    const auto table = read_csv("id,name,email\nanna-larsson,Anna Larsson,anna@example.org\nasa,Åsa Öberg,\n");
    CHECK(table.separator == ',');
    CHECK(all_fields(table) == std::vector<Fields>{{"id", "name", "email"},
                                                   {"anna-larsson", "Anna Larsson", "anna@example.org"},
                                                   {"asa", "Åsa Öberg", ""}});
    CHECK(row_numbers(table) == std::vector<int>{1, 2, 3});
    CHECK(table.problems.empty());
}

TEST_CASE("tab-separated, as spreadsheets copy to the clipboard") {
    const auto table = read_csv("Namn\tOrt\nÅsa Öberg\tGöteborg, Hisingen\n");
    CHECK(table.separator == '\t');
    CHECK(all_fields(table) == std::vector<Fields>{{"Namn", "Ort"}, {"Åsa Öberg", "Göteborg, Hisingen"}});
}

TEST_CASE("CRLF, LF and a lone CR all end a record; the last may end without one") {
    CHECK(all_fields(read_csv("a;b\r\n1;2\r\n3;4")) == std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(all_fields(read_csv("a;b\r1;2\r3;4\r")) == std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(all_fields(read_csv("a;b\n1;2\r\n3;4\r")) == std::vector<Fields>{{"a", "b"}, {"1", "2"}, {"3", "4"}});
    CHECK(read_csv("a;b\n1;2").rows.size() == 1);
}

TEST_CASE("quoted fields hold separators, quotes and line breaks") {
    const auto table = read_csv(
        "Namn;Kommentar;Ort\r\n"
        "\"Larsson; Anna\";\"Sa \"\"ja\"\", gärna\";\"Göteborg\"\r\n"
        "\"Öberg, Åsa\";\"rad ett\r\nrad två\nrad tre\rslut\";\"\"\r\n"
        "Nils;\"\"\"\";x\r\n");
    CHECK(table.problems.empty());
    CHECK(all_fields(table) == std::vector<Fields>{{"Namn", "Kommentar", "Ort"},
                                                   {"Larsson; Anna", "Sa \"ja\", gärna", "Göteborg"},
                                                   {"Öberg, Åsa", "rad ett\nrad två\nrad tre\nslut", ""},
                                                   {"Nils", "\"", "x"}});
    // A line break inside quotes does not start a row: the row numbers count records.
    CHECK(row_numbers(table) == std::vector<int>{1, 2, 3, 4});
}

TEST_CASE("blanks around an unquoted field are trimmed; a quoted field is kept as written") {
    const auto table = read_csv("Namn , E-post\n  Anna Larsson ,\t anna@example.org \n  \"  Åsa \"  , x\n");
    CHECK(all_fields(table) ==
          std::vector<Fields>{{"Namn", "E-post"}, {"Anna Larsson", "anna@example.org"}, {"  Åsa ", "x"}});
    CHECK(table.problems.empty());
}

TEST_CASE("a quote inside an unquoted field is kept") {
    CHECK(all_fields(read_csv("a;b\n5\" skärm;O\"Brien\n")) ==
          std::vector<Fields>{{"a", "b"}, {"5\" skärm", "O\"Brien"}});
}

TEST_CASE("empty fields, missing and extra fields are kept as they are") {
    const auto table = read_csv("a;b;c\n1;;3\n1\n1;2;3;4;\n");
    CHECK(all_fields(table) == std::vector<Fields>{{"a", "b", "c"}, {"1", "", "3"}, {"1"}, {"1", "2", "3", "4", ""}});
}

TEST_CASE("rows whose fields are all empty are skipped but counted") {
    const auto table = read_csv(
        "Namn;E-post;Mobil\r\n"
        "Anna;anna@example.org;070\r\n"
        ";;\r\n"
        "\r\n"
        "  ;\"\"; \r\n"
        "Åsa;;\r\n"
        ";;\r\n");
    CHECK(all_fields(table) ==
          std::vector<Fields>{{"Namn", "E-post", "Mobil"}, {"Anna", "anna@example.org", "070"}, {"Åsa", "", ""}});
    CHECK(row_numbers(table) == std::vector<int>{1, 2, 6});
}

TEST_CASE("an empty text has no header") {
    for (const auto* text : {"", "\r\n", ";;;\r\n;;;\r\n"}) {
        const auto table = read_csv(text);
        CHECK(table.header.fields.empty());
        CHECK(table.rows.empty());
        CHECK(table.problems.empty());
    }
}

TEST_CASE("an unclosed quote is reported at the row and field where it opens") {
    const auto table = read_csv("Namn;Ort\nAnna;Göteborg\nÅsa;\"Malmö\nNils;Lund\n");
    REQUIRE(table.problems.size() == 1);
    CHECK(table.problems[0].row == 3);
    CHECK(table.problems[0].column == 2);
    CHECK(table.problems[0].message.english() ==
          "the quote that opens this cell is never closed, so the rest of the file is in the cell: close it, or "
          "write a quote meant as text twice (\"\")");
    // The rest of the file is that cell.
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[1].fields == Fields{"Åsa", "Malmö\nNils;Lund\n"});
}

TEST_CASE("text after a closing quote is reported, and reading goes on") {
    const auto table =
        read_csv("Namn;Ort;Mobil\n\"Anna\" Larsson;Göteborg;070\nÅsa;\"Malmö\"x;\"1\"\"2\" 3\nNils;\"Lund\"  ;\n");
    REQUIRE(table.problems.size() == 3);
    CHECK(table.problems[0] == ImportProblem{2, 1,
                                             "text after the closing quote of a quoted cell: a quote inside a quoted "
                                             "cell is written twice (\"\")"});
    CHECK(table.problems[1].row == 3);
    CHECK(table.problems[1].column == 2);
    CHECK(table.problems[2].row == 3);
    CHECK(table.problems[2].column == 3);
    CHECK(all_fields(table) == std::vector<Fields>{{"Namn", "Ort", "Mobil"},
                                                   {"Anna Larsson", "Göteborg", "070"},
                                                   {"Åsa", "Malmöx", "1\"2 3"},
                                                   {"Nils", "Lund", ""}});
}

TEST_CASE("a NUL byte is reported once per row, where it is, and dropped") {
    const std::string text{"Namn;Ort\nAnna;G\0teborg\n\"\0sa\";\0\0\nNils;Lund\n", 42};
    const auto table = read_csv(text);
    REQUIRE(table.problems.size() == 2);
    CHECK(table.problems[0].row == 2);
    CHECK(table.problems[0].column == 2);
    CHECK(table.problems[0].message.english() ==
          "a NUL byte, which no text holds: is the file UTF-16 without a byte order mark? Save the sheet as \"CSV "
          "UTF-8\"");
    CHECK(table.problems[1].row == 3);
    CHECK(table.problems[1].column == 1);
    CHECK(all_fields(table) == std::vector<Fields>{{"Namn", "Ort"}, {"Anna", "Gteborg"}, {"sa", ""}, {"Nils", "Lund"}});
}

TEST_CASE("five thousand rows are read in one pass") {
    std::string text = "Medlemsnummer;Namn;E-post;Mobil;Avdelning;Uppdrag;Från;Arbetsplats\r\n";
    for (int i = 0; i < 5000; ++i)
        text += std::to_string(10000 + i) + ";Person " + std::to_string(i) + ";p" + std::to_string(i) +
                "@example.org;070-123 45 67;Göteborg;steward;2025-03-01;\"Volvo; Torslanda\"\r\n";
    const auto table = read_csv(text);
    CHECK(table.problems.empty());
    REQUIRE(table.rows.size() == 5000);
    CHECK(table.rows.back().row == 5001);
    CHECK(table.rows.back().fields[7] == "Volvo; Torslanda");
}

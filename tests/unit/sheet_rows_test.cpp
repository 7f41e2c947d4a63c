#include <doctest/doctest.h>

#include "diagnostics/messages.hpp"
#include "import/column_map.hpp"
#include "import/csv_reader.hpp"
#include "import/csv_text.hpp"
#include "import/sheet_rows.hpp"

using namespace repjourney;

namespace {
struct Sheet {
    CsvTable table;
    ColumnMap map;
    SheetRows rows;
};

// The steps of an import, text to rows, with every step's problems expected to be none but the rows'.
Sheet read_sheet(std::string_view text, const std::vector<std::string>& map_options = {}, SheetDefaults defaults = {}) {
    Sheet sheet;
    sheet.table = read_csv(text);
    sheet.map = map_columns(sheet.table.header, map_options);
    sheet.rows = read_sheet_rows(sheet.table, sheet.map, defaults);
    CHECK(sheet.table.problems.empty());
    CHECK(sheet.map.problems.empty());
    return sheet;
}

std::vector<std::string> formatted(const std::vector<ImportProblem>& problems) {
    std::vector<std::string> out;
    for (const auto& problem : problems) out.push_back(format_import_problem("medlemmar.csv", problem));
    return out;
}

Date day(int y, unsigned m, unsigned d) { return Date::from_ymd(y, m, d); }
}  // namespace

TEST_CASE("problems are formatted as FILE:ROW:COLUMN, or without what they have not") {
    CHECK(format_import_problem("m.csv", {3, 2, "bad"}) == "m.csv:3:2: error: bad");
    CHECK(format_import_problem("m.csv", {1, 0, "bad"}) == "m.csv:1: error: bad");
    CHECK(format_import_problem("m.csv", {0, 0, "--map 'x': bad"}) == "repjourney: error: --map 'x': bad");
}

TEST_CASE("a Swedish Excel export of a member register, bytes to rows") {
    // "CSV (semikolonavgränsad)" from Swedish Excel: Windows-1252, CRLF, ';', empty rows as ";;;;;;;".
    const std::string_view bytes =
        "Medlemsnummer;Namn;E-post;Mobil;Avdelning;Uppdrag;Fr\xE5n;Arbetsplats\r\n"
        "10234;\xC5sa \xD6"
        "berg;asa.oberg@example.org;070-123 45 67;G\xF6teborg;steward;2025-03-01;"
        "\"Volvo Torslanda; m\xE5lerier\"\r\n"
        ";;;;;;;\r\n"
        "10561;Anna Larsson;ANNA@example.org;;Bor\xE5s;;;\r\n"
        "10988;Jos\xE9 Nu\xF1"
        "ez;;+46 70 555 12 12;G\xF6teborg;safety;2026-01-15;SKF\r\n";
    const auto text = decode_csv_bytes(bytes);
    CHECK(text.encoding == CsvEncoding::windows_1252);
    const auto sheet = read_sheet(text.text);
    CHECK(sheet.table.separator == ';');
    CHECK(sheet.map.ignored == std::vector<IgnoredColumn>{{1, "Medlemsnummer"}});
    CHECK(sheet.rows.problems.empty());
    REQUIRE(sheet.rows.rows.size() == 3);

    const SheetRow& asa = sheet.rows.rows[0];
    CHECK(asa.row == 2);
    CHECK_FALSE(asa.id);
    CHECK(asa.name == SheetCell<std::string>{"Åsa Öberg", 2, 2});
    CHECK(asa.email == SheetCell<std::string>{"asa.oberg@example.org", 2, 3});
    CHECK(asa.phone == SheetCell<std::string>{"070-123 45 67", 2, 4});
    CHECK(asa.branch == SheetCell<std::string>{"Göteborg", 2, 5});
    CHECK(asa.role == SheetCell<std::string>{"steward", 2, 6});
    CHECK(asa.start == SheetCell<Date>{day(2025, 3, 1), 2, 7});
    CHECK_FALSE(asa.end);
    CHECK(asa.workplace == SheetCell<std::string>{"Volvo Torslanda; målerier", 2, 8});

    const SheetRow& anna = sheet.rows.rows[1];
    CHECK(anna.row == 4);  // the empty row 3 is skipped, and counted
    CHECK(anna.email->value == "ANNA@example.org");
    CHECK_FALSE(anna.phone);
    CHECK_FALSE(anna.role);
    CHECK_FALSE(anna.start);
    CHECK_FALSE(anna.workplace);

    const SheetRow& jose = sheet.rows.rows[2];
    CHECK(jose.row == 5);
    CHECK(jose.name->value == "José Nuñez");
    CHECK_FALSE(jose.email);
    CHECK(jose.start == SheetCell<Date>{day(2026, 1, 15), 5, 7});
}

TEST_CASE("an English CSV UTF-8 export with every field") {
    const auto text = decode_csv_bytes(
        "\xEF\xBB\xBFid,name,email,phone,branch,coordinator,born,role,start,end,workplace\n"
        "anna-larsson,Anna Larsson,anna@example.org,+46 70 123 45 67,Göteborg,maria,2001,safety,2026-01-15,"
        "2028-12-31,\"Volvo, Torslanda\"\n");
    const auto sheet = read_sheet(text.text);
    CHECK(sheet.rows.problems.empty());
    REQUIRE(sheet.rows.rows.size() == 1);
    const SheetRow& anna = sheet.rows.rows[0];
    CHECK(anna.id == SheetCell<std::string>{"anna-larsson", 2, 1});
    CHECK(anna.coordinator == SheetCell<std::string>{"maria", 2, 6});
    CHECK(anna.born == SheetCell<int>{2001, 2, 7});
    CHECK(anna.end == SheetCell<Date>{day(2028, 12, 31), 2, 10});
    CHECK(anna.workplace->value == "Volvo, Torslanda");
}

TEST_CASE("cells are trimmed, and a cell of blanks gives nothing") {
    const auto sheet = read_sheet("Namn;Ort;Mobil\n\"  Åsa Öberg \";\"\xC2\xA0Göteborg\xC2\xA0\";\"   \"\n");
    REQUIRE(sheet.rows.rows.size() == 1);
    CHECK(sheet.rows.rows[0].name->value == "Åsa Öberg");
    CHECK(sheet.rows.rows[0].branch->value == "Göteborg");
    CHECK_FALSE(sheet.rows.rows[0].phone);
}

TEST_CASE("--map by name and by number gives the rows those columns") {
    const auto sheet = read_sheet(
        "Medlemsnummer;Fullständigt namn;Kontakt;;Kommentar\r\n"
        "m10234;Åsa Öberg;asa@example.org;070-1;ok\r\n",
        {"id=Medlemsnummer", "name=fullständigt NAMN", "email=3", "phone=4"});
    CHECK(sheet.map.ignored == std::vector<IgnoredColumn>{{5, "Kommentar"}});
    REQUIRE(sheet.rows.rows.size() == 1);
    const SheetRow& asa = sheet.rows.rows[0];
    CHECK(asa.id == SheetCell<std::string>{"m10234", 2, 1});
    CHECK(asa.name == SheetCell<std::string>{"Åsa Öberg", 2, 2});
    CHECK(asa.email == SheetCell<std::string>{"asa@example.org", 2, 3});
    CHECK(asa.phone == SheetCell<std::string>{"070-1", 2, 4});
}

TEST_CASE("every invalid cell is reported at its row and column, and left out") {
    const auto sheet = read_sheet(
        "Id;Namn;E-post;Samordnare;Född;Uppdrag;Från;Till\r\n"
        "Anna L;Anna Larsson;anna(at)example.org;Maria N;97;Safety Rep;1/3/2025;2025-02-30\r\n"
        "asa;Åsa Öberg;asa@example.org;maria;1850;steward;1850-01-01;2025-13-01\r\n"
        "nils;Nils;nils@;_x;19 7;-;2025-3-1;\r\n");
    CHECK(formatted(sheet.rows.problems) ==
          std::vector<std::string>{
              "medlemmar.csv:2:1: error: invalid id 'Anna L' for id (column 'Id'): use lower-case letters a-z, "
              "digits, '-' and '_', starting with a letter or digit (did you mean 'anna-l'?)",
              "medlemmar.csv:2:3: error: invalid e-mail address 'anna(at)example.org' for email (column 'E-post'): "
              "write one address such as name@example.org",
              "medlemmar.csv:2:4: error: invalid id 'Maria N' for coordinator (column 'Samordnare'): use lower-case "
              "letters a-z, digits, '-' and '_', starting with a letter or digit (did you mean 'maria-n'?)",
              "medlemmar.csv:2:5: error: invalid year '97' for born (column 'Född'): write four digits, such as 1997",
              "medlemmar.csv:2:6: error: invalid id 'Safety Rep' for role (column 'Uppdrag'): use lower-case letters "
              "a-z, digits, '-' and '_', starting with a letter or digit (did you mean 'safety-rep'?)",
              "medlemmar.csv:2:7: error: invalid date '1/3/2025' for start (column 'Från'): write a real calendar "
              "date as YYYY-MM-DD, such as 2025-03-01",
              "medlemmar.csv:2:8: error: invalid date '2025-02-30' for end (column 'Till'): write a real calendar "
              "date as YYYY-MM-DD, such as 2025-03-01",
              "medlemmar.csv:3:5: error: invalid year '1850' for born (column 'Född'): the year must be from 1900 to "
              "2199",
              "medlemmar.csv:3:7: error: invalid date '1850-01-01' for start (column 'Från'): the year must be from "
              "1900 to 2199",
              "medlemmar.csv:3:8: error: invalid date '2025-13-01' for end (column 'Till'): write a real calendar "
              "date as YYYY-MM-DD, such as 2025-03-01",
              "medlemmar.csv:4:3: error: invalid e-mail address 'nils@' for email (column 'E-post'): write one "
              "address such as name@example.org",
              "medlemmar.csv:4:4: error: invalid id '_x' for coordinator (column 'Samordnare'): use lower-case "
              "letters a-z, digits, '-' and '_', starting with a letter or digit (did you mean 'x'?)",
              "medlemmar.csv:4:5: error: invalid year '19 7' for born (column 'Född'): write four digits, such as "
              "1997",
              "medlemmar.csv:4:6: error: invalid id '-' for role (column 'Uppdrag'): use lower-case letters a-z, "
              "digits, '-' and '_', starting with a letter or digit",
              "medlemmar.csv:4:7: error: invalid date '2025-3-1' for start (column 'Från'): write a real calendar "
              "date as YYYY-MM-DD, such as 2025-03-01",
          });
    // Each row is kept, without its invalid cells.
    REQUIRE(sheet.rows.rows.size() == 3);
    const SheetRow& anna = sheet.rows.rows[0];
    CHECK_FALSE(anna.id);
    CHECK(anna.name->value == "Anna Larsson");
    CHECK_FALSE(anna.email);
    CHECK_FALSE(anna.coordinator);
    CHECK_FALSE(anna.born);
    CHECK_FALSE(anna.role);
    CHECK_FALSE(anna.start);
    CHECK_FALSE(anna.end);
    CHECK(sheet.rows.rows[1].role->value == "steward");
}

TEST_CASE("a cell with a line break, a control character or U+FFFD is refused") {
    const auto text = decode_csv_bytes(
        "Namn;Ort;Arbetsplats;Uppdrag;Fr\xE5n\r\n\"Anna\nLarsson\";G\x81teborg;Volvo\x1B[2J;steward;2025-03-01\r\n");
    const auto sheet = read_sheet(text.text);
    CHECK(text.replaced == 1);
    CHECK(formatted(sheet.rows.problems) ==
          std::vector<std::string>{
              "medlemmar.csv:2:1: error: name (column 'Namn') holds a line break or another control character: "
              "write it on one line",
              "medlemmar.csv:2:2: error: branch (column 'Ort') holds U+FFFD, the mark of a character lost in an "
              "earlier conversion: save the sheet as \"CSV UTF-8\" and import it again",
              "medlemmar.csv:2:3: error: workplace (column 'Arbetsplats') holds a line break or another control "
              "character: write it on one line",
          });
}

TEST_CASE("U+FFFD and control characters in an ignored column do not matter") {
    const auto sheet = read_sheet("Namn;Kommentar\nAnna;\"rad ett\nrad två \xEF\xBF\xBD\"\n");
    CHECK(sheet.rows.problems.empty());
}

TEST_CASE("an end needs a start and is not before it; a start and a workplace need a role; a role a start") {
    const auto sheet = read_sheet(
        "Namn;Uppdrag;Från;Till;Arbetsplats\r\n"
        "Anna;steward;2025-03-01;2025-02-28;\r\n"
        "Åsa;;;2025-12-31;\r\n"
        "Nils;;2025-03-01;;\r\n"
        "Eva;steward;;;\r\n"
        "Olle;;;;Volvo\r\n"
        "Pia;steward;2025-03-01;2025-03-01;Volvo\r\n"
        "Ulf;steward;2025-03-01;;\r\n");
    CHECK(formatted(sheet.rows.problems) ==
          std::vector<std::string>{
              "medlemmar.csv:2:4: error: the assignment ends (2025-02-28) before it starts (2025-03-01)",
              "medlemmar.csv:3:4: error: an end date needs a start date in the row (or --start DATE)",
              "medlemmar.csv:4:3: error: a start date needs a role in the row (or --role ROLE)",
              "medlemmar.csv:5:2: error: a role needs a start date in the row (or --start DATE)",
              "medlemmar.csv:6:5: error: a workplace is an assignment's: it needs a role in the row (or --role ROLE)",
          });
}

TEST_CASE("--role and --start stand in for a row's missing role or start") {
    const std::string_view text =
        "Namn;Uppdrag;Från;Till;Arbetsplats\r\n"
        "Åsa;;;2025-12-31;\r\n"
        "Nils;;2025-03-01;;\r\n"
        "Eva;steward;;;\r\n"
        "Olle;;;;Volvo\r\n";
    CHECK(read_sheet(text, {}, SheetDefaults{true, true}).rows.problems.empty());
    CHECK(formatted(read_sheet(text, {}, SheetDefaults{true, false}).rows.problems) ==
          std::vector<std::string>{
              "medlemmar.csv:2:4: error: an end date needs a start date in the row (or --start DATE)",
              "medlemmar.csv:4:2: error: a role needs a start date in the row (or --start DATE)",
          });
}

TEST_CASE("an invalid cell is not also missing: its own problem is the one reported") {
    const auto sheet = read_sheet("Namn;Uppdrag;Från;Till\nAnna;Steward;1/3/2025;2025-12-31\n");
    CHECK(formatted(sheet.rows.problems) ==
          std::vector<std::string>{
              "medlemmar.csv:2:2: error: invalid id 'Steward' for role (column 'Uppdrag'): use lower-case letters "
              "a-z, digits, '-' and '_', starting with a letter or digit (did you mean 'steward'?)",
              "medlemmar.csv:2:3: error: invalid date '1/3/2025' for start (column 'Från'): write a real calendar "
              "date as YYYY-MM-DD, such as 2025-03-01",
          });
}

TEST_CASE("a row must say who it is") {
    const auto sheet = read_sheet("Medlemsnummer;E-post;Namn;Mobil\n1;;;070\n2;;Anna;\n3;a@example.org;;\n");
    CHECK(sheet.rows.problems == std::vector<ImportProblem>{{2, 3, Message{MessageId::import_row_says_nobody}}});
    CHECK(sheet.rows.problems[0].message.english() ==
          "the row does not say who it is: it needs a name, an id or an e-mail address");
    // With no name column, at the id's; an invalid id still says who the row meant.
    const auto by_id = read_sheet("id;Mobil\n;070\nAnna L;070\n");
    CHECK(formatted(by_id.rows.problems).size() == 2);
    CHECK(by_id.rows.problems[0] == ImportProblem{2, 1, Message{MessageId::import_row_says_nobody}});
    CHECK(by_id.rows.problems[1].row == 3);
}

TEST_CASE("a cell after the header's last column must be empty") {
    const auto sheet = read_sheet("Namn;E-post\nAnna;a@example.org;;\nÅsa;;;x;y\nNils\n");
    REQUIRE(sheet.rows.problems.size() == 1);
    CHECK(sheet.rows.problems[0].row == 3);
    CHECK(sheet.rows.problems[0].column == 4);
    CHECK(sheet.rows.problems[0].message.english() ==
          "a cell after the header's last column (2): give the column a name in the header, or empty the cell");
    CHECK(sheet.rows.problems[0].message.text(Language::sv) ==
          "en cell efter rubrikradens sista kolumn (2): ge kolumnen ett namn i rubrikraden, eller töm cellen");
    REQUIRE(sheet.rows.rows.size() == 3);
    CHECK(sheet.rows.rows[2].name->value == "Nils");  // a short row lacks the cells it leaves out
    CHECK_FALSE(sheet.rows.rows[2].email);
}

TEST_CASE("a column mapped by number without a header name is named by its number") {
    const auto sheet = read_sheet("Namn;\nAnna;x\n", {"email=2"});
    REQUIRE(sheet.rows.problems.size() == 1);
    CHECK(sheet.rows.problems[0].message.english() ==
          "invalid e-mail address 'x' for email (column 2): write one address such as name@example.org");
}

TEST_CASE("values in messages show control characters, never send them") {
    const auto sheet = read_sheet("Namn;Född\nAnna;\"19\x1B[2J\"\n");
    REQUIRE(sheet.rows.problems.size() == 1);
    CHECK(sheet.rows.problems[0].message.english().find('\x1B') == std::string::npos);
}

TEST_CASE("five thousand rows become typed rows in one pass") {
    std::string text = "Medlemsnummer;Namn;E-post;Mobil;Avdelning;Uppdrag;Från;Arbetsplats\r\n";
    for (int i = 0; i < 5000; ++i)
        text += std::to_string(10000 + i) + ";Person " + std::to_string(i) + ";p" + std::to_string(i) +
                "@example.org;070-123 45 67;Göteborg;steward;2025-03-01;Volvo\r\n";
    const auto sheet = read_sheet(text);
    CHECK(sheet.rows.problems.empty());
    REQUIRE(sheet.rows.rows.size() == 5000);
    CHECK(sheet.rows.rows.back().start->value == day(2025, 3, 1));
}

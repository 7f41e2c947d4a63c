#include <doctest/doctest.h>

#include "import/column_map.hpp"

using namespace repjourney;

namespace {
CsvRecord header(std::vector<std::string> names) { return CsvRecord{1, std::move(names)}; }

// Each mapped field with its column, as "field=column", in the order of SheetField.
std::vector<std::string> mapped(const ColumnMap& map) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < sheet_field_count; ++i) {
        const auto field = static_cast<SheetField>(i);
        if (map.has(field)) out.push_back(std::string{field_name(field)} + "=" + std::to_string(map.column_of(field)));
    }
    return out;
}

std::vector<std::string> messages(const ColumnMap& map) {
    std::vector<std::string> out;
    for (const auto& problem : map.problems) out.push_back(problem.message.english());
    return out;
}

const CsvRecord member_register =
    header({"Medlemsnummer", "Namn", "E-post", "Mobil", "Avdelning", "Uppdrag", "Från", "Arbetsplats", "Kommentar"});
}  // namespace

TEST_CASE("field names match in any case") {
    CHECK(field_name(SheetField::coordinator) == "coordinator");
    CHECK(field_named("email") == SheetField::email);
    CHECK(field_named("Workplace") == SheetField::workplace);
    CHECK_FALSE(field_named("emial"));
}

TEST_CASE("a Swedish member register's header maps by its names") {
    const auto map = map_columns(member_register);
    CHECK(map.problems.empty());
    CHECK(mapped(map) ==
          std::vector<std::string>{"name=2", "email=3", "phone=4", "branch=5", "role=6", "start=7", "workplace=8"});
    CHECK(map.ignored == std::vector<IgnoredColumn>{{1, "Medlemsnummer"}, {9, "Kommentar"}});
}

TEST_CASE("every Swedish and English name of every field") {
    const std::vector<std::pair<std::string, SheetField>> names = {
        {"id", SheetField::id},
        {"name", SheetField::name},
        {"namn", SheetField::name},
        {"email", SheetField::email},
        {"e-mail", SheetField::email},
        {"e-post", SheetField::email},
        {"epost", SheetField::email},
        {"phone", SheetField::phone},
        {"mobile", SheetField::phone},
        {"telefon", SheetField::phone},
        {"mobil", SheetField::phone},
        {"branch", SheetField::branch},
        {"avdelning", SheetField::branch},
        {"ort", SheetField::branch},
        {"coordinator", SheetField::coordinator},
        {"samordnare", SheetField::coordinator},
        {"born", SheetField::born},
        {"född", SheetField::born},
        {"födelseår", SheetField::born},
        {"role", SheetField::role},
        {"uppdrag", SheetField::role},
        {"roll", SheetField::role},
        {"start", SheetField::start},
        {"från", SheetField::start},
        {"end", SheetField::end},
        {"slut", SheetField::end},
        {"till", SheetField::end},
        {"workplace", SheetField::workplace},
        {"arbetsplats", SheetField::workplace},
    };
    for (const auto& entry : names) {
        // Not a structured binding: clang 14, which builds the fuzzers' tree, cannot capture one (CAPTURE does).
        const auto& [name, field] = entry;
        CAPTURE(entry.first);
        const auto map = map_columns(header({"Namn", name}));
        if (field == SheetField::name) continue;  // two name columns: see below
        CHECK(map.problems.empty());
        CHECK(map.column_of(field) == 2);
    }
}

TEST_CASE("header names match in any case, with blanks around them") {
    const auto map = map_columns(header({" NAMN ", "E-Post", "FÖDD", "Födelseår ", "FRÅN", "Till", "ARBETSPLATS"}));
    CHECK(mapped(map) == std::vector<std::string>{"name=1", "email=2", "born=3", "start=5", "end=6", "workplace=7"});
    REQUIRE(map.problems.size() == 1);  // född and födelseår both give born
    CHECK(map.problems[0] == ImportProblem{1, 4,
                                           "columns 3 ('FÖDD') and 4 ('Födelseår') both give born: remove one, or "
                                           "choose one with --map born=COLUMN"});
}

TEST_CASE("an English header maps by its names") {
    const auto map = map_columns(header(
        {"ID", "Name", "E-mail", "Mobile", "Branch", "Coordinator", "Born", "Role", "Start", "End", "Workplace"}));
    CHECK(map.problems.empty());
    CHECK(map.ignored.empty());
    for (std::size_t i = 0; i < sheet_field_count; ++i) CHECK(map.column_of(static_cast<SheetField>(i)) == int(i) + 1);
}

TEST_CASE("columns with an empty header are ignored without being listed") {
    const auto map = map_columns(header({"Namn", "", "Anteckning", " "}));
    CHECK(map.ignored == std::vector<IgnoredColumn>{{3, "Anteckning"}});
}

TEST_CASE("--map chooses a column by its name, in any case") {
    const auto map = map_columns(member_register, {"id=medlemsnummer", "phone= MOBIL "});
    CHECK(map.problems.empty());
    CHECK(map.column_of(SheetField::id) == 1);
    CHECK(map.column_of(SheetField::phone) == 4);
    CHECK(map.ignored == std::vector<IgnoredColumn>{{9, "Kommentar"}});
}

TEST_CASE("--map chooses a column by its number") {
    const auto map = map_columns(member_register, {"id=1", "workplace=9"});
    CHECK(map.problems.empty());
    CHECK(map.column_of(SheetField::id) == 1);
    CHECK(map.column_of(SheetField::workplace) == 9);
    // The column named Arbetsplats no longer gives the workplace: --map chose another.
    CHECK(map.ignored == std::vector<IgnoredColumn>{{8, "Arbetsplats"}});
}

TEST_CASE("--map takes a field from the column whose name would give it, and a column from its name's field") {
    // Kontakt is the e-mail address; E-post holds something else and is ignored.
    const auto map = map_columns(header({"Namn", "E-post", "Kontakt"}), {"email=Kontakt"});
    CHECK(mapped(map) == std::vector<std::string>{"name=1", "email=3"});
    CHECK(map.ignored == std::vector<IgnoredColumn>{{2, "E-post"}});
    // The column named Namn gives the branch, so no column gives the name, and the sheet still says who
    // each row is by e-mail.
    const auto other = map_columns(header({"Namn", "E-post"}), {"branch=Namn"});
    CHECK(mapped(other) == std::vector<std::string>{"email=2", "branch=1"});
    CHECK(other.problems.empty());
}

TEST_CASE("--map mistakes are reported with the option, at row 0") {
    const auto map = map_columns(member_register, {"emial=E-post", "name", "=Namn", "phone=", "phone=Telefon",
                                                   "born=12", "born=0", "name=Namn", "branch=namn", "name=2"});
    CHECK(messages(map) ==
          std::vector<std::string>{
              "--map 'emial=E-post': unknown field 'emial' (did you mean 'email'?); the fields are id, name, email, "
              "phone, branch, coordinator, born, role, start, end, workplace",
              "--map 'name': write FIELD=COLUMN, such as --map email=E-post",
              "--map '=Namn': write FIELD=COLUMN, such as --map email=E-post",
              "--map 'phone=': write FIELD=COLUMN, such as --map email=E-post",
              "--map 'phone=Telefon': no column is named 'Telefon'; the header's columns are Medlemsnummer, Namn, "
              "E-post, Mobil, Avdelning, Uppdrag, Från, Arbetsplats, Kommentar",
              "--map 'born=12': there is no column 12: the header has 9 columns, counted from 1",
              "--map 'born=0': there is no column 0: the header has 9 columns, counted from 1",
              "--map 'branch=namn': column 2 ('Namn') gives name already",
              "--map 'name=2': an earlier --map maps name to column 2 ('Namn')",
          });
    for (const auto& problem : map.problems) CHECK(problem.row == 0);
    CHECK(map.problems[0].column == 0);
}

TEST_CASE("--map suggests a column name close to the one given") {
    const auto map = map_columns(member_register, {"workplace=Arbetsplatts"});
    REQUIRE(map.problems.size() == 1);
    CHECK(map.problems[0].message.english().starts_with(
        "--map 'workplace=Arbetsplatts': no column is named 'Arbetsplatts' (did you mean 'Arbetsplats'?)"));
}

TEST_CASE("two columns of one name are chosen by number") {
    const auto sheet = header({"Namn", "E-post", "E-post"});
    const auto by_name = map_columns(sheet, {"email=e-post"});
    REQUIRE(by_name.problems.size() == 1);
    CHECK(by_name.problems[0].message.english() ==
          "--map 'email=e-post': columns 2 and 3 are both named 'e-post': give the column's number instead, such as "
          "--map email=2");
    const auto by_number = map_columns(sheet, {"email=3"});
    CHECK(by_number.problems.empty());
    CHECK(by_number.column_of(SheetField::email) == 3);
    CHECK(by_number.ignored == std::vector<IgnoredColumn>{{2, "E-post"}});
}

TEST_CASE("two columns whose names give one field are an error naming both") {
    const auto map = map_columns(header({"Namn", "Telefon", "E-post", "Mobil"}));
    REQUIRE(map.problems.size() == 1);
    CHECK(map.problems[0] == ImportProblem{1, 4,
                                           "columns 2 ('Telefon') and 4 ('Mobil') both give phone: remove one, or "
                                           "choose one with --map phone=COLUMN"});
    CHECK(map.column_of(SheetField::phone) == 2);
    // --map settles it, and the other is ignored.
    const auto settled = map_columns(header({"Namn", "Telefon", "E-post", "Mobil"}), {"phone=Mobil"});
    CHECK(settled.problems.empty());
    CHECK(settled.column_of(SheetField::phone) == 4);
    CHECK(settled.ignored == std::vector<IgnoredColumn>{{2, "Telefon"}});
}

TEST_CASE("a sheet needs a column that says who a row is: a name, an id or an e-mail address") {
    const auto none = map_columns(header({"Medlemsnummer", "Mobil", "Uppdrag"}));
    REQUIRE(none.problems.size() == 1);
    CHECK(none.problems[0] == ImportProblem{1, 0,
                                            "no column says who a row is: the sheet needs a column for name, id or "
                                            "email (namn, id or e-post), or --map name=COLUMN"});
    CHECK(map_columns(header({"id", "Mobil"})).problems.empty());
    CHECK(map_columns(header({"Namn", "Mobil"})).problems.empty());
    CHECK(map_columns(header({"E-post", "Mobil"})).problems.empty());
    CHECK(map_columns(header({"Medlemsnummer", "Mobil"}), {"id=Medlemsnummer"}).problems.empty());
    // A header further down reports at its own row.
    CHECK(map_columns(CsvRecord{3, {"Mobil"}}).problems[0].row == 3);
    // A --map mistake is the one to fix: its field may be the one missing.
    CHECK(messages(map_columns(header({"Fullständigt namn", "Mobil"}), {"nmae=Fullständigt namn"})).size() == 1);
}

TEST_CASE("an empty sheet has no header to map") {
    const auto map = map_columns(CsvRecord{});
    CHECK(map.problems ==
          std::vector<ImportProblem>{
              {1, 0, "the sheet is empty: its first row should name the columns, such as Namn;E-post;Mobil"}});
}

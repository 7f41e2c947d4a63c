#include <doctest/doctest.h>

#include <string>

#include "edit/import_plan.hpp"
#include "import/column_map.hpp"
#include "import/csv_reader.hpp"

using namespace repjourney;

namespace {
const std::string data_text =
    "organisation: {name: Test, coordinators: [{id: maria, name: Maria}]}\n"
    "roles: [{id: steward, title: Steward, term: 2y}, {id: safety, title: Safety}]\n"
    "representatives:\n"
    "  - {id: anna, name: Anna Berg, email: anna@example.org, assignments: [{role: steward, start: 2025-03-01}]}\n"
    "  - {id: bo, name: Bo Ek, email: bo@example.org}\n"
    "  - {id: asa-oberg, name: Åsa Öberg}\n"
    "  - {id: cia, name: Cia, left: 2026-01-01}\n";

LoadResult data() {
    Loader loader;
    loader.add_text("people.yaml", data_text);
    LoadResult result = loader.finish();
    REQUIRE(!result.has_errors());
    return result;
}

ImportPlan plan(const std::string& csv, ImportDefaults defaults = {}) {
    const CsvTable table = read_csv(csv);
    const ColumnMap columns = map_columns(table.header);
    REQUIRE(columns.problems.empty());
    const SheetRows rows = read_sheet_rows(table, columns, {!defaults.role.empty(), defaults.start.has_value()});
    REQUIRE(rows.problems.empty());
    defaults.file = "people.yaml";
    return plan_import(data(), rows, defaults);
}
}  // namespace

TEST_CASE("a row is its id's person, else its e-mail address's (in any case), else new") {
    const ImportPlan result = plan(
        "id,namn,e-post\n"
        "anna,Anna Berg,bo@example.org\n"  // the id wins: Anna, whose address changes
        "nobody,Bo Ek,BO@EXAMPLE.ORG\n"    // an id no one has: the address finds Bo (unchanged)
        ",Åsa Öberg,asa@example.org\n");   // no id, an unknown address: someone new
    CHECK(result.problems.empty());
    CHECK(result.updated == 1);
    CHECK(result.unchanged == 1);
    CHECK(result.added == 1);
    CHECK(result.not_in_sheet == 1);  // asa-oberg; cia has left
    REQUIRE(result.changes.size() == 1);
    CHECK(result.changes[0].file == "people.yaml");
}

TEST_CASE("ids made from names skip the taken ones, the sheet's own included") {
    const ImportPlan result = plan(
        "namn,e-post\n"
        "Åsa Öberg,a1@example.org\n"
        "Åsa Öberg,a2@example.org\n");
    CHECK(result.problems.empty());
    CHECK(result.added == 2);
    CHECK(result.changes.size() == 1);
    // The new people as the file would be made with them: asa-oberg is the data's, so -2 and -3.
    const std::string made = result.changes[0].new_file_text;
    CHECK(made.find("id: asa-oberg-2") != std::string::npos);
    CHECK(made.find("id: asa-oberg-3") != std::string::npos);
}

TEST_CASE("every problem the data finds has its row and column") {
    const ImportPlan result = plan(
        "namn,e-post,samordnare,roll,från\n"
        "Anna Berg,anna@example.org,marai,steward,2027-03-01\n"  // row 2: unknown coordinator, column 3
        "Bo Ek,bo@example.org,,stewart,2027-03-01\n"             // row 3: unknown role, column 4
        "Anna B,ANNA@example.org,,,\n");                         // row 4: a second row for anna, column 2
    REQUIRE(result.problems.size() == 3);
    CHECK(result.problems[0].row == 2);
    CHECK(result.problems[0].column == 3);
    CHECK(result.problems[0].message.english().find("did you mean 'maria'") != std::string::npos);
    CHECK(result.problems[1].row == 3);
    CHECK(result.problems[1].column == 4);
    CHECK(result.problems[2].row == 4);
    CHECK(result.problems[2].column == 2);
    CHECK(result.problems[2].message.english().find("row 2") != std::string::npos);
}

TEST_CASE("--role and --start give rows without their own an assignment; one already held is no change") {
    ImportDefaults defaults;
    defaults.role = "steward";
    defaults.start = Date::parse("2025-03-01");
    const ImportPlan result = plan("namn,e-post\nAnna Berg,anna@example.org\nBo Ek,bo@example.org\n", defaults);
    CHECK(result.problems.empty());
    CHECK(result.unchanged == 1);  // Anna holds steward from 2025-03-01
    CHECK(result.updated == 1);    // Bo gets it
}

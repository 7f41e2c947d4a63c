#include <doctest/doctest.h>

#include <cerrno>

#include "diagnostics/error.hpp"
#include "diagnostics/messages.hpp"
#include "load/loader.hpp"

using namespace repjourney;

TEST_CASE("a message is put into words in the language asked for") {
    const Message unknown{MessageId::unknown_role, "stewrd", did_you_mean_message("stewrd", {"steward", "safety"})};
    CHECK(unknown.english() == "unknown role 'stewrd' (did you mean 'steward'?)");
    CHECK(unknown.text(Language::sv) == "okänd roll 'stewrd' (menade du 'steward'?)");
    // Its parts are translated with it.
    const Message missing{MessageId::missing_key, Message{MessageId::the_role}, "title"};
    CHECK(missing.english() == "role is missing 'title'");
    CHECK(missing.text(Language::sv) == "rollen saknar 'title'");
}

TEST_CASE("a literal is the same in every language, and an empty message says nothing") {
    const Message literal{"anna-larsson"};
    CHECK(literal.text(Language::sv) == "anna-larsson");
    CHECK(Message{}.empty());
    CHECK(Message{}.text(Language::sv).empty());
    CHECK(did_you_mean_message("zzzzzz", {"steward"}).empty());
    CHECK((Message{"a"} + Message{} + Message{MessageId::quoted, "b"}).text(Language::sv) == "a'b'");
}

TEST_CASE("numbers fill placeholders, and counts pick the singular for exactly one") {
    CHECK(count_message(MessageId::files_one, MessageId::files, 1).text(Language::sv) == "1 fil");
    CHECK(count_message(MessageId::files_one, MessageId::files, 3).text(Language::sv) == "3 filer");
    CHECK(count_message(MessageId::warnings_one, MessageId::warnings, 0).english() == "0 warnings");
    CHECK(Message{MessageId::too_many_problems, std::size_t{1000}}.text(Language::sv) ==
          "för många problem; slutar efter de första 1000");
}

TEST_CASE("the system's reasons are said in Swedish too") {
    CHECK(system_error_message(ENOENT).english() == "No such file or directory");
    CHECK(system_error_message(ENOENT).text(Language::sv) == "filen eller katalogen finns inte");
    CHECK(system_error_message(EACCES).text(Language::sv) == "åtkomst nekas");
}

TEST_CASE("an Error keeps its message for the language main prints it in") {
    const Error error{exit_usage, Message{MessageId::write_yyyy_mm_dd}};
    CHECK(std::string{error.what()} == "write YYYY-MM-DD");
    CHECK(error.text(Language::sv) == "skriv ÅÅÅÅ-MM-DD");
    CHECK(error.status() == exit_usage);
}

TEST_CASE("the loader's problems read in Swedish, place and all") {
    LoadResult result;
    {
        Loader loader;
        loader.add_text(
            "data.yaml",
            "organisation: {name: X, langauge: sv}\n"
            "roles:\n  - {id: steward, title: Steward, term: 2x}\n"
            "representatives:\n  - {id: anna, name: Anna, assignments: [{role: stewrd, start: 2026-02-30}]}\n");
        result = loader.finish();
    }
    REQUIRE(result.diagnostics.size() == 4);
    CHECK(format_diagnostic(result.diagnostics[0], Language::sv)
              .starts_with("data.yaml:1:25: fel: okänd nyckel 'langauge' i organisationen (menade du 'language'?)"));
    CHECK(result.diagnostics[1].message.text(Language::sv) ==
          "ogiltig tidslängd '2x' för 'term': skriv ett tal och en enhet, d, w, m eller y (dagar, veckor, "
          "månader, år), till exempel 10d, 6w, 3m eller 1y6m");
    CHECK(result.diagnostics[2].message.text(Language::sv) == "okänd roll 'stewrd' (menade du 'steward'?)");
    CHECK(result.diagnostics[3].message.text(Language::sv) ==
          "ogiltigt datum '2026-02-30' för 'start': skriv ett riktigt datum som ÅÅÅÅ-MM-DD");
}

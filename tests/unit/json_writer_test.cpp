#include <doctest/doctest.h>

#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "render/json_writer.hpp"

using namespace repjourney;

TEST_CASE("pretty JSON is indented by two spaces; empty containers stay on one line") {
    JsonWriter json;
    json.begin_object()
        .field("as_of", Date::from_ymd(2026, 11, 23))
        .key("representatives")
        .begin_array()
        .begin_object()
        .field("id", "anna-larsson")
        .field("active", true)
        .field("days_overdue", 267)
        .key("goals")
        .begin_array()
        .end_array()
        .key("extra")
        .begin_object()
        .end_object()
        .end_object()
        .end_array()
        .end_object();
    CHECK(json.complete());
    CHECK(json.str() ==
          "{\n"
          "  \"as_of\": \"2026-11-23\",\n"
          "  \"representatives\": [\n"
          "    {\n"
          "      \"id\": \"anna-larsson\",\n"
          "      \"active\": true,\n"
          "      \"days_overdue\": 267,\n"
          "      \"goals\": [],\n"
          "      \"extra\": {}\n"
          "    }\n"
          "  ]\n"
          "}");
}

TEST_CASE("compact JSON has no whitespace") {
    JsonWriter json{JsonLayout::compact};
    json.begin_object().key("items").begin_array();
    json.number(-3).number(std::size_t{18446744073709551615u}).boolean(false).null().string("x");
    json.end_array().field("n", 0).end_object();
    CHECK(json.str() == R"({"items":[-3,18446744073709551615,false,null,"x"],"n":0})");
}

TEST_CASE("strings are escaped per RFC 8259 and UTF-8 passes through") {
    JsonWriter json{JsonLayout::compact};
    json.begin_array()
        .string("say \"hi\" \\ bye")
        .string("tab\tnew\nline\rcr\bb\ff")
        .string(std::string{"nul"} + '\0' + "bell\a" + "esc\x1b")
        .string("Märta Jönsson 日本")
        .string("del\x7f")
        .end_array();
    CHECK(json.str() ==
          "[\"say \\\"hi\\\" \\\\ bye\","
          "\"tab\\tnew\\nline\\rcr\\bb\\ff\","
          "\"nul\\u0000bell\\u0007esc\\u001b\","
          "\"Märta Jönsson 日本\","
          "\"del\x7f\"]");
}

TEST_CASE("keys are escaped too") {
    JsonWriter json{JsonLayout::compact};
    json.begin_object().field("a\"b", "c").end_object();
    CHECK(json.str() == R"({"a\"b":"c"})");
}

TEST_CASE("invalid UTF-8 becomes U+FFFD, so the output stays valid") {
    JsonWriter json{JsonLayout::compact};
    json.string("G\xF6teborg\xC3");
    CHECK(json.str() == "\"G\xEF\xBF\xBDteborg\xEF\xBF\xBD\"");
}

TEST_CASE("absent optionals are null, or left out with optional_field") {
    const std::optional<int> none;
    const std::optional<int> some = 55;
    const std::optional<Date> last = Date::from_ymd(2026, 9, 1);
    JsonWriter json{JsonLayout::compact};
    json.begin_object()
        .field("last", std::optional<Date>{})
        .field("days_overdue", some)
        .field("missing", none)
        .optional_field("skipped", none)
        .optional_field("kept", some)
        .optional_field("date", last)
        .end_object();
    CHECK(json.str() == R"({"last":null,"days_overdue":55,"missing":null,"kept":55,"date":"2026-09-01"})");
}

TEST_CASE("a scalar is a whole document") {
    JsonWriter json;
    json.string("alone");
    CHECK(json.str() == "\"alone\"");
    CHECK(json.take() == "\"alone\"");
}

TEST_CASE("misuse throws instead of writing broken JSON") {
    JsonWriter json;
    CHECK_FALSE(json.complete());
    CHECK_THROWS_AS((void)json.str(), std::logic_error);
    CHECK_THROWS_AS((void)json.take(), std::logic_error);
    CHECK_THROWS_AS(json.key("k"), std::logic_error);  // not in an object
    json.begin_object();
    CHECK_THROWS_AS(json.string("v"), std::logic_error);  // value without key
    CHECK_THROWS_AS(json.end_array(), std::logic_error);  // wrong bracket
    json.key("k");
    CHECK_THROWS_AS(json.key("again"), std::logic_error);
    CHECK_THROWS_AS(json.end_object(), std::logic_error);  // key without value
    json.string("v").end_object();
    CHECK_THROWS_AS(json.begin_array(), std::logic_error);  // one document only
    CHECK(json.str() == "{\n  \"k\": \"v\"\n}");
}

TEST_CASE("runs of items written apart and written out in order read as if written in place") {
    const auto item = [](JsonWriter& json, int n) {
        json.begin_object().field("n", n).key("list").begin_array().string("a").end_array().end_object();
    };
    for (const auto layout : {JsonLayout::pretty, JsonLayout::compact}) {
        JsonWriter in_place{layout};
        in_place.begin_object().key("items").begin_array();
        for (int n = 0; n < 5; ++n) item(in_place, n);
        in_place.end_array().end_object();

        std::ostringstream out;
        JsonWriter joined{layout};
        joined.begin_object().key("items").begin_array();
        // Runs of 2, 0 and 3 items: the empty run adds nothing, the later ones follow with a comma.
        int next = 0;
        for (const int count : {2, 0, 3}) {
            JsonWriter run = JsonWriter::array_items(layout, joined.depth(), next > 0);
            for (int i = 0; i < count; ++i) item(run, next++);
            joined.write_items(out, run.take_items());
        }
        joined.end_array().end_object();
        joined.write_partial(out);
        CHECK(out.str() == in_place.str());
    }
}

TEST_CASE("an empty run leaves an array empty; items outside an array or unfinished throw") {
    std::ostringstream out;
    JsonWriter json;
    json.begin_object().key("items").begin_array();
    json.write_items(out, JsonWriter::array_items(JsonLayout::pretty, json.depth(), false).take_items());
    json.end_array().end_object();
    json.write_partial(out);
    CHECK(out.str() == "{\n  \"items\": []\n}");

    CHECK_THROWS_AS((void)JsonWriter::array_items(JsonLayout::pretty, 0, false), std::logic_error);
    JsonWriter open = JsonWriter::array_items(JsonLayout::pretty, 2, false);
    open.begin_object();
    CHECK_THROWS_AS((void)open.take_items(), std::logic_error);
    JsonWriter in_object;
    in_object.begin_object();
    CHECK_THROWS_AS(in_object.write_items(out, "1"), std::logic_error);
}

TEST_CASE("deep nesting is indented two spaces a level, past the prepared indents too") {
    constexpr int levels = 40;  // 80 spaces at the deepest: more than new_line keeps ready
    JsonWriter json;
    for (int i = 0; i < levels; ++i) json.begin_array();
    json.number(1);
    for (int i = 0; i < levels; ++i) json.end_array();
    const std::string& text = json.str();
    CHECK(text.find("\n" + std::string(2 * levels, ' ') + "1\n" + std::string(2 * (levels - 1), ' ') + "]") !=
          std::string::npos);
    CHECK(text.starts_with("[\n  [\n    ["));
    CHECK(text.ends_with("\n  ]\n]"));
}

#include <doctest/doctest.h>

#include <functional>
#include <string>

#include "edit/yaml_edit.hpp"
#include "load/yaml_tree.hpp"

using namespace repjourney;

namespace {
YamlNode parsed(const std::string& text) {
    YamlDocument document = parse_yaml(text, 0);
    REQUIRE(document.problems.empty());
    REQUIRE(document.root);
    return std::move(*document.root);
}

// The text after change, checked the way the commands check it: read back, it must be the
// tree the editor changed along with it.
std::string edited(const std::string& text, const std::function<void(YamlEditor&, YamlNode&)>& change) {
    YamlNode tree = parsed(text);
    YamlEditor editor{text, tree};
    change(editor, tree);
    const std::string result = editor.result();
    CHECK(same_tree(parsed(result), tree));
    return result;
}

YamlNode& value(YamlNode& mapping, std::string_view key) { return mapping.children[2 * *find_key(mapping, key) + 1]; }
YamlNode& person(YamlNode& root, std::size_t i) { return value(root, "representatives").children[i]; }

NewValue text(std::string_view t) { return NewValue::of_text(t); }
NewValue assignment(std::string_view role, std::string_view start) {
    return NewValue::mapping({{"role", text(role)}, {"start", text(start)}});
}

const std::string block_people =
    "# People of the branch\n"
    "representatives:\n"
    "  # the first\n"
    "  - id: anna\n"
    "    name: Anna   # called Annie\n"
    "    born: 1990\n"
    "    assignments:\n"
    "      - {role: steward, start: 2025-03-01}   # first term\n"
    "      # re-elected?\n"
    "\n"
    "  - id: bo\n"
    "    name: Bo\n";
}  // namespace

TEST_CASE("a new key goes after the last key written on its line, indented as the others, comments kept") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 0), "left", text("2027-03-01"));
        editor.set(person(root, 0), "left_reason", text("moved"));
    });
    CHECK(result ==
          "# People of the branch\n"
          "representatives:\n"
          "  # the first\n"
          "  - id: anna\n"
          "    name: Anna   # called Annie\n"
          "    born: 1990\n"
          "    left: 2027-03-01\n"
          "    left_reason: moved\n"
          "    assignments:\n"
          "      - {role: steward, start: 2025-03-01}   # first term\n"
          "      # re-elected?\n"
          "\n"
          "  - id: bo\n"
          "    name: Bo\n");
}

TEST_CASE("a value is replaced where it is written, its comment kept") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 0), "name", text("Anna Berg"));
    });
    CHECK(result.find("    name: Anna Berg   # called Annie\n") != std::string::npos);
}

TEST_CASE("an item goes after the list's last item, in its style, before the comments that follow") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.append(value(person(root, 0), "assignments"), assignment("steward", "2027-03-01"));
    });
    CHECK(result.find("      - {role: steward, start: 2025-03-01}   # first term\n"
                      "      - {role: steward, start: 2027-03-01}\n"
                      "      # re-elected?\n") != std::string::npos);
}

TEST_CASE("a list added to a person who has none is written below its key") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 1), "assignments", NewValue::list({assignment("safety", "2027-01-01")}));
    });
    CHECK(result.ends_with("  - id: bo\n    name: Bo\n    assignments:\n      - {role: safety, start: 2027-01-01}\n"));
}

TEST_CASE("a new person in a block list is written in the block style of the others") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.append(value(root, "representatives"),
                      NewValue::mapping({{"id", text("asa-oberg")},
                                         {"name", text("Åsa Öberg")},
                                         {"phone", text("+46 70 123 45 67")},
                                         {"assignments", NewValue::list({assignment("steward", "2027-03-15")})}}));
    });
    CHECK(
        result.ends_with("    name: Bo\n"
                         "  - id: asa-oberg\n"
                         "    name: Åsa Öberg\n"
                         "    phone: \"+46 70 123 45 67\"\n"
                         "    assignments:\n"
                         "      - {role: steward, start: 2027-03-15}\n"));
}

TEST_CASE("flow mappings and lists get the new entry before their closing bracket") {
    const std::string text =
        "representatives:\n"
        "  - {id: anna, name: Anna, assignments: [{role: steward, start: 2025-03-01}]}  # Anna\n"
        "  - {id: bo, name: Bo, assignments: []}\n";
    const auto result = edited(text, [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 0), "left", NewValue::of_text("2027-03-01"));
        editor.append(value(person(root, 0), "assignments"), assignment("safety", "2026-01-01"));
        editor.append(value(person(root, 1), "assignments"), assignment("safety", "2026-02-01"));
    });
    CHECK(result ==
          "representatives:\n"
          "  - {id: anna, name: Anna, assignments: [{role: steward, start: 2025-03-01}, {role: safety, start: "
          "2026-01-01}], left: 2027-03-01}  # Anna\n"
          "  - {id: bo, name: Bo, assignments: [{role: safety, start: 2026-02-01}]}\n");
}

TEST_CASE("a new person in a flow-style list of people is one flow mapping") {
    const std::string text = "representatives:\n  - {id: anna, name: Anna}\n";
    const auto result = edited(text, [](YamlEditor& editor, YamlNode& root) {
        editor.append(value(root, "representatives"),
                      NewValue::mapping({{"id", NewValue::of_text("bo")}, {"name", NewValue::of_text("Bo")}}));
    });
    CHECK(result == "representatives:\n  - {id: anna, name: Anna}\n  - {id: bo, name: Bo}\n");
}

TEST_CASE("removing a key removes its lines, or its entry and one comma") {
    const std::string block =
        "representatives:\n"
        "  - id: anna\n"
        "    paused:   # parental leave\n"
        "      from: 2026-01-01\n"
        "      until: 2026-06-30\n"
        "    name: Anna\n";
    CHECK(edited(block, [](YamlEditor& editor, YamlNode& root) { editor.remove(person(root, 0), "paused"); }) ==
          "representatives:\n  - id: anna\n    name: Anna\n");
    const std::string flow = "representatives:\n  - {id: anna, paused: {from: 2026-01-01}, name: Anna}\n";
    CHECK(edited(flow, [](YamlEditor& editor, YamlNode& root) { editor.remove(person(root, 0), "paused"); }) ==
          "representatives:\n  - {id: anna, name: Anna}\n");
    const std::string last = "representatives:\n  - {id: anna, name: Anna, paused: {from: 2026-01-01}}\n";
    CHECK(edited(last, [](YamlEditor& editor, YamlNode& root) { editor.remove(person(root, 0), "paused"); }) ==
          "representatives:\n  - {id: anna, name: Anna}\n");
}

TEST_CASE("a mapping set onto a block mapping is merged key by key") {
    const std::string text =
        "representatives:\n"
        "  - id: anna\n"
        "    paused:\n"
        "      from: 2026-01-01   # leave\n"
        "      until: 2026-03-31\n";
    const auto result = edited(text, [](YamlEditor& editor, YamlNode& root) {
        editor.set(
            person(root, 0), "paused",
            NewValue::mapping({{"from", NewValue::of_text("2026-02-01")}, {"until", NewValue::of_text("2026-05-31")}}));
    });
    CHECK(result ==
          "representatives:\n  - id: anna\n    paused:\n      from: 2026-02-01   # leave\n      until: 2026-05-31\n");
}

TEST_CASE("CRLF files stay CRLF; a last line without a line break stays without one") {
    const std::string crlf = "representatives:\r\n  - id: anna\r\n    name: Anna\r\n";
    CHECK(edited(crlf, [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "email", NewValue::of_text("anna@example.org"));
          }) == "representatives:\r\n  - id: anna\r\n    name: Anna\r\n    email: anna@example.org\r\n");
    const std::string unterminated = "representatives:\n  - id: anna\n    name: Anna";
    CHECK(edited(unterminated, [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "email", NewValue::of_text("anna@example.org"));
          }) == "representatives:\n  - id: anna\n    name: Anna\n    email: anna@example.org");
    CHECK(edited(unterminated, [](YamlEditor& editor, YamlNode& root) {
              editor.append(value(root, "representatives"), NewValue::mapping({{"id", NewValue::of_text("bo")}}));
          }) == "representatives:\n  - id: anna\n    name: Anna\n  - id: bo");
}

TEST_CASE("a null written as nothing or as ~ is replaced") {
    CHECK(edited("representatives:\n  - id: anna\n    left:\n    name: Anna\n", [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "left", NewValue::of_text("2027-01-01"));
          }) == "representatives:\n  - id: anna\n    left: 2027-01-01\n    name: Anna\n");
    CHECK(edited("representatives:\n  - {id: anna, left: ~}\n", [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "left", NewValue::of_text("2027-01-01"));
          }) == "representatives:\n  - {id: anna, left: 2027-01-01}\n");
}

TEST_CASE("shapes that cannot be changed for certain are refused with their place") {
    SUBCASE("a person written as one flow mapping over several lines") {
        const std::string text = "representatives:\n  - {id: anna,\n     name: Anna}\n";
        YamlNode root = parsed(text);
        YamlEditor editor{text, root};
        try {
            editor.set(person(root, 0), "left", NewValue::of_text("2027-01-01"));
            FAIL("not refused");
        } catch (const EditRefused& refused) {
            CHECK(refused.mark.line == 1);
            CHECK(std::string{refused.what()}.find("over several lines") != std::string::npos);
        }
    }
    SUBCASE("a plain value continued on the next line") {
        const std::string text = "representatives:\n  - id: anna\n    name: Anna\n      Berg\n";
        YamlNode root = parsed(text);
        YamlEditor editor{text, root};
        CHECK_THROWS_AS(editor.set(person(root, 0), "name", NewValue::of_text("Anna")), EditRefused);
    }
    SUBCASE("a flow mapping with a comma before its closing bracket") {
        const std::string text = "representatives: [{id: anna, }]\n";
        YamlNode root = parsed(text);
        YamlEditor editor{text, root};
        CHECK_THROWS_AS(editor.set(person(root, 0), "left", NewValue::of_text("2027-01-01")), EditRefused);
    }
    SUBCASE("a value on the line below its key") {
        const std::string text = "representatives:\n  - id: anna\n    name:\n      Anna\n";
        YamlNode root = parsed(text);
        YamlEditor editor{text, root};
        CHECK_THROWS_AS(editor.set(person(root, 0), "email", NewValue::of_text("a@example.org")), EditRefused);
    }
    SUBCASE("removing the key on the item's first line") {
        const std::string text = "representatives:\n  - paused: {from: 2026-01-01}\n    id: anna\n";
        YamlNode root = parsed(text);
        YamlEditor editor{text, root};
        CHECK_THROWS_AS(editor.remove(person(root, 0), "paused"), EditRefused);
    }
}

TEST_CASE("values that YAML would read as something else are quoted") {
    const auto result = edited("representatives:\n  - id: anna\n", [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 0), "name", NewValue::of_text("yes"));
        editor.set(person(root, 0), "branch", NewValue::of_text("Göteborg: Hisingen # 2"));
    });
    CHECK(result == "representatives:\n  - id: anna\n    name: \"yes\"\n    branch: \"Göteborg: Hisingen # 2\"\n");
}

TEST_CASE("a key added after values replaced in the same mapping goes after a value still in place") {
    const std::string text = "representatives:\n  - id: anna\n    email: anna@example.org\n    name: Anna\n";
    CHECK(edited(text, [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "email", NewValue::of_text("ANNA@example.org"));
              editor.set(person(root, 0), "name", NewValue::of_text("Anna L"));
              editor.set(person(root, 0), "phone", NewValue::of_text("070-1"));
          }) == "representatives:\n  - id: anna\n    email: ANNA@example.org\n    name: Anna L\n    phone: 070-1\n");
}

TEST_CASE("changes to a person and the list they are in, in one go, each where the file had it") {
    const auto result = edited(block_people, [](YamlEditor& editor, YamlNode& root) {
        editor.set(person(root, 1), "name", NewValue::of_text("Bo Ek"));
        editor.set(person(root, 1), "email", NewValue::of_text("bo@example.org"));
        editor.set(person(root, 1), "assignments", NewValue::list({assignment("safety", "2027-01-01")}));
        editor.append(value(root, "representatives"), NewValue::mapping({{"id", NewValue::of_text("cy")}}));
    });
    CHECK(
        result.ends_with("  - id: bo\n    name: Bo Ek\n    email: bo@example.org\n    assignments:\n"
                         "      - {role: safety, start: 2027-01-01}\n  - id: cy\n"));
}

TEST_CASE("trees are the same whatever the order of a mapping's keys, a repeated key by its occurrence") {
    CHECK(same_tree(parsed("{a: 1, b: 2}"), parsed("{b: 2, a: 1}")));
    CHECK(same_tree(parsed("{a: 1, a: 2, b: 3}"), parsed("{b: 3, a: 1, a: 2}")));
    CHECK_FALSE(same_tree(parsed("{a: 1, a: 2}"), parsed("{a: 2, a: 1}")));
    CHECK_FALSE(same_tree(parsed("{a: '1'}"), parsed("{a: 1}")));  // quoted text is not a plain scalar
}

TEST_CASE("a quote inside a plain word of a flow mapping does not open a quoted scalar") {
    const std::string text =
        "representatives:\n"
        "  - id: anna\n"
        "    goals:\n"
        "      - {id: g, title: the group's winter\"programme}\n"
        "events:\n"
        "  - {date: 2026-01-01, rep: anna, type: note, note: \"x\"}\n";
    CHECK(edited(text, [](YamlEditor& editor, YamlNode& root) {
              editor.append(value(root, "representatives"), NewValue::mapping({{"id", NewValue::of_text("bo")}}));
          }).find("programme}\n  - id: bo\nevents:") != std::string::npos);
}

TEST_CASE("two keys set into an empty flow mapping are separated by a comma") {
    CHECK(edited("representatives: [{}]\n", [](YamlEditor& editor, YamlNode& root) {
              editor.set(person(root, 0), "id", NewValue::of_text("anna"));
              editor.set(person(root, 0), "name", NewValue::of_text("Anna"));
          }) == "representatives: [{id: anna, name: Anna}]\n");
}

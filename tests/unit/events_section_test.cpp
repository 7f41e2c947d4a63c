#include <doctest/doctest.h>

#include "load/event_yaml.hpp"
#include "load/events_section.hpp"

using namespace repjourney;

namespace {
std::string append(const std::string& text, const std::string& item = "{x: 1}") {
    const EventsSection section = confirm_appendable(text, locate_events_section(parse_yaml(text, 0).root));
    return spliced(text, event_insertion(text, section, item));
}
}  // namespace

TEST_CASE("an event goes after the last item, keeping indentation and comments") {
    CHECK(append("events:\n    - {a: 1}\n    # mine\n") == "events:\n    - {a: 1}\n    # mine\n    - {x: 1}\n");
    CHECK(append("events:\n- {a: 1}\nroles: []\n") == "events:\n- {a: 1}\n- {x: 1}\nroles: []\n");
    CHECK(append("events:\n  - {a: 1}\n\n# roles next\nroles: []\n") ==
          "events:\n  - {a: 1}\n  - {x: 1}\n\n# roles next\nroles: []\n");
    CHECK(append("events:\n  - a: 1\n    b: 2\nroles: []\n") == "events:\n  - a: 1\n    b: 2\n  - {x: 1}\nroles: []\n");
}

TEST_CASE("a file without a final newline, or with CRLF endings") {
    CHECK(append("events:\n  - {a: 1}") == "events:\n  - {a: 1}\n  - {x: 1}\n");
    CHECK(append("events:\r\n  - {a: 1}\r\n") == "events:\r\n  - {a: 1}\r\n  - {x: 1}\r\n");
}

TEST_CASE("an empty or missing events section") {
    CHECK(append("roles: []\nevents:\n") == "roles: []\nevents:\n  - {x: 1}\n");
    CHECK(append("events: []  # none yet\nroles: []\n") == "events: # none yet\n  - {x: 1}\nroles: []\n");
    CHECK(append("roles: []\n") == "roles: []\nevents:\n  - {x: 1}\n");
    CHECK(append("") == "events:\n  - {x: 1}\n");
    CHECK(locate_events_section(parse_yaml("events: [{a: 1}]\n", 0).root).shape == EventsSection::Shape::unsupported);
    CHECK(locate_events_section(parse_yaml("{events: []}\n", 0).root).shape == EventsSection::Shape::unsupported);
}

TEST_CASE("scalars are written so they read back as the same text") {
    CHECK(yaml_scalar("anna-larsson") == "anna-larsson");
    CHECK(yaml_scalar("Bra start på Göteborg") == "Bra start på Göteborg");
    CHECK(yaml_scalar("yes") == "\"yes\"");
    CHECK(yaml_scalar("No") == "\"No\"");
    CHECK(yaml_scalar("milestone:steward/basic") == "\"milestone:steward/basic\"");
    CHECK(yaml_scalar("say \"hi\"\\\n") == "\"say \\\"hi\\\"\\\\\\n\"");
    CHECK(yaml_scalar("") == "\"\"");
    CHECK(yaml_scalar("# not a comment") == "\"# not a comment\"");
}

TEST_CASE("an event is one flow mapping in the spec's key order") {
    Event e;
    e.date = *Date::parse("2026-11-23");
    e.rep = "anna";
    e.type = EventType::recognition;
    e.action = "card";
    e.for_key = "anniversary:5y";
    e.note = "Tack!";
    CHECK(event_to_yaml(e) ==
          "{date: 2026-11-23, rep: anna, type: recognition, action: card, for: \"anniversary:5y\", note: \"Tack!\"}");
}

// Found by the fuzzers (tests/fuzz/regressions/record-*): each would have made record write a broken file.
TEST_CASE("what an append could break is refused, and a first item on its own line is followed") {
    auto shape = [](const std::string& text) {
        return confirm_appendable(text, locate_events_section(parse_yaml(text, 0).root)).shape;
    };
    using Shape = EventsSection::Shape;
    CHECK(shape("events:\n  - {a: 1}\n...\nroles: []\n") == Shape::unsupported);
    CHECK(shape("---\nevents:\n  - {a: 1}\n") == Shape::block_list);
    CHECK(shape("events:\n  ~\n") == Shape::unsupported);
    CHECK(shape("events:\n  []\n") == Shape::unsupported);
    CHECK(shape("events: [\n  ]\n") == Shape::unsupported);
    CHECK(shape("events:\n  # none yet\nroles: []\n") == Shape::empty);
    CHECK(shape("? events\n: []\n") == Shape::unsupported);
    CHECK(shape("  roles: []\n") == Shape::unsupported);
    CHECK(shape("events: !!seq\n  - {a: 1}\n") == Shape::unsupported);
    CHECK(append("events:\n  -\n    date: 2025-02-01\n") == "events:\n  -\n    date: 2025-02-01\n  - {x: 1}\n");
}

TEST_CASE("a byte order mark, a quoted key and a closing '...' are kept, the event placed within the document") {
    CHECK(append("\xEF\xBB\xBF"
                 "events:\n  - {a: 1}\n") ==
          "\xEF\xBB\xBF"
          "events:\n  - {a: 1}\n  - {x: 1}\n");
    CHECK(append("\xEF\xBB\xBF"
                 "events: []\n") ==
          "\xEF\xBB\xBF"
          "events:\n  - {x: 1}\n");
    CHECK(append("\"events\": []\n") == "\"events\":\n  - {x: 1}\n");
    CHECK(append("'events':\n  - {a: 1}\n") == "'events':\n  - {a: 1}\n  - {x: 1}\n");
    CHECK(append("events:\n  - {a: 1}\n...\n") == "events:\n  - {a: 1}\n  - {x: 1}\n...\n");
    CHECK(append("roles: []\n...\n# the end\n") == "roles: []\nevents:\n  - {x: 1}\n...\n# the end\n");
}

TEST_CASE("a refusal says what in the file stands in the way") {
    auto why = [](const std::string& text) {
        return confirm_appendable(text, locate_events_section(parse_yaml(text, 0).root)).unsupported_because.english();
    };
    CHECK(why("events:\n  - {a: 1}\n") == "");
    CHECK(why("events: [{a: 1}]\n") ==
          "its events on line 1 are an inline list ([...]); write one event a line, each starting with '- '");
    CHECK(why("{events: []}\n") == "the file is written as one flow mapping ({...})");
    CHECK(why("? events\n: []\n") ==
          "its first top-level key does not start its line (line 1); write keys as 'key:' at the start of their lines");
    CHECK(why("\"events\" : []\n") == "the events key on line 1 is not written 'events:' at the start of its line");
    CHECK(
        why("events:\n  ~\n") ==
        "the empty value of 'events:' stands on a line of its own (line 2); put '[]' on the key's line, or remove it");
    CHECK(why("roles: []\n---\nevents: []\n") == "line 2 starts a second document ('---')");
    CHECK(why("events: []\n...\nroles: []\n") == "line 3 follows the document end marker '...' on line 2");
}

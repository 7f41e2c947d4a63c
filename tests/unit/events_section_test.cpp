#include <doctest/doctest.h>

#include "load/event_yaml.hpp"
#include "load/events_section.hpp"

using namespace repjourney;

namespace {
std::string append(const std::string& text, const std::string& item = "{x: 1}") {
    return spliced(text, event_insertion(text, locate_events_section(parse_yaml(text, 0).root), item));
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
    CHECK(shape("events:\n  - {a: 1}\n...\n") == Shape::unsupported);
    CHECK(shape("roles: []\n...\n# the end\n") == Shape::unsupported);
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

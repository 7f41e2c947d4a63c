// A parse through the cache's bytes and back must be the same parse, and bytes that are not an
// encoding must read as nothing, never as a parse.

#include <doctest/doctest.h>

#include <string>

#include "load/cache_codec.hpp"

using namespace repjourney;

namespace {
SourceMark mark(std::uint32_t line) { return SourceMark{7, line, line + 1}; }

// A parse with every field of every record set to something other than its default.
ParsedFile fully_populated() {
    ParsedFile parsed;
    YamlNode root{YamlNode::Kind::mapping, mark(1), "", true, true, {}, 3, 9};
    root.children.push_back(YamlNode{YamlNode::Kind::scalar, mark(2), "events", true, false, {}, 0, 0});
    root.children.push_back(YamlNode{YamlNode::Kind::sequence, mark(3), "", false, true, {}, 12, 4});
    parsed.root = root;

    Milestone milestone{"renewal",
                        "Renewal talk",
                        {MilestoneDue::Anchor::end, Duration{3, 2}},
                        Duration{6, 1},
                        true,
                        "gift",
                        MilestoneScope::term,
                        true,
                        mark(4)};
    parsed.lists.roles.push_back(Role{"steward",
                                      "Steward",
                                      "Speaks for the workplace",
                                      {"listen", "report"},
                                      Duration{24, 0},
                                      Duration{0, 28},
                                      {milestone},
                                      EmployerNotice::aml,
                                      mark(5)});
    parsed.lists.representatives.push_back(Representative{
        "asa",
        "Åsa Öberg",
        "asa@example.org",
        "070-1234567",
        "north",
        "maria",
        1998,
        Duration{1, 3},
        Pause{Date::from_ymd(2026, 1, 2), Date::from_ymd(2026, 3, 4)},
        Date::from_ymd(2027, 5, 6),
        "moved",
        {Assignment{"steward", Date::from_ymd(2025, 1, 1), Date::from_ymd(2026, 12, 31), "Verkstan", mark(6)}},
        {Goal{"course", "Basic course", Date::from_ymd(2025, 6, 1), Date::from_ymd(2025, 5, 1), mark(7)}},
        mark(8)});

    const std::string_view asa = parsed.texts.keep("asa");
    Event event{Date::from_ymd(2026, 2, 3),
                EventType::nomination,
                NominationAnswer::undecided,
                42,
                mark(9),
                asa,
                parsed.texts.keep("renewal"),
                parsed.texts.keep("steward"),
                parsed.texts.keep("maria"),
                parsed.texts.keep("gift"),
                parsed.texts.keep("term:steward@2026-12-31"),
                parsed.notes.copy("Wants another term")};
    parsed.lists.events.push_back(event);
    event.rep = asa;  // the same view twice: stored once
    parsed.lists.events.push_back(event);

    parsed.references.named.push_back(Reference{Reference::Kind::milestone, "renewal", mark(10), "asa", "steward"});
    parsed.references.events.push_back(EventReference{Reference::Kind::exit_reason, mark(11), 1});
    parsed.content_hash = 0x0123456789abcdef;
    return parsed;
}
}  // namespace

TEST_CASE("a parse through the cache's bytes is the same parse, with its marks naming the file it is joined as") {
    const ParsedFile parsed = fully_populated();
    const std::string bytes = encode_parsed_file(parsed);
    const std::optional<ParsedFile> back = decode_parsed_file(bytes, 3);
    REQUIRE(back);
    // The encoding lists every field: the same bytes again mean the same values (and marks but their file).
    CHECK(encode_parsed_file(*back) == bytes);
    CHECK(back->content_hash == parsed.content_hash);
    REQUIRE(back->root);
    CHECK(back->root->mark.file == 3);
    CHECK(back->root->children[1].streamed_items == 12);
    const Role& role = back->lists.roles.at(0);
    CHECK(role.journey.at(0).due.anchor == MilestoneDue::Anchor::end);
    CHECK(role.journey.at(0).recognize_action == "gift");
    CHECK(role.notify_employer == EmployerNotice::aml);
    const Representative& rep = back->lists.representatives.at(0);
    CHECK(rep.name == "Åsa Öberg");
    CHECK(rep.paused->until == Date::from_ymd(2026, 3, 4));
    CHECK(rep.goals.at(0).done == Date::from_ymd(2025, 5, 1));
    CHECK(rep.assignments.at(0).mark.file == 3);
    const Event& event = back->lists.events.at(1);
    CHECK(event.rep == "asa");
    CHECK(event.by == "maria");
    CHECK(event.answer == NominationAnswer::undecided);
    CHECK(event.mark.line == 9);
    CHECK(event.for_key == "term:steward@2026-12-31");
    CHECK(event.note == "Wants another term");
    CHECK(back->references.named.at(0).role == "steward");
    CHECK(back->references.events.at(0).event == 1);
}

TEST_CASE("the events' texts in a parse from the cache live in its own pool") {
    std::optional<ParsedFile> back;
    {
        const ParsedFile parsed = fully_populated();
        back = decode_parsed_file(encode_parsed_file(parsed), 0);
    }  // the encoded parse and its pool are gone
    REQUIRE(back);
    TextPool pool;
    pool.take_over(std::move(back->texts));
    pool.take_over(std::move(back->notes));
    CHECK(back->lists.events.at(0).milestone == "renewal");
    CHECK(back->lists.events.at(0).note == "Wants another term");
}

TEST_CASE("a parse decoded without notes has every event and every other text, and its notes empty") {
    const ParsedFile parsed = fully_populated();
    const std::string bytes = encode_parsed_file(parsed);
    std::optional<ParsedFile> back = decode_parsed_file(bytes, 0, 0, LoadScope::without_notes);
    REQUIRE(back);
    CHECK(back->notes.empty());
    REQUIRE(back->lists.events.size() == 2);
    for (const Event& event : back->lists.events) {
        CHECK(event.note.empty());
        CHECK(event.for_key == "term:steward@2026-12-31");
        CHECK(event.answer == NominationAnswer::undecided);
    }
    // Nothing else differs: with the notes put back, the encoding is the original's.
    ParsedFile again = std::move(*back);
    for (Event& event : again.lists.events) event.note = again.notes.copy("Wants another term");
    CHECK(encode_parsed_file(again) == bytes);
}

TEST_CASE("bytes cut short, with a byte changed or with bytes added decode to nothing or to a parse, never a crash") {
    const std::string bytes = encode_parsed_file(fully_populated());
    for (std::size_t size = 0; size < bytes.size(); ++size) CHECK_FALSE(decode_parsed_file(bytes.substr(0, size), 0));
    CHECK_FALSE(decode_parsed_file(bytes + "x", 0));
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        std::string changed = bytes;
        changed[i] = static_cast<char>(0xff);
        if (const auto parsed = decode_parsed_file(changed, 0)) CHECK(encode_parsed_file(*parsed).size() > 0);
    }
}

TEST_CASE("a parse decoded without its events has every other record, and needs no texts") {
    const ParsedFile parsed = fully_populated();
    const std::string bytes = encode_parsed_file(parsed);
    const std::optional<ParsedFile> head = decode_parsed_file_without_events(bytes, 4);
    REQUIRE(head);
    CHECK(head->lists.events.empty());
    CHECK(head->references.events.empty());
    CHECK(head->lists.representatives.at(0).name == "Åsa Öberg");
    CHECK(head->lists.representatives.at(0).mark.file == 4);
    CHECK(head->lists.roles.at(0).journey.at(0).id == "renewal");
    CHECK(head->references.named.at(0).role == "steward");
    CHECK(head->content_hash == parsed.content_hash);
    // Cut short anywhere in the part it reads: nothing, never a crash.
    for (std::size_t size = 0; size < 64; ++size)
        CHECK_FALSE(decode_parsed_file_without_events(bytes.substr(0, size), 0));
}

TEST_CASE("a decoder hands on every byte it is done with once, a megabyte or more at a time, the texts first") {
    ParsedFile parsed = fully_populated();
    const Event event = parsed.lists.events.at(0);
    parsed.lists.events.resize(50'000, event);  // records of a few megabytes
    const std::string bytes = encode_parsed_file(parsed);
    std::vector<std::string_view> pieces;
    const std::optional<ParsedFile> back = decode_parsed_file(bytes, 0, 0, LoadScope::everything,
                                                              [&](std::string_view piece) { pieces.push_back(piece); });
    REQUIRE(back);
    CHECK(back->lists.events.size() == 50'000);
    REQUIRE(pieces.size() > 2);
    // The table of texts at the end, then the records from the front, each piece where the last ended.
    CHECK(pieces[0].end() == bytes.data() + bytes.size());
    CHECK(pieces[1].data() == bytes.data());
    for (std::size_t i = 2; i < pieces.size(); ++i) {
        CHECK(pieces[i].data() == pieces[i - 1].end());
        if (i + 1 < pieces.size()) CHECK(pieces[i].size() >= std::size_t{1} << 20);
    }
    CHECK(pieces.back().end() == pieces[0].data());
}

TEST_CASE("an encoding handed on in pieces is the encoding made whole, in pieces of a megabyte or more") {
    ParsedFile parsed = fully_populated();
    const Event event = parsed.lists.events.at(0);
    parsed.lists.events.resize(50'000, event);
    std::vector<std::string> pieces;
    const std::uint64_t size = encode_parsed_file(parsed, [&](std::string_view piece) { pieces.emplace_back(piece); });
    const std::string whole = encode_parsed_file(parsed);
    CHECK(size == whole.size());
    REQUIRE(pieces.size() > 1);
    for (std::size_t i = 0; i + 1 < pieces.size(); ++i) CHECK(pieces[i].size() >= std::size_t{1} << 20);
    std::string joined;
    for (const std::string& piece : pieces) joined += piece;
    CHECK(joined == whole);
}

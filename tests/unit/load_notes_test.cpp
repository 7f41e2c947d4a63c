// A load without notes (LoadScope::without_notes, what reports that never show one ask for) has
// every record and diagnostic a full load has, with the events' notes empty; on every path a file
// takes: parsed on a worker, read alone (it has a problem), or decoded from the parse cache. The
// cache keeps the notes either way, for the next load that wants them.

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <unistd.h>

#include "load/loader.hpp"
#include "load/parse_cache.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
// One file without a problem, so parsed on a worker (and cached), and one with a warning, read alone.
const std::string clean_text =
    "organisation: {name: Test, coordinators: [{id: maria, name: Maria}]}\n"
    "roles: [{id: steward, title: Steward}]\n"
    "representatives: [{id: anna, name: Anna, assignments: [{role: steward, start: 2025-03-01}]}]\n"
    "events:\n"
    "  - {date: 2025-04-10, rep: anna, type: feedback, by: maria, note: Good start}\n"
    "  - {date: 2025-05-01, rep: anna, type: recognition, for: 'anniversary:1y', note: Cake}\n";
const std::string warned_text =
    "events:\n"
    "  - {date: 2025-06-01, rep: anna, type: note, by: maria, note: Wants the safety role}\n";

struct DataFolder {
    fs::path root = fs::temp_directory_path() / fmt::format("repjourney-load-notes-{}", ::getpid());
    std::vector<std::string> paths{(root / "data").string()};

    DataFolder() {
        fs::remove_all(root);
        fs::create_directories(root / "data");
        std::ofstream{root / "data" / "a.yaml"} << clean_text;
        std::ofstream{root / "data" / "b.yaml"} << warned_text;
    }
    ~DataFolder() {
        set_parse_cache_directory("");
        fs::remove_all(root);
    }
};

std::vector<std::string> notes_of(const LoadResult& result) {
    std::vector<std::string> notes;
    for (const Event& event : result.model.events) notes.emplace_back(event.note);
    return notes;
}

// What a load found, but for the notes: the events' other texts and the diagnostics.
std::vector<std::string> all_but_notes(const LoadResult& result) {
    std::vector<std::string> found;
    for (const Event& event : result.model.events)
        found.push_back(fmt::format("{} {} {} {}", event.date.iso(), event.rep, event.by, event.for_key));
    for (const Diagnostic& d : result.diagnostics)
        found.push_back(fmt::format("{}:{}:{} {}", d.file, d.line, d.column, d.message.english()));
    return found;
}

const std::vector<std::string> all_notes = {"Good start", "Cake", "Wants the safety role"};
const std::vector<std::string> no_notes = {"", "", ""};
}  // namespace

TEST_CASE("a load without notes differs from a full one only in the events' notes, cached or not") {
    const DataFolder folder;
    const LoadResult full = load_data(folder.paths);
    REQUIRE(notes_of(full) == all_notes);
    REQUIRE(full.diagnostics.size() == 1);  // b.yaml's ignored `by`: that file is read alone
    CHECK(full.diagnostics[0].severity == Severity::warning);

    SUBCASE("without the cache") {
        const LoadResult without = load_data(folder.paths, {}, {}, LoadScope::without_notes);
        CHECK(notes_of(without) == no_notes);
        CHECK(all_but_notes(without) == all_but_notes(full));
    }
    SUBCASE("written to the cache by a load without notes, then read from it by loads with and without") {
        set_parse_cache_directory((folder.root / "cache").string());
        const LoadResult cold = load_data(folder.paths, {}, {}, LoadScope::without_notes);
        CHECK(notes_of(cold) == no_notes);
        CHECK(all_but_notes(cold) == all_but_notes(full));
        REQUIRE(fs::exists(parse_cache_file(parse_cache_directory(), folder.paths)));

        const LoadResult warm = load_data(folder.paths, {}, {}, LoadScope::without_notes);
        CHECK(notes_of(warm) == no_notes);
        CHECK(all_but_notes(warm) == all_but_notes(full));
        // The cache kept a.yaml's notes although the load that wrote it dropped them.
        const LoadResult warm_full = load_data(folder.paths);
        CHECK(notes_of(warm_full) == all_notes);
        CHECK(all_but_notes(warm_full) == all_but_notes(full));
    }
}

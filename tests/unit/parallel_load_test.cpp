// The parallel and streaming loader must read exactly what the serial one reads: the
// same records with the same marks, the same content hashes and the same diagnostics.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "load/loader.hpp"

using namespace repjourney;
namespace fs = std::filesystem;

namespace {
const std::string organisation = "organisation: {name: Testförbundet, coordinators: [{id: maria, name: Maria}]}\n";
const std::string roles =
    "roles:\n"
    "  - id: steward\n"
    "    title: Steward\n"
    "    term: 2y\n"
    "    journey:\n"
    "      - {id: welcome, title: Welcome, due: 1w}\n";

std::string person(int i) {
    return fmt::format(
        "  - id: r{0}\n    name: Åsa Öberg {0}\n    coordinator: maria\n"
        "    assignments:\n      - {{role: steward, start: 2025-01-01}}\n",
        i);
}

std::string events_of(int i, int count) {
    std::string text;
    for (int k = 0; k < count; ++k)
        text += fmt::format("  - {{date: 2025-{:02}-{:02}, rep: r{}, type: {}, note: \"möte nummer {}\"}}\n",
                            k % 12 + 1, k % 28 + 1, i, k % 3 == 0 ? "feedback" : "note", k);
    return text;
}

// A temporary directory, removed with everything in it.
struct TempDir {
    fs::path path = fs::temp_directory_path() / fmt::format("repjourney-parallel-{}", ::getpid());
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream{path / name, std::ios::binary} << text;
        return (path / name).string();
    }
};

LoadResult load_files(const std::vector<std::string>& paths) {
    Loader loader;
    for (const auto& path : paths) loader.add_file(path);
    return loader.finish();
}

// The same sources given as text: read one after the other, never streamed.
LoadResult load_texts(const std::vector<std::string>& paths) {
    Loader loader;
    for (const auto& path : paths) {
        std::ifstream in{path, std::ios::binary};
        loader.add_text(path, std::string{std::istreambuf_iterator<char>{in}, {}});
    }
    return loader.finish();
}

bool same_mark(SourceMark a, SourceMark b) { return a.file == b.file && a.line == b.line && a.column == b.column; }

void check_same(const LoadResult& a, const LoadResult& b) {
    REQUIRE(a.model.events.size() == b.model.events.size());
    for (std::size_t i = 0; i < a.model.events.size(); ++i) {
        const Event& x = a.model.events[i];
        const Event& y = b.model.events[i];
        CHECK(
            (x.date == y.date && x.type == y.type && x.rep == y.rep && x.note == y.note && same_mark(x.mark, y.mark)));
    }
    REQUIRE(a.model.representatives.size() == b.model.representatives.size());
    for (std::size_t i = 0; i < a.model.representatives.size(); ++i) {
        CHECK(a.model.representatives[i].id == b.model.representatives[i].id);
        CHECK(a.model.representatives[i].name == b.model.representatives[i].name);
        CHECK(same_mark(a.model.representatives[i].mark, b.model.representatives[i].mark));
    }
    CHECK(a.model.roles.size() == b.model.roles.size());
    CHECK(a.model.organisation.name == b.model.organisation.name);
    REQUIRE(a.file_facts.size() == b.file_facts.size());
    for (std::size_t i = 0; i < a.file_facts.size(); ++i) {
        CHECK(a.file_facts[i].content_hash == b.file_facts[i].content_hash);
        CHECK(a.file_facts[i].events.shape == b.file_facts[i].events.shape);
        CHECK(a.file_facts[i].events.first_item_line == b.file_facts[i].events.first_item_line);
    }
    REQUIRE(a.diagnostics.size() == b.diagnostics.size());
    for (std::size_t i = 0; i < a.diagnostics.size(); ++i)
        CHECK(format_diagnostic(a.diagnostics[i]) == format_diagnostic(b.diagnostics[i]));
}

// One file of more than 4 MB, which the loader streams.
std::string big_file(int people, int events_each) {
    std::string text = organisation + roles + "representatives:\n";
    for (int i = 0; i < people; ++i) text += person(i);
    text += "events:\n";
    for (int i = 0; i < people; ++i) text += events_of(i, events_each);
    return text;
}
}  // namespace

TEST_CASE("a large file streamed reads exactly as the same text read whole") {
    const TempDir dir;
    const std::string text = big_file(600, 100);
    REQUIRE(text.size() > (std::size_t{4} << 20));
    const auto path = dir.write("data.yaml", text);
    const auto streamed = load_files({path});
    CHECK(streamed.diagnostics.empty());
    CHECK(streamed.model.events.size() == 60000);
    CHECK(streamed.file_facts[0].content_hash == content_hash(text));
    check_same(streamed, load_texts({path}));
}

TEST_CASE("problems in a streamed file come out as the serial loader reports them") {
    const TempDir dir;
    std::string text = big_file(600, 100);
    // A bad date deep in the file, a mistyped key, and an unknown person.
    const auto at = text.find("date: 2025-03-03, rep: r400");
    REQUIRE(at != std::string::npos);
    text.replace(at, 16, "date: 2025-02-30");
    text.replace(text.find("note: \"möte nummer 50\"", at), 4, "nott");
    text += "  - {date: 2025-01-01, rep: nobody, type: note}\n";
    const auto path = dir.write("data.yaml", text);
    const auto streamed = load_files({path});
    CHECK(streamed.diagnostics.size() == 3);
    check_same(streamed, load_texts({path}));
}

TEST_CASE("a streamed file with a line over the limit, or not UTF-8, is reported like a file read whole") {
    const TempDir dir;
    const std::string text = big_file(300, 100);
    const auto long_line = dir.write("long.yaml", text + "# " + std::string(max_line_bytes, 'x') + "\n");
    check_same(load_files({long_line}), load_texts({long_line}));
    std::string latin1 = text;
    latin1[latin1.size() / 2 + latin1.substr(latin1.size() / 2).find("möte") + 1] = '\xF6';
    const auto not_utf8 = dir.write("latin1.yaml", latin1);
    const auto result = load_files({not_utf8});
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message.english().starts_with("invalid UTF-8"));
    check_same(result, load_texts({not_utf8}));
}

TEST_CASE("a streamed file whose first line is empty reads as the same text read whole") {
    // yaml-cpp reads two bytes to tell the encoding and puts both back; the second ends a
    // chunk of its own when the first line is empty (found by the load fuzzer).
    const TempDir dir;
    set_streaming_threshold(0);
    for (const std::string& text : {std::string{"\n]a]"}, "\n" + organisation + roles, std::string{"\n\n\n"},
                                    std::string{"x\n]"}, std::string{"\n"}}) {
        const auto path = dir.write("data.yaml", text);
        check_same(load_files({path}), load_texts({path}));
    }
    set_streaming_threshold(default_streaming_threshold);
}

TEST_CASE("many files read in parallel join in file order") {
    const TempDir dir;
    std::vector<std::string> paths = {dir.write("organisation.yaml", organisation + roles)};
    for (int i = 0; i < 300; ++i)
        paths.push_back(
            dir.write(fmt::format("p{:03}.yaml", i), "representatives:\n" + person(i) + "events:\n" + events_of(i, 5)));
    // A problem in one file, and an event naming someone in another.
    paths.push_back(dir.write("q-broken.yaml", "events:\n  - {date: 2025-13-01, rep: r1, type: note}\n"));
    paths.push_back(dir.write("r-cross.yaml",
                              "events:\n  - {date: 2025-01-01, rep: r299, type: milestone, "
                              "milestone: welcome}\n  - {date: 2025-01-01, rep: r9999, type: note}\n"));
    const auto parallel = load_files(paths);
    CHECK(parallel.model.representatives.size() == 300);
    CHECK(parallel.model.events.size() == 1502);
    CHECK(parallel.diagnostics.size() == 2);
    check_same(parallel, load_texts(paths));
}

TEST_CASE("a second load reuses the first one's parses of files whose bytes are unchanged") {
    const TempDir dir;
    std::vector<std::string> paths = {dir.write("organisation.yaml", organisation + roles)};
    for (int i = 0; i < 40; ++i)
        paths.push_back(
            dir.write(fmt::format("p{:03}.yaml", i), "representatives:\n" + person(i) + "events:\n" + events_of(i, 5)));
    Loader first;
    for (const auto& path : paths) first.add_file(path);
    KeptParses kept;
    kept.trees = true;
    first.keep_parses(kept);
    const LoadResult before = first.finish();
    REQUIRE(before.diagnostics.empty());
    CHECK(kept.files.size() == paths.size());
    CHECK(kept.texts == before.model.texts);
    // Each file's tree as a change needs it: the people whole, the events hashed.
    const KeptParses::File& p003 = kept.files.at(paths[4]);
    REQUIRE(p003.tree);
    CHECK(p003.tree->event_hashes.size() == 5);
    REQUIRE(p003.tree->root.mapping_size() == 2);
    CHECK(p003.tree->root.value(0).children.size() == 1);
    CHECK(p003.tree->root.value(0).children[0].value(0).text == "r3");
    CHECK(p003.tree->root.value(1).children.empty());

    // One file changed on disk since (with a problem), one replaced by a new text, the rest as they were.
    dir.write("p007.yaml", "representatives:\n" + person(7) + "events:\n  - {date: 2025-01-01, rep: r7, type: nope}\n");
    const std::string replaced = "representatives:\n" + person(8) + person(1000) + "events:\n" + events_of(8, 2);
    Loader second;
    for (const auto& path : paths)
        if (path.ends_with("p008.yaml"))
            second.add_text(path, replaced);
        else
            second.add_file(path);
    second.reuse_parses(kept);
    const LoadResult after = second.finish();
    // Taken: every parse but the changed file's and the replaced one's, which were parsed again.
    std::vector<std::string> left;
    for (const auto& [path, file] : kept.files)
        if (file.parsed) left.push_back(path);
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{paths[8], paths[9]});
    CHECK(after.model.representatives.size() == 41);
    CHECK(after.diagnostics.size() == 1);

    // Exactly what a load from scratch reads.
    dir.write("p008.yaml", replaced);
    check_same(after, load_files(paths));
}

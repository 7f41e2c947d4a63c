#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include "load/loader.hpp"
#include "render/scaffold.hpp"
#include "render/scaffold_texts.hpp"

using namespace repjourney;

namespace {
const Date as_of = Date::from_ymd(2026, 11, 23);

LoadResult load_scaffold(Language language) {
    Loader loader;
    for (const auto& file : scaffold_files(language, as_of)) loader.add_text(file.name, file.text);
    return loader.finish();
}

std::set<std::string_view> keys(std::span<const ScaffoldText> texts) {
    std::set<std::string_view> out;
    for (const auto& t : texts) out.insert(t.key);
    return out;
}
}  // namespace

TEST_CASE("both languages have the same words, each once") {
    CHECK(keys(scaffold_texts_en()) == keys(scaffold_texts_sv()));
    CHECK(keys(scaffold_texts_en()).size() == scaffold_texts_en().size());
    CHECK(keys(scaffold_texts_sv()).size() == scaffold_texts_sv().size());
}

TEST_CASE("the scaffold is valid data with no warnings, in English and Swedish") {
    for (const Language language : {Language::en, Language::sv}) {
        CAPTURE(static_cast<int>(language));
        const auto files = scaffold_files(language, as_of);
        REQUIRE(files.size() == 4);
        CHECK(files[0].name == "organisation.yaml");
        CHECK(files[3].name == "events.yaml");
        for (const auto& file : files) {
            CAPTURE(file.name);
            CHECK(file.text.find("{{") == std::string::npos);
            CHECK(file.text.ends_with("\n"));
            CHECK(file.text.find(" \n") == std::string::npos);  // no trailing blanks from indented blocks
        }
        const auto result = load_scaffold(language);
        for (const auto& d : result.diagnostics) FAIL_CHECK(d.message.english());
        CHECK(result.diagnostics.empty());
        const Model& model = result.model;
        CHECK(model.organisation.language == language);
        CHECK(model.roles.size() == 2);
        CHECK(model.representatives.size() == 3);  // a new representative, a board member and a prospect
        CHECK(model.representatives.back().assignments.empty());
        // The Swedish role is a förtroendeman's: its employer notice is recorded from the start.
        CHECK(model.events.size() == (language == Language::sv ? 1U : 0U));
        CHECK(model.roles[0].notify_employer ==
              (language == Language::sv ? EmployerNotice::fml : EmployerNotice::none));
        CHECK(model.organisation.adaptations.size() == 1);
    }
}

TEST_CASE("the default journey follows the loyalty practices") {
    const Model model = load_scaffold(Language::en).model;
    const Role& role = model.roles.at(0);
    const auto has = [&](std::string_view id) {
        return std::any_of(role.journey.begin(), role.journey.end(), [&](const Milestone& m) { return m.id == id; });
    };
    CHECK(has("welcome-call"));
    CHECK(has("mentor"));
    const Milestone* training = find_milestone(role, "basic-training");
    REQUIRE(training);
    CHECK(training->recognize);
    const Milestone* network = find_milestone(role, "network");
    REQUIRE(network);
    CHECK(network->every.has_value());
    const Milestone* reflection = find_milestone(role, "reflection");
    REQUIRE(reflection);
    CHECK(reflection->every == Duration::of_months(12));
    const Milestone* renewal = find_milestone(role, "renewal-talk");
    REQUIRE(renewal);
    CHECK(renewal->due.anchor == MilestoneDue::Anchor::end);
    CHECK(renewal->scope == MilestoneScope::term);
    // Younger representatives: frequent check-ins and a short, concrete goal.
    CHECK(model.organisation.adaptations.at(0).feedback_every == Duration::of_days(28));
    CHECK(model.representatives.at(0).goals.size() == 1);
}

TEST_CASE("Swedish scaffolding has Swedish titles and ids") {
    const Model model = load_scaffold(Language::sv).model;
    CHECK(model.roles.at(0).id == "ombud");
    CHECK(model.roles.at(0).title == "Ombud");
    CHECK(model.roles.at(1).journey.at(0).title == "Välkomstsamtal med ordföranden");
    CHECK(model.organisation.recognition.actions.at(0).id == "tackkort");
}

TEST_CASE("the sample people's dates count back from as_of, so nothing is due before it") {
    const Model model = load_scaffold(Language::en).model;
    // Five days in, the welcome call (due after a week) is the next step, not an overdue one.
    CHECK(model.representatives.at(0).assignments.at(0).start.iso() == "2026-11-18");
    CHECK(model.representatives.at(0).goals.at(0).due->iso() == "2027-02-18");
    CHECK(model.representatives.at(1).assignments.at(0).start.iso() == "2026-11-23");
}

TEST_CASE("blocks take the indentation of their line") {
    const auto roles = scaffold_files(Language::en, as_of).at(1).text;
    CHECK(roles.find("    description: |\n      Represents the members") != std::string::npos);
    CHECK(roles.find("    expectations:\n      - Take part") != std::string::npos);
    CHECK(roles.find("\n      - Hold at least one meeting") != std::string::npos);
}

TEST_CASE("the report lists the files and the next steps, with -d only when needed") {
    const std::string report = scaffold_report(Language::en, {"new/roles.yaml", "new/events.yaml"}, "new", " -d new");
    CHECK(report.find("in new:\n  new/roles.yaml\n  new/events.yaml\nNext steps:") != std::string::npos);
    CHECK(report.find("  3. repjourney status -d new\n") != std::string::npos);
    const std::string here = scaffold_report(Language::sv, {"roles.yaml"}, ".", "");
    CHECK(here.find("i den aktuella katalogen:\n  roles.yaml\n") != std::string::npos);
    CHECK(here.find("  3. repjourney status\n") != std::string::npos);
}

#include "render/recognize_report.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

// Suggestions are built by hand, as the engine would make them, so that each kind's wording is pinned in both
// languages; which suggestions the engine makes is recognition_test.cpp's business.
namespace {
Date d(std::string_view text) { return *Date::parse(text); }

const Date as_of = d("2026-11-23");

struct Fixture {
    Representative anna;
    Role steward;
    Milestone training;
    Assignment assignment;
    Goal goal;
    RecognitionAction card{"card", "Thank-you card", {SuggestionKind::milestone}, {}};

    Fixture() {
        anna.id = "anna-larsson";
        anna.name = "Anna Larsson";
        steward.id = "steward";
        steward.title = "Workplace representative";
        training.id = "basic-training";
        training.title = "Basic training";
        assignment.role = "steward";
        assignment.start = d("2021-11-25");
        assignment.end = d("2027-02-28");
        goal.id = "lead-meeting";
        goal.title = "Lead a workplace meeting";
    }

    Suggestion make(SuggestionKind kind, std::string key, std::string_view date) {
        Suggestion s;
        s.representative = &anna;
        s.kind = kind;
        s.key = std::move(key);
        s.date = d(date);
        s.upcoming = s.date > as_of;
        s.action = &card;
        return s;
    }

    Suggestion anniversary(std::string_view duration, std::string_view date) {
        Suggestion s = make(SuggestionKind::anniversary, "anniversary:" + std::string{duration}, date);
        s.anniversary = *Duration::parse(duration);
        s.service_start = assignment.start;
        return s;
    }

    Suggestion milestone(std::string_view date) {
        Suggestion s = make(SuggestionKind::milestone, "milestone:steward/basic-training", date);
        s.role = &steward;
        s.milestone = &training;
        s.assignment = &assignment;
        return s;
    }

    Suggestion reached_goal(std::string_view date) {
        Suggestion s = make(SuggestionKind::goal, "goal:lead-meeting", date);
        s.goal = &goal;
        return s;
    }

    Suggestion term(std::string_view end) {
        Suggestion s = make(SuggestionKind::term, "term:steward@" + std::string{end}, end);
        s.role = &steward;
        s.assignment = &assignment;
        return s;
    }

    Suggestion quiet(std::optional<std::string_view> last_recognition, std::string_view date) {
        Suggestion s = make(SuggestionKind::quiet, "quiet", date);
        if (last_recognition) s.last_recognition = d(*last_recognition);
        s.service_start = assignment.start;
        return s;
    }
};

std::string en(const Suggestion& s) { return recognition_reason(Language::en, s, as_of); }
std::string sv(const Suggestion& s) { return recognition_reason(Language::sv, s, as_of); }
}  // namespace

TEST_CASE("an anniversary says how long, in words") {
    Fixture f;
    const auto five = f.anniversary("5y", "2026-11-25");
    CHECK(en(five) == "5 years as a representative on 25 Nov");
    CHECK(sv(five) == "5 år som förtroendevald den 25 nov");
    const auto one = f.anniversary("1y", "2026-11-20");
    CHECK(en(one) == "1 year as a representative on 20 Nov");
    CHECK(sv(one) == "1 år som förtroendevald den 20 nov");
    // Any configured duration reads naturally, not as the data's 1y6m.
    const auto odd = f.anniversary("1y6m", "2026-12-01");
    CHECK(en(odd) == "1 year 6 months as a representative on 1 Dec");
    CHECK(sv(odd) == "1 år 6 månader som förtroendevald den 1 dec");
}

TEST_CASE("a milestone and a goal name what was achieved") {
    Fixture f;
    CHECK(en(f.milestone("2026-11-03")) == "completed basic training on 3 Nov");
    CHECK(sv(f.milestone("2026-11-03")) == "genomförde basic training den 3 nov");
    CHECK(en(f.reached_goal("2026-11-01")) == "reached the goal \"Lead a workplace meeting\" on 1 Nov");
    CHECK(sv(f.reached_goal("2026-11-01")) == "nådde målet ”Lead a workplace meeting” den 1 nov");
}

TEST_CASE("a term ends, or has ended, on its last day") {
    Fixture f;
    CHECK(en(f.term("2026-12-05")) == "term as workplace representative ends on 5 Dec");
    CHECK(sv(f.term("2026-12-05")) == "uppdraget som workplace representative slutar den 5 dec");
    CHECK(en(f.term("2026-11-23")) == "term as workplace representative ends on 23 Nov");
    CHECK(en(f.term("2026-11-10")) == "term as workplace representative ended on 10 Nov");
    CHECK(sv(f.term("2026-11-10")) == "uppdraget som workplace representative slutade den 10 nov");
}

TEST_CASE("a term of an unknown role falls back on the role id") {
    Fixture f;
    auto s = f.term("2026-12-05");
    s.role = nullptr;
    CHECK(en(s) == "term as steward ends on 5 Dec");
}

TEST_CASE("a farewell says when they left") {
    Fixture f;
    const auto s = f.make(SuggestionKind::farewell, "farewell", "2026-11-10");
    CHECK(en(s) == "left on 10 Nov");
    CHECK(sv(s) == "avgick den 10 nov");
}

TEST_CASE("a farewell names why they left when the data says, in the report's language") {
    Fixture f;
    const Organisation organisation;  // no catalogue of its own: the built-in reasons
    auto s = f.make(SuggestionKind::farewell, "farewell", "2026-11-10");
    s.exit_reason = find_exit_reason(organisation, "moved");
    CHECK(en(s) == "left on 10 Nov (moved away)");
    CHECK(sv(s) == "avgick den 10 nov (flyttat)");
    // The organisation's own title is its words, in every language.
    const ExitReason own{"moved", "Moved abroad", "", {}};
    s.exit_reason = &own;
    CHECK(en(s) == "left on 10 Nov (moved abroad)");
    CHECK(sv(s) == "avgick den 10 nov (moved abroad)");
}

TEST_CASE("quiet says since the last recognition, or since they started") {
    Fixture f;
    CHECK(en(f.quiet("2026-03-12", "2026-03-12")) == "nobody has recognised them since 12 Mar");
    CHECK(sv(f.quiet("2026-03-12", "2026-03-12")) == "ingen har uppmärksammat hen sedan 12 mar");
    // Never recognised: the date is the service start, which may lie years back, so the year is given.
    CHECK(en(f.quiet(std::nullopt, "2021-11-25")) == "nobody has recognised them since starting on 25 Nov 2021");
    CHECK(sv(f.quiet(std::nullopt, "2021-11-25")) == "ingen har uppmärksammat hen sedan hen började den 25 nov 2021");
}

TEST_CASE("dates outside as_of's year keep their year") {
    Fixture f;
    CHECK(recognition_reason(Language::en, f.anniversary("1y", "2027-01-05"), as_of) ==
          "1 year as a representative on 5 Jan 2027");
    CHECK(recognition_reason(Language::sv, f.make(SuggestionKind::farewell, "farewell", "2026-12-20"),
                             d("2027-01-04")) == "avgick den 20 dec 2026");
}

TEST_CASE("the table shows the id, the key and the action whole, and how to answer one") {
    Fixture f;
    const std::vector<Suggestion> suggestions{f.milestone("2026-11-03"), f.term("2026-12-05")};
    const std::string out = render_recognize_table(suggestions, as_of, Language::en, TableLayout{40, false});
    // 40 columns: the id and key break at the space, never inside the key.
    CHECK(out.find("\n  anna-larsson --for\n  milestone:steward/basic-training\n") != std::string::npos);
    CHECK(out.find("term:steward@2026-12-05\n") != std::string::npos);
    CHECK(out.find(suggestions[0].action->title + "\n") != std::string::npos);
    CHECK(out.find("completed basic training on 3 Nov") != std::string::npos);
    CHECK(out.ends_with("\nRecord one with: repjourney record\nrecognition REP --for KEY\n"));
    const std::string swedish = render_recognize_table(suggestions, as_of, Language::sv, TableLayout{});
    CHECK(swedish.starts_with("Namn"));
    CHECK(swedish.ends_with("\nRegistrera ett uppmärksammande med: repjourney record recognition ID --for NYCKEL\n"));
}

TEST_CASE("nothing to suggest") {
    CHECK(render_recognize_table({}, as_of, Language::en, TableLayout{}) == "Nothing to do.\n");
    CHECK(render_recognize_table({}, as_of, Language::sv, TableLayout{}) == "Inget att göra.\n");
    CHECK(render_recognize_json({}, as_of, Language::en) ==
          "{\n  \"as_of\": \"2026-11-23\",\n  \"suggestions\": []\n}\n");
    CHECK(render_recognize_csv({}, as_of, Language::en, CsvStyle{}) ==
          "rep,name,key,kind,date,upcoming,action,action_title,annual_meeting,reason\r\n");
}

TEST_CASE("JSON and CSV carry the contract's fields and the reason in the language") {
    Fixture f;
    const std::vector<Suggestion> suggestions{f.anniversary("5y", "2026-11-25")};
    const std::string json = render_recognize_json(suggestions, as_of, Language::sv);
    for (const char* field :
         {"\"rep\": \"anna-larsson\"", "\"name\": \"Anna Larsson\"", "\"key\": \"anniversary:5y\"",
          "\"kind\": \"anniversary\"", "\"date\": \"2026-11-25\"", "\"upcoming\": true", "\"action\": \"card\"",
          "\"action_title\": \"Thank-you card\"", "\"reason\": \"5 år som förtroendevald den 25 nov\""}) {
        CAPTURE(field);
        CHECK(json.find(field) != std::string::npos);
    }
    CHECK(render_recognize_csv(suggestions, as_of, Language::en, CsvStyle{}) ==
          "rep,name,key,kind,date,upcoming,action,action_title,annual_meeting,reason\r\n"
          "anna-larsson,Anna Larsson,anniversary:5y,anniversary,2026-11-25,true,card,Thank-you card,,"
          "5 years as a representative on 25 Nov\r\n");
}

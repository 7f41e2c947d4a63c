#include "engine/recognition.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "model_builders.hpp"

using namespace repjourney;

// Every case is judged on 2026-11-23 with the defaults: window 30d and due_soon 14d, so
// achievements count from 2026-10-24 and anniversaries and term ends up to 2026-12-07.
namespace {
using test::completion;
using test::d;
using test::dur;
using test::rep;

const Date as_of = d("2026-11-23");

// `due` as in the data: "3m" or "end-3m"; every milestone here is one to recognise.
Milestone milestone(std::string id, std::string_view due, std::string_view every = "",
                    MilestoneScope scope = MilestoneScope::role) {
    Milestone m = test::milestone(std::move(id), due, every, scope);
    m.recognize = true;
    return m;
}

// A steward's assignment unless another role is given.
Assignment assignment(std::string_view start, std::optional<std::string_view> end, std::string role = "steward") {
    return test::assignment(std::move(role), start, end);
}

Event recognition(std::string_view date, std::string rep, std::string for_key = "") {
    Event e;
    e.date = d(date);
    e.rep = test::kept(rep);
    e.type = EventType::recognition;
    e.for_key = test::kept(for_key);
    return e;
}

// A steward journey with a milestone of every sort worth recognising, and one that is not.
Model stewards() {
    Model model;
    Role steward;
    steward.id = "steward";
    steward.journey = {milestone("welcome", "1w"), milestone("basic-training", "3m"),
                       milestone("reflection", "6m", "1y"),
                       milestone("renewal-talk", "end-3m", "", MilestoneScope::term)};
    steward.journey[0].recognize = false;
    Role safety = steward;
    safety.id = "safety";
    model.roles = {steward, safety};
    return model;
}

// "rep key" of each suggestion of the kind, in the order given.
std::vector<std::string> keys(const std::vector<Suggestion>& suggestions, SuggestionKind kind) {
    std::vector<std::string> out;
    for (const Suggestion& s : suggestions)
        if (s.kind == kind) out.push_back(s.representative->id + " " + s.key);
    return out;
}

std::vector<std::string> keys(const Model& model, SuggestionKind kind) {
    return keys(recognition_suggestions(model, as_of), kind);
}

using Keys = std::vector<std::string>;

// The one suggestion with this key (of this representative, when given).
Suggestion only(const Model& model, std::string_view key, std::string_view rep = "") {
    const auto matches = [&](const Suggestion& s) {
        return s.key == key && (rep.empty() || s.representative->id == rep);
    };
    const auto suggestions = recognition_suggestions(model, as_of);
    REQUIRE(std::count_if(suggestions.begin(), suggestions.end(), matches) == 1);
    return *std::find_if(suggestions.begin(), suggestions.end(), matches);
}
}  // namespace

TEST_CASE("recognition: anniversaries of the service start within [as_of - window, as_of + due_soon]") {
    Model model = stewards();
    model.representatives = {
        rep("from-edge", {assignment("2025-10-24", std::nullopt)}),   // 1y on 2026-10-24: included
        rep("too-old", {assignment("2025-10-23", std::nullopt)}),     // 1y on 2026-10-23: one day early
        rep("today", {assignment("2021-11-23", std::nullopt)}),       // 5y on as_of
        rep("until-edge", {assignment("2025-12-07", std::nullopt)}),  // 1y on 2026-12-07: included
        rep("too-far", {assignment("2025-12-08", std::nullopt)}),     // 1y on 2026-12-08: one day late
    };
    CHECK(keys(model, SuggestionKind::anniversary) ==
          Keys{"from-edge anniversary:1y", "today anniversary:5y", "until-edge anniversary:1y"});

    const Suggestion today = only(model, "anniversary:5y");
    CHECK(today.date == as_of);
    CHECK_FALSE(today.upcoming);
    CHECK(today.anniversary == dur("5y"));
    CHECK(today.service_start == d("2021-11-23"));
    CHECK(today.role == nullptr);

    const Suggestion until_edge = only(model, "anniversary:1y", "until-edge");
    CHECK(until_edge.date == d("2026-12-07"));
    CHECK(until_edge.upcoming);
    CHECK(until_edge.service_start == d("2025-12-07"));
}

TEST_CASE("recognition: anniversaries count from the earliest start across re-elections") {
    Model model = stewards();
    // Listed latest first: the third term began 2025-11-23, whose 1y would also fall on as_of.
    model.representatives = {
        rep("anna", {assignment("2025-11-23", std::nullopt), assignment("2021-11-23", "2023-11-22"),
                     assignment("2023-11-23", "2025-11-22")})};
    CHECK(keys(model, SuggestionKind::anniversary) == Keys{"anna anniversary:5y"});
}

TEST_CASE("recognition: an anniversary's key is the duration's canonical text") {
    Model model = stewards();
    model.organisation.recognition.anniversaries = {dur("18m"), dur("12m")};
    model.representatives = {rep("anna", {assignment("2025-05-23", std::nullopt)}),  // 18m on as_of
                             rep("bo", {assignment("2025-11-23", std::nullopt)})};   // 12m on as_of
    CHECK(keys(model, SuggestionKind::anniversary) == Keys{"anna anniversary:1y6m", "bo anniversary:1y"});
    CHECK(only(model, "anniversary:1y6m").anniversary == dur("1y6m"));
}

TEST_CASE("recognition: a recognition event with for: KEY dated <= as_of answers the suggestion") {
    Model model = stewards();
    model.representatives = {rep("anna", {assignment("2021-11-23", std::nullopt)}),
                             rep("bo", {assignment("2021-11-23", std::nullopt)}),
                             rep("cai", {assignment("2021-11-23", std::nullopt)})};
    model.events = {
        recognition("2026-11-20", "anna", "anniversary:5y"),  // answered ahead of the day: gone
        recognition("2026-11-24", "bo", "anniversary:5y"),    // after as_of: not yet
        recognition("2026-11-20", "cai", "anniversary:1y"),   // another key answers nothing here
        recognition("2026-11-20", "cai", "anniversary:5y "),  // nor does a near miss
    };
    CHECK(keys(model, SuggestionKind::anniversary) == Keys{"bo anniversary:5y", "cai anniversary:5y"});
}

TEST_CASE("recognition: once-only milestones completed within [as_of - window, as_of]") {
    Model model = stewards();
    model.representatives = {rep("from-edge", {assignment("2026-08-01", std::nullopt)}),
                             rep("too-old", {assignment("2026-08-01", std::nullopt)}),
                             rep("today", {assignment("2026-08-01", std::nullopt)}),
                             rep("future", {assignment("2026-08-01", std::nullopt)}),
                             rep("done-earlier", {assignment("2026-08-01", std::nullopt)}),
                             rep("no-recognize", {assignment("2026-08-01", std::nullopt)}),
                             rep("other-role", {assignment("2026-08-01", std::nullopt)})};
    model.events = {
        completion("2026-10-24", "from-edge", "basic-training"),
        completion("2026-10-23", "too-old", "basic-training"),
        completion("2026-11-23", "today", "basic-training", "steward"),
        completion("2026-11-24", "future", "basic-training"),  // after as_of: not completed yet
        // Done on the first completion; doing it again is no new achievement.
        completion("2026-11-01", "done-earlier", "basic-training"),
        completion("2026-09-01", "done-earlier", "basic-training"),
        completion("2026-11-01", "no-recognize", "welcome"),
        completion("2026-11-01", "other-role", "basic-training", "safety"),
    };
    CHECK(keys(model, SuggestionKind::milestone) ==
          Keys{"from-edge milestone:steward/basic-training", "today milestone:steward/basic-training"});
}

TEST_CASE("recognition: a milestone suggestion names its role, milestone and assignment") {
    Model model = stewards();
    model.representatives = {rep("anna", {assignment("2026-08-01", std::nullopt)})};
    model.events = {completion("2026-11-03", "anna", "basic-training")};
    const Suggestion s = only(model, "milestone:steward/basic-training");
    CHECK(s.kind == SuggestionKind::milestone);
    CHECK(s.date == d("2026-11-03"));
    CHECK_FALSE(s.upcoming);
    CHECK(s.role == &model.roles[0]);
    CHECK(s.milestone == &model.roles[0].journey[1]);
    CHECK(s.assignment == &model.representatives[0].assignments[0]);
    CHECK(s.representative == &model.representatives[0]);
}

TEST_CASE("recognition: repeating milestones, one key per completion date") {
    Model model = stewards();
    model.representatives = {rep("anna", {assignment("2025-08-01", std::nullopt)})};
    model.events = {
        completion("2026-10-23", "anna", "reflection"),  // one day before the window
        completion("2026-11-10", "anna", "reflection"), completion("2026-10-24", "anna", "reflection"),
        completion("2026-11-10", "anna", "reflection"),  // the same day twice: one suggestion
    };
    CHECK(keys(model, SuggestionKind::milestone) ==
          Keys{"anna milestone:steward/reflection@2026-10-24", "anna milestone:steward/reflection@2026-11-10"});

    SUBCASE("each is answered by its own key") {
        model.events.push_back(recognition("2026-11-12", "anna", "milestone:steward/reflection@2026-11-10"));
        model.events.push_back(recognition("2026-11-12", "anna", "milestone:steward/reflection"));
        CHECK(keys(model, SuggestionKind::milestone) == Keys{"anna milestone:steward/reflection@2026-10-24"});
    }
}

TEST_CASE("recognition: a scope: role milestone counts in every assignment of the role, suggested once") {
    Model model = stewards();
    model.representatives = {
        rep("anna", {assignment("2024-11-01", "2026-10-31"), assignment("2026-11-01", std::nullopt)})};
    model.events = {completion("2026-11-05", "anna", "basic-training")};
    CHECK(keys(model, SuggestionKind::milestone) == Keys{"anna milestone:steward/basic-training"});
    CHECK(only(model, "milestone:steward/basic-training").assignment == &model.representatives[0].assignments[0]);
}

TEST_CASE("recognition: completions follow the milestone's scope") {
    Model model = stewards();
    model.representatives = {
        rep("anna", {assignment("2022-11-01", "2024-10-31"), assignment("2024-11-01", "2026-12-31")})};
    model.events = {completion("2023-01-10", "anna", "basic-training"),
                    completion("2026-11-05", "anna", "basic-training")};

    SUBCASE("scope: role is done since the first term") { CHECK(keys(model, SuggestionKind::milestone).empty()); }
    SUBCASE("scope: term is done anew in the second term") {
        model.roles[0].journey[1].scope = MilestoneScope::term;
        CHECK(keys(model, SuggestionKind::milestone) == Keys{"anna milestone:steward/basic-training"});
        CHECK(only(model, "milestone:steward/basic-training").assignment == &model.representatives[0].assignments[1]);
    }
}

TEST_CASE("recognition: an end-relative milestone is no part of an open-ended assignment") {
    Model model = stewards();
    model.representatives = {rep("anna", {assignment("2025-08-01", std::nullopt)}),
                             rep("bo", {assignment("2025-08-01", "2027-07-31")})};
    model.events = {completion("2026-11-05", "anna", "renewal-talk"), completion("2026-11-05", "bo", "renewal-talk")};
    CHECK(keys(model, SuggestionKind::milestone) == Keys{"bo milestone:steward/renewal-talk"});
}

TEST_CASE("recognition: goals done within [as_of - window, as_of]") {
    Model model = stewards();
    Representative anna = rep("anna", {assignment("2026-01-01", std::nullopt)});
    const auto goal = [](std::string id, std::optional<std::string_view> done) {
        Goal g;
        g.id = std::move(id);
        if (done) g.done = d(*done);
        return g;
    };
    anna.goals = {goal("too-old", "2026-10-23"), goal("from-edge", "2026-10-24"), goal("today", "2026-11-23"),
                  goal("future", "2026-11-24"), goal("open", std::nullopt)};
    model.representatives = {anna};
    CHECK(keys(model, SuggestionKind::goal) == Keys{"anna goal:from-edge", "anna goal:today"});
    const Suggestion s = only(model, "goal:from-edge");
    CHECK(s.date == d("2026-10-24"));
    CHECK(s.goal == &model.representatives[0].goals[1]);

    model.events = {recognition("2026-11-01", "anna", "goal:from-edge")};
    CHECK(keys(model, SuggestionKind::goal) == Keys{"anna goal:today"});
}

TEST_CASE("recognition: terms ending within [as_of - window, as_of + due_soon]") {
    Model model = stewards();
    model.representatives = {
        rep("too-old", {assignment("2024-10-24", "2026-10-23")}),
        rep("from-edge", {assignment("2024-10-25", "2026-10-24")}),
        rep("today", {assignment("2024-11-24", "2026-11-23", "safety")}),
        rep("until-edge", {assignment("2024-12-08", "2026-12-07")}),
        rep("too-far", {assignment("2024-12-09", "2026-12-08")}),
        rep("open-ended", {assignment("2016-11-23", std::nullopt)}),
    };
    CHECK(keys(model, SuggestionKind::term) == Keys{"from-edge term:steward@2026-10-24", "today term:safety@2026-11-23",
                                                    "until-edge term:steward@2026-12-07"});

    const Suggestion today = only(model, "term:safety@2026-11-23");
    CHECK(today.date == as_of);
    CHECK_FALSE(today.upcoming);
    CHECK(today.role == &model.roles[1]);
    CHECK(today.assignment == &model.representatives[2].assignments[0]);
    CHECK(only(model, "term:steward@2026-12-07").upcoming);

    model.events = {recognition("2026-11-01", "until-edge", "term:steward@2026-12-07")};
    CHECK(keys(model, SuggestionKind::term) ==
          Keys{"from-edge term:steward@2026-10-24", "today term:safety@2026-11-23"});
}

TEST_CASE("recognition: a representative who left gets a farewell, no anniversary and no term") {
    Model model = stewards();
    const auto leaving = [](std::string id, std::string_view left) {
        Representative r = rep(std::move(id), {assignment("2021-11-23", "2026-11-30")});
        r.left = d(left);
        return r;
    };
    model.representatives = {leaving("too-old", "2026-10-23"), leaving("from-edge", "2026-10-24"),
                             leaving("today", "2026-11-23"), leaving("tomorrow", "2026-11-24")};
    model.representatives[1].goals = {Goal{"lead-meeting", "Lead a meeting", std::nullopt, d("2026-11-01"), {}}};
    const auto suggestions = recognition_suggestions(model, as_of);

    CHECK(keys(suggestions, SuggestionKind::farewell) == Keys{"from-edge farewell", "today farewell"});
    // Only the one who has not left yet: 5y on as_of, the term ending 2026-11-30.
    CHECK(keys(suggestions, SuggestionKind::anniversary) == Keys{"tomorrow anniversary:5y"});
    CHECK(keys(suggestions, SuggestionKind::term) == Keys{"tomorrow term:steward@2026-11-30"});
    // What they achieved before leaving still deserves thanks.
    CHECK(keys(suggestions, SuggestionKind::goal) == Keys{"from-edge goal:lead-meeting"});
    CHECK(keys(suggestions, SuggestionKind::quiet) == Keys{"tomorrow quiet"});
    CHECK(only(model, "farewell", "from-edge").date == d("2026-10-24"));
    CHECK_FALSE(only(model, "farewell", "today").upcoming);

    model.events = {recognition("2026-11-23", "today", "farewell")};
    CHECK(keys(model, SuggestionKind::farewell) == Keys{"from-edge farewell"});
}

TEST_CASE("recognition: a farewell carries why they left, from the catalogue that applies") {
    Model model = stewards();
    Representative moved = rep("moved", {assignment("2021-11-23", "2026-11-30")});
    moved.left = d("2026-11-10");
    moved.left_reason = "moved";
    Representative unsaid = moved;
    unsaid.id = "unsaid";
    unsaid.left_reason.clear();
    model.representatives = {moved, unsaid};

    const Suggestion built_in = only(model, "farewell", "moved");
    REQUIRE(built_in.exit_reason);
    CHECK(built_in.exit_reason->title == "Moved away");
    CHECK(only(model, "farewell", "unsaid").exit_reason == nullptr);

    model.organisation.exit_reasons = {ExitReason{"moved", "Moved abroad", "", {}}};
    CHECK(only(model, "farewell", "moved").exit_reason == &model.organisation.exit_reasons[0]);
}

TEST_CASE("recognition: quiet when the latest recognition, else the service start, is quiet_after or more ago") {
    Model model = stewards();
    model.representatives = {rep("anna", {assignment("2025-01-01", std::nullopt)})};

    SUBCASE("recognised quiet_after ago to the day") {
        model.events = {recognition("2026-03-01", "anna"), recognition("2026-05-23", "anna", "goal:x"),
                        recognition("2026-11-24", "anna")};  // after as_of: not yet
        const Suggestion s = only(model, "quiet");
        CHECK(s.date == d("2026-05-23"));
        CHECK(s.last_recognition == d("2026-05-23"));
        CHECK(s.service_start == d("2025-01-01"));
        CHECK_FALSE(s.upcoming);
    }
    SUBCASE("a day less is not quiet yet") {
        model.events = {recognition("2026-05-24", "anna")};
        CHECK(keys(model, SuggestionKind::quiet).empty());
    }
    SUBCASE("never recognised: since the service start") {
        const Suggestion s = only(model, "quiet");
        CHECK(s.date == d("2025-01-01"));
        CHECK_FALSE(s.last_recognition);
    }
    SUBCASE("never recognised, started quiet_after ago less a day") {
        model.representatives[0].assignments[0].start = d("2026-05-24");
        CHECK(keys(model, SuggestionKind::quiet).empty());
    }
    SUBCASE("an old for: quiet does not silence a later quiet spell") {
        model.events = {recognition("2026-01-10", "anna", "quiet")};
        CHECK(only(model, "quiet").date == d("2026-01-10"));
    }
    SUBCASE("a recent for: quiet answers it, as any recent recognition would") {
        model.events = {recognition("2026-11-20", "anna", "quiet")};
        CHECK(keys(model, SuggestionKind::quiet).empty());
    }
}

TEST_CASE("recognition: quiet only for the active and unpaused") {
    Model model = stewards();
    Representative paused = rep("paused", {assignment("2025-01-01", std::nullopt)});
    paused.paused = Pause{d("2026-11-01"), d("2026-12-31")};
    Representative back = rep("back", {assignment("2025-01-01", std::nullopt)});
    back.paused = Pause{d("2026-10-01"), d("2026-11-22")};
    Representative left = rep("left", {assignment("2025-01-01", std::nullopt)});
    left.left = d("2026-11-23");
    model.representatives = {paused,
                             back,
                             left,
                             rep("ended", {assignment("2024-01-01", "2025-12-31")}),
                             rep("incoming", {assignment("2026-12-01", std::nullopt)}),
                             rep("none", {})};
    CHECK(keys(model, SuggestionKind::quiet) == Keys{"back quiet"});
}

TEST_CASE("recognition: the suggested action") {
    Model model = stewards();
    auto& actions = model.organisation.recognition.actions;
    const auto action = [](std::string id, std::vector<SuggestionKind> kinds) {
        RecognitionAction a;
        a.id = std::move(id);
        a.for_kinds = std::move(kinds);
        return a;
    };
    actions = {action("mention", {SuggestionKind::anniversary, SuggestionKind::milestone}),
               action("card", {SuggestionKind::milestone, SuggestionKind::goal}),
               action("coffee", {SuggestionKind::goal, SuggestionKind::quiet})};
    model.roles[0].journey[1].recognize_action = "card";  // basic-training names its action
    Representative anna = rep("anna", {assignment("2025-08-01", "2026-12-01")});
    anna.goals = {Goal{"lead-meeting", "Lead a meeting", std::nullopt, d("2026-11-01"), {}}};
    Representative bo = rep("bo", {assignment("2021-11-23", std::nullopt)});
    bo.left = d("2026-11-20");
    model.representatives = {anna, bo};
    model.events = {completion("2026-11-03", "anna", "basic-training"), completion("2026-11-04", "anna", "reflection")};

    // The milestone's own action, though an earlier catalogue action lists milestones.
    CHECK(only(model, "milestone:steward/basic-training").action == &actions[1]);
    // Else the first catalogue action for the kind.
    CHECK(only(model, "milestone:steward/reflection@2026-11-04").action == &actions[0]);
    CHECK(only(model, "goal:lead-meeting").action == &actions[1]);
    // Else the built-in one.
    CHECK(only(model, "term:steward@2026-12-01").action == &builtin_action_for(SuggestionKind::term));
    CHECK(only(model, "farewell").action == &builtin_action_for(SuggestionKind::farewell));
    CHECK(only(model, "quiet").action == &actions[2]);

    SUBCASE("without a catalogue, every kind has its built-in action") {
        actions.clear();
        // basic-training too, whose action is not in the catalogue (which the loader would reject).
        for (const Suggestion& s : recognition_suggestions(model, as_of)) {
            CAPTURE(s.key);
            CHECK(s.action == &builtin_action_for(s.kind));
        }
    }
}

TEST_CASE("recognition: an action done at the annual meeting is for the next one") {
    Model model = stewards();
    RecognitionAction at_meeting;
    at_meeting.id = "mention";
    at_meeting.for_kinds = {SuggestionKind::anniversary};
    at_meeting.at_annual_meeting = true;
    model.organisation.recognition.actions = {at_meeting};
    model.representatives = {rep("anna", {assignment("2021-11-25", std::nullopt)})};  // 5 years on 2026-11-25

    SUBCASE("no annual meeting: none") { CHECK_FALSE(only(model, "anniversary:5y").annual_meeting); }
    SUBCASE("a meeting ahead, or on as_of itself: its day") {
        model.organisation.annual_meeting = d("2027-03-15");
        CHECK(only(model, "anniversary:5y").annual_meeting == d("2027-03-15"));
        model.organisation.annual_meeting = as_of;
        CHECK(only(model, "anniversary:5y").annual_meeting == as_of);
    }
    SUBCASE("a meeting already held: none") {
        model.organisation.annual_meeting = as_of - Duration::of_days(1);
        CHECK_FALSE(only(model, "anniversary:5y").annual_meeting);
    }
    SUBCASE("an action not done at the meeting: none") {
        model.organisation.annual_meeting = d("2027-03-15");
        model.organisation.recognition.actions[0].at_annual_meeting = false;
        CHECK_FALSE(only(model, "anniversary:5y").annual_meeting);
    }
}

TEST_CASE("recognition: the window and due_soon come from the organisation") {
    Model model = stewards();
    model.organisation.recognition.window = dur("1w");
    model.organisation.due_soon = dur("0d");
    Representative anna = rep("anna", {assignment("2025-11-16", "2026-11-23")});  // 1y on 2026-11-16
    anna.goals = {Goal{"a", "", std::nullopt, d("2026-11-15"), {}}, Goal{"b", "", std::nullopt, d("2026-11-16"), {}}};
    model.representatives = {anna, rep("bo", {assignment("2025-11-24", "2026-11-24")})};
    const auto suggestions = recognition_suggestions(model, as_of);
    CHECK(keys(suggestions, SuggestionKind::anniversary) == Keys{"anna anniversary:1y"});
    CHECK(keys(suggestions, SuggestionKind::goal) == Keys{"anna goal:b"});
    CHECK(keys(suggestions, SuggestionKind::term) == Keys{"anna term:steward@2026-11-23"});
}

TEST_CASE("recognition: ordered by date, then representative id, then key") {
    Model model = stewards();
    Representative cai = rep("cai", {assignment("2025-11-23", "2026-11-30")});  // 1y on as_of, term ends 11-30
    cai.goals = {Goal{"z", "", std::nullopt, d("2026-11-23"), {}}};
    Representative anna = rep("anna", {assignment("2024-11-23", std::nullopt)});  // 2y on as_of
    anna.goals = {Goal{"a", "", std::nullopt, d("2026-11-01"), {}}};
    model.representatives = {cai, anna, rep("bo", {assignment("2026-01-01", std::nullopt)})};
    model.events = {recognition("2026-11-01", "anna"), recognition("2026-11-01", "cai"),
                    recognition("2026-02-01", "bo")};  // quiet since 2026-02-01

    Keys all;
    for (const Suggestion& s : recognition_suggestions(model, as_of)) all.push_back(s.representative->id + " " + s.key);
    CHECK(all == Keys{"bo quiet", "anna goal:a", "anna anniversary:2y", "cai anniversary:1y", "cai goal:z",
                      "cai term:steward@2026-11-30"});

    const Snapshot snapshot{model, as_of};
    Keys own;
    for (const Suggestion& s : recognition_suggestions(snapshot, model.representatives[0])) own.push_back(s.key);
    CHECK(own == Keys{"anniversary:1y", "goal:z", "term:steward@2026-11-30"});
    CHECK(recognition_suggestions(snapshot).size() == 6);
}

TEST_CASE("recognition: well-formed suggestion keys") {
    using K = SuggestionKind;
    CHECK(suggestion_key_kind("farewell") == K::farewell);
    CHECK(suggestion_key_kind("quiet") == K::quiet);
    CHECK(suggestion_key_kind("anniversary:5y") == K::anniversary);
    CHECK(suggestion_key_kind("anniversary:1y6m") == K::anniversary);
    CHECK(suggestion_key_kind("goal:lead-meeting") == K::goal);
    CHECK(suggestion_key_kind("milestone:steward/basic-training") == K::milestone);
    CHECK(suggestion_key_kind("milestone:steward/reflection@2026-11-10") == K::milestone);
    CHECK(suggestion_key_kind("term:steward@2027-02-28") == K::term);

    for (const std::string_view bad : {"",
                                       "thanks",
                                       "Quiet",
                                       "quiet:x",
                                       "farewell:",
                                       "anniversary",
                                       "anniversary:",
                                       "anniversary:5",
                                       "anniversary:12m",
                                       "anniversary:5 y",
                                       "goal",
                                       "goal:",
                                       "goal:a b",
                                       "goal:a/b",
                                       "milestone:steward",
                                       "milestone:steward/",
                                       "milestone:/basic-training",
                                       "milestone:steward/reflection@",
                                       "milestone:steward/reflection@2026-02-30",
                                       "milestone:a/b/c",
                                       "term:steward",
                                       "term:steward@",
                                       "term:@2027-02-28",
                                       "term:steward@2027-2-28",
                                       "term:a/b@2027-02-28",
                                       "milestone :steward/x"}) {
        CAPTURE(bad);
        CHECK_FALSE(suggestion_key_kind(bad));
    }
}

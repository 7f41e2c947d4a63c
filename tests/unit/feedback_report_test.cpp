#include "render/feedback_report.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }

FeedbackItem item(const Representative& rep, std::string_view next_due, FeedbackState state,
                  std::optional<int> days_overdue, std::optional<std::string_view> last) {
    FeedbackItem it;
    it.representative = &rep;
    it.feedback.every = Duration::of_days(42);
    it.feedback.every_days = 42;
    it.feedback.next_due = d(next_due);
    it.feedback.base = d(next_due).plus_days(-42);
    it.feedback.state = state;
    it.feedback.days_overdue = days_overdue;
    if (last) it.feedback.last = d(*last);
    return it;
}
}  // namespace

TEST_CASE("feedback report: formats") {
    Model model;
    model.organisation.coordinators = {{"maria", "Maria Nilsson", "", {}}};
    Representative anna;
    anna.id = "anna";
    anna.name = "Anna Åberg";
    anna.coordinator = "maria";
    Representative bo;
    bo.id = "bo";
    bo.name = "Bo";
    const std::vector items{item(anna, "2026-11-13", FeedbackState::overdue, 10, "2026-10-02"),
                            item(bo, "2026-11-24", FeedbackState::due_soon, std::nullopt, std::nullopt)};
    const Date as_of = d("2026-11-23");

    SUBCASE("table") {
        CHECK(render_feedback_table(items, model, as_of, Language::en, {}) ==
              "Name        Coordinator    State     Due         When             Last                 Every\n"
              "Anna Åberg  Maria Nilsson  overdue   2026-11-13  10 days overdue  2026-10-02           6 weeks\n"
              "Bo                         due soon  2026-11-24  in 1 day         no conversation yet  6 weeks\n");
        CHECK(render_feedback_table({}, model, as_of, Language::sv, {}) == "Inget att göra.\n");
    }
    SUBCASE("json: days_overdue and last are null when there is none") {
        const std::string json = render_feedback_json(items, as_of);
        CHECK(json.starts_with("{\n  \"as_of\": \"2026-11-23\",\n  \"items\": [\n"));
        CHECK(json.find("\"days_overdue\": 10,") != std::string::npos);
        CHECK(json.find("\"days_overdue\": null,") != std::string::npos);
        CHECK(json.find("\"last\": null,") != std::string::npos);
        CHECK(json.find("\"coordinator\": null,") != std::string::npos);
        CHECK(json.find("\"state\": \"due-soon\"") != std::string::npos);
        CHECK(render_feedback_json({}, as_of) == "{\n  \"as_of\": \"2026-11-23\",\n  \"items\": []\n}\n");
    }
    SUBCASE("csv") {
        CHECK(render_feedback_csv(items, CsvStyle{}) ==
              "rep,name,coordinator,next_due,state,days_overdue,last,every_days\r\n"
              "anna,Anna Åberg,maria,2026-11-13,overdue,10,2026-10-02,42\r\n"
              "bo,Bo,,2026-11-24,due-soon,,,42\r\n");
    }
}

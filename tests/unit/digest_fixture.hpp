#pragma once
// A small organisation for the digest's tests, engine and renderers alike.

#include <optional>
#include <string>
#include <string_view>

#include "model/model.hpp"
#include "model_builders.hpp"

namespace repjourney::test {

// One small organisation judged on Monday 2026-11-23 with the defaults (feedback every 8w, due_soon 14d,
// quiet_after 6m): the week runs to Sunday 2026-11-29.
inline const Date as_of = d("2026-11-23");

inline Representative rep(std::string id, std::string name, std::string coordinator, std::string_view start) {
    Representative r;
    r.id = std::move(id);
    r.name = std::move(name);
    r.coordinator = std::move(coordinator);
    Assignment a;
    a.role = "steward";
    a.start = d(start);
    r.assignments.push_back(a);
    return r;
}

// anna (maria, with a phone and an e-mail address): welcome call overdue, a goal due Wednesday. bo (no coordinator):
// the network meeting overdue, feedback due Thursday, and quiet since he started. cai (maria) is paused, so her overdue
// welcome call is not chased. dan (jonas) has nothing to do, so jonas gets no digest.
inline Model digest_example() {
    Model model;
    model.organisation.name = "Example Union";
    model.organisation.coordinators = {{"maria", "Maria Nilsson", "maria@example.org", {}},
                                       {"jonas", "Jonas Berg", "", {}}};
    Role steward;
    steward.id = "steward";
    steward.title = "Workplace representative";
    Milestone welcome;
    welcome.id = "welcome";
    welcome.title = "Welcome call";
    welcome.due.offset = Duration::of_days(7);
    Milestone network;
    network.id = "network";
    network.title = "Network meeting";
    network.due.offset = Duration::of_months(2);
    network.every = Duration::of_months(6);
    steward.journey = {welcome, network};
    model.roles = {steward};

    Representative anna = rep("anna", "Anna Larsson", "maria", "2026-11-01");
    Goal goal;
    goal.id = "lead-meeting";
    goal.title = "Lead a meeting";
    goal.due = d("2026-11-25");
    anna.goals = {goal};
    anna.phone = "070-123 45 67";
    anna.email = "anna@example.org";
    Representative cai = rep("cai", "Cai Lund", "maria", "2026-10-01");
    cai.paused = Pause{d("2026-11-01"), std::nullopt};
    model.representatives = {anna, rep("bo", "Bo Ek", "", "2026-01-01"), cai,
                             rep("dan", "Dan Ek", "jonas", "2026-11-10")};
    model.events = {event("2026-01-05", "bo", EventType::milestone, "welcome"),
                    event("2026-03-01", "bo", EventType::milestone, "network"),
                    event("2026-10-01", "bo", EventType::feedback),
                    event("2026-11-05", "anna", EventType::note, "", "Private: moving in spring"),
                    event("2026-11-12", "dan", EventType::milestone, "welcome")};
    return model;
}

}  // namespace repjourney::test

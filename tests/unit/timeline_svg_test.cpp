#include "render/timeline_svg.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace repjourney;

namespace {
Date d(std::string_view text) { return *Date::parse(text); }
}  // namespace

TEST_CASE("timeline: the span runs from two years before as_of to one after") {
    const TimelineSpan span = timeline_span(d("2026-11-23"));
    CHECK(span.from == d("2024-11-23"));
    CHECK(span.to == d("2027-11-23"));
}

TEST_CASE("timeline: one svg, its text escaped, assignments before the span left out") {
    Model model;
    Role role;
    role.id = "steward";
    role.title = "Steward <&>";
    model.roles = {role};
    Representative rep;
    rep.id = "anna";
    rep.name = "Anna \"<script>\"";
    Assignment old_term;
    old_term.role = "steward";
    old_term.start = d("2020-01-01");
    old_term.end = d("2021-12-31");
    Assignment current = old_term;
    current.start = d("2026-01-01");
    current.end = d("2027-12-31");
    rep.assignments = {old_term, current};
    model.representatives = {rep};
    const Snapshot snapshot{model, d("2026-11-23")};
    const RepresentativeStatus status = representative_status(snapshot, model.representatives[0]);

    const std::string svg = render_timeline_svg(status, {}, snapshot, timeline_span(snapshot.as_of()), Language::en);
    CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" data-rep=\"anna\""));
    CHECK(svg.ends_with("</svg>"));
    CHECK(svg.find("<script>") == std::string::npos);
    CHECK(svg.find("Journey of Anna &quot;&lt;script&gt;&quot;") != std::string::npos);
    CHECK(svg.find("Steward &lt;&amp;&gt; · 1 Jan 2026 – 31 Dec 2027") != std::string::npos);
    CHECK(svg.find("2020") == std::string::npos);  // the old term ended before the span
    CHECK(svg.find("class=\"bar-active\"") != std::string::npos);
    CHECK(svg.find(">today</text>") != std::string::npos);
}

// The retention drawings, checked at coordinates worked out by hand.

#include "render/retention_svg.hpp"

#include <doctest/doctest.h>

using namespace repjourney;

namespace {
RetentionReport report_with(RetentionCurve curve) {
    RetentionReport report;
    report.all.curve = std::move(curve);
    return report;
}

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("retention curve: a step line from 100 % to the longest tenure, on an axis to the next checkpoint") {
    RetentionCurve curve;
    curve.steps = {{91, 750}, {200, 375}};
    curve.longest_days = 400;
    const std::string svg = render_retention_curve_svg(report_with(curve), Language::en);
    // The axis runs to 730 days over x 44..600: 91 days at 44 + 556 * 91 / 730 = 113.3, 200 at 196.3,
    // 400 at 348.7. Shares over y 230 (0 %) .. 10 (100 %): 75 % at 65.0, 37.5 % at 147.5.
    CHECK(svg.find("d=\"M44.0 10.0H113.3V65.0H196.3V147.5H348.7\"") != std::string::npos);
    CHECK(svg.find(">2 yrs</text>") != std::string::npos);
    CHECK(svg.find(">5 yrs</text>") == std::string::npos);  // beyond the axis
    CHECK(count_of(svg, "<path class=\"curve") == 1);
    CHECK(svg.find("stroke-dasharray") == std::string::npos);  // the whole is solid
}

TEST_CASE("retention curve: one dashed, named line per group") {
    RetentionReport report = report_with({});
    report.by = RetentionGrouping::branch;
    report.groups = {{"Borås & <Kinna>", {}}, {"none", {}}};
    const std::string svg = render_retention_curve_svg(report, Language::sv);
    CHECK(count_of(svg, "<path class=\"curve") == 3);
    CHECK(count_of(svg, "stroke-dasharray") == 4);  // two groups: their line and their legend's
    CHECK(svg.find(">Borås &amp; &lt;Kinna&gt;</text>") != std::string::npos);
    CHECK(svg.find(">Alla</text>") != std::string::npos);
}

TEST_CASE("exit reasons: a bar each, the most common first and longest") {
    RetentionFigures figures;
    figures.exit_reasons = {{"moved", 1}, {"term-ended", 4}, {"none", 2}};
    const std::string svg = render_exit_reasons_svg(figures, Organisation{}, Language::en);
    const auto term = svg.find("term ended and not renewed");
    const auto none = svg.find("no reason given");
    const auto moved = svg.find("moved away");
    REQUIRE(term != std::string::npos);
    REQUIRE(none != std::string::npos);
    REQUIRE(moved != std::string::npos);
    CHECK((term < none && none < moved));
    // Bars over x 260..660 for 4 at most: 400, 200 and 100 wide.
    CHECK(svg.find("width=\"400.0\"") != std::string::npos);
    CHECK(svg.find("width=\"200.0\"") != std::string::npos);
    CHECK(svg.find("width=\"100.0\"") != std::string::npos);
    CHECK(render_exit_reasons_svg(RetentionFigures{}, Organisation{}, Language::en).empty());
}

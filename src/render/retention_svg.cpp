#include "render/retention_svg.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "render/html.hpp"
#include "render/i18n.hpp"
#include "render/retention_report.hpp"

namespace repjourney {

namespace {
// Drawing units; the SVG scales to the page.
constexpr double view_width = 720;
constexpr double plot_left = 44;
constexpr double plot_right = 600;  // room on the right for the lines' names
constexpr double plot_top = 10;
constexpr double plot_bottom = 230;
constexpr double legend_row = 18;
constexpr double tick_label_room = 40;  // the least distance between two labels of the axis
constexpr double bar_row = 22;
constexpr double bar_left = 260;
constexpr double bar_right = 660;

// Told apart by dash in print; the whole is the solid, heavier line.
constexpr const char* dashes[] = {"", "8 4", "2 3", "10 3 2 3", "5 5", "1 4", "12 6"};

struct Series {
    std::string name;
    const RetentionCurve* curve;
};

double x_of(int days, int span) { return plot_left + (plot_right - plot_left) * std::min(days, span) / span; }
double y_of(Thousandths share) { return plot_bottom - (plot_bottom - plot_top) * share / 1000.0; }

// The step line: level at 100 % until the first exit tenure, then each step, to the longest tenure.
std::string step_path(const RetentionCurve& curve, int span) {
    std::string d = fmt::format("M{:.1f} {:.1f}", x_of(0, span), y_of(1000));
    for (const auto& [days, share] : curve.steps) d += fmt::format("H{:.1f}V{:.1f}", x_of(days, span), y_of(share));
    return d + fmt::format("H{:.1f}", x_of(curve.longest_days, span));
}

Thousandths last_share(const RetentionCurve& curve) { return curve.steps.empty() ? 1000 : curve.steps.back().second; }
}  // namespace

std::string render_retention_curve_svg(const RetentionReport& report, Language language) {
    std::vector<Series> series = {{tr(language, Msg::retention_group_all), &report.all.curve}};
    for (const RetentionGroup& group : report.groups) series.push_back({group.key, &group.figures.curve});
    // The axis reaches the first checkpoint at or beyond the longest tenure, five years at most.
    int longest = 0;
    for (const Series& s : series) longest = std::max(longest, s.curve->longest_days);
    const int span = *std::find_if(retention_checkpoints.begin(), retention_checkpoints.end() - 1,
                                   [&](int days) { return days >= longest; });

    const double height = plot_bottom + 24 + legend_row * static_cast<double>(series.size()) + 6;
    std::string svg =
        fmt::format("<svg class=\"retention-curve\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" aria-label=\"{}\">\n",
                    view_width, height, html_escape(tr(language, Msg::retention_curve, "")));
    for (const Thousandths share : {0, 250, 500, 750, 1000})
        svg += fmt::format(
            "<line class=\"grid\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\"/>"
            "<text class=\"axis\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>\n",
            plot_left, y_of(share), plot_right, y_of(share), plot_left - 4, y_of(share) + 4,
            html_escape(tr(language, Msg::percent, share / 10)));
    double last_label = -tick_label_room;
    for (std::size_t i = 0; i < retention_checkpoints.size() && retention_checkpoints[i] <= span; ++i) {
        const double x = x_of(retention_checkpoints[i], span);
        svg += fmt::format("<line class=\"tick\" x1=\"{:.1f}\" y1=\"{}\" x2=\"{:.1f}\" y2=\"{}\"/>\n", x, plot_top, x,
                           plot_bottom + 4);
        if (x - last_label < tick_label_room) continue;  // on a five-year axis 3 and 6 months nearly meet
        last_label = x;
        svg += fmt::format("<text class=\"axis\" x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\">{}</text>\n", x,
                           plot_bottom + 16, html_escape(checkpoint_heading(i, language)));
    }
    for (std::size_t i = 0; i < series.size(); ++i) {
        const RetentionCurve& curve = *series[i].curve;
        const std::string dash = dashes[i % std::size(dashes)];
        const std::string style = dash.empty() ? "" : fmt::format(" stroke-dasharray=\"{}\"", dash);
        const std::string name = html_escape(series[i].name);
        svg += fmt::format("<path class=\"curve curve-{}\" d=\"{}\"{}><title>{}</title></path>\n", i % 8,
                           step_path(curve, span), style, name);
        svg += fmt::format("<text class=\"curve-name\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
                           x_of(curve.longest_days, span) + 4, y_of(last_share(curve)) + 4, name);
        const double y = plot_bottom + 30 + legend_row * static_cast<double>(i);
        svg += fmt::format(
            "<line class=\"curve curve-{}\" x1=\"{}\" y1=\"{:.1f}\" x2=\"{}\" y2=\"{:.1f}\"{}/>"
            "<text class=\"legend\" x=\"{}\" y=\"{:.1f}\">{}</text>\n",
            i % 8, plot_left, y, plot_left + 40, y, style, plot_left + 48, y + 4, name);
    }
    return svg + "</svg>\n";
}

std::string render_exit_reasons_svg(const RetentionFigures& figures, const Organisation& organisation,
                                    Language language) {
    if (figures.exit_reasons.empty()) return {};
    std::vector<std::pair<std::string, int>> reasons(figures.exit_reasons.begin(), figures.exit_reasons.end());
    std::stable_sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    const int most = reasons.front().second;
    std::string svg = fmt::format(
        "<svg class=\"exit-reasons\" viewBox=\"0 0 {} {:.0f}\" role=\"img\" aria-label=\"{}\">\n", view_width,
        bar_row * static_cast<double>(reasons.size()) + 4, html_escape(tr(language, Msg::retention_reasons, "")));
    for (std::size_t i = 0; i < reasons.size(); ++i) {
        const auto& [reason, count] = reasons[i];
        const double y = bar_row * static_cast<double>(i);
        const double width = (bar_right - bar_left) * count / most;
        svg += fmt::format(
            "<text class=\"legend\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>"
            "<rect class=\"bar\" x=\"{}\" y=\"{:.1f}\" width=\"{:.1f}\" height=\"14\"/>"
            "<text class=\"legend\" x=\"{:.1f}\" y=\"{:.1f}\">{}</text>\n",
            bar_left - 8, y + 15, html_escape(exit_reason_words(organisation, reason, language)), bar_left, y + 4,
            width, bar_left + width + 6, y + 15, count);
    }
    return svg + "</svg>\n";
}

}  // namespace repjourney

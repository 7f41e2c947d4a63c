#include "render/retention_report.hpp"

#include <set>
#include <vector>

#include <fmt/format.h>

#include "render/i18n.hpp"
#include "render/json_writer.hpp"
#include "render/words.hpp"
#include "text/sentence_case.hpp"

namespace repjourney {

namespace {
// The checkpoints and early-exit limits in words, in their order.
constexpr Msg checkpoint_words[] = {Msg::after_3_months, Msg::after_6_months, Msg::after_1_year, Msg::after_2_years,
                                    Msg::after_5_years};
constexpr Msg checkpoint_headings[] = {Msg::column_3_months, Msg::column_6_months, Msg::column_1_year,
                                       Msg::column_2_years, Msg::column_5_years};
static_assert(std::size(checkpoint_words) == retention_checkpoints.size());
static_assert(std::size(checkpoint_headings) == retention_checkpoints.size());

// Whole percent, half up: 875 thousandths is 88 %.
std::string percent(Language language, std::optional<Thousandths> share) {
    return share ? tr(language, Msg::percent, (*share + 5) / 10) : std::string{text(language, Msg::not_reached)};
}

}  // namespace

std::vector<std::string> retention_sentences(const RetentionFigures& f, const Organisation& organisation,
                                             Language language) {
    std::vector<std::string> points;
    points.reserve(retention_checkpoints.size());
    for (std::size_t i = 0; i < retention_checkpoints.size(); ++i)
        points.push_back(
            fmt::format("{} {}", text(language, checkpoint_words[i]), percent(language, f.curve.shares[i])));
    std::vector<std::string> out = {tr(language, Msg::retention_curve, fmt::join(points, ", "))};
    out.push_back(f.curve.median_days ? tr(language, Msg::retention_median, *f.curve.median_days)
                                      : tr(language, Msg::retention_median_none));
    out.push_back(tr(language, Msg::retention_early, f.early_exits[0], f.early_exits[1], f.early_exits[2]));
    std::vector<std::string> reasons;
    reasons.reserve(f.exit_reasons.size());
    for (const auto& [reason, count] : f.exit_reasons)
        reasons.push_back(fmt::format("{} {}", exit_reason_words(organisation, reason, language), count));
    out.push_back(reasons.empty() ? tr(language, Msg::retention_reasons_nobody)
                                  : tr(language, Msg::retention_reasons, fmt::join(reasons, ", ")));
    if (f.renewal.ended == 0) {
        out.push_back(tr(language, Msg::retention_renewal_none));
        return out;
    }
    out.push_back(tr(language, Msg::retention_renewal, f.renewal.renewed, f.renewal.ended,
                     percent(language, f.renewal.rate()), f.renewal.moved, f.renewal.left));
    out.push_back(tr(language, Msg::retention_onboarding, f.onboarding_complete.renewed, f.onboarding_complete.ended,
                     percent(language, f.onboarding_complete.rate()), f.onboarding_incomplete.renewed,
                     f.onboarding_incomplete.ended, percent(language, f.onboarding_incomplete.rate())));
    return out;
}

namespace {

Msg grouping_words(RetentionGrouping by) {
    switch (by) {
        case RetentionGrouping::role: return Msg::retention_by_role;
        case RetentionGrouping::branch: return Msg::retention_by_branch;
        case RetentionGrouping::adaptation: return Msg::retention_by_adaptation;
        case RetentionGrouping::cohort: return Msg::retention_by_cohort;
        case RetentionGrouping::none: break;
    }
    return Msg::retention_by_role;
}

// The groups side by side, a row each after the whole: the curve, the median and the renewal
// rates (early exits and reasons per group are in the JSON and CSV).
std::string groups_table(const RetentionReport& report, Language language, const TableLayout& layout) {
    Table table;
    table.columns.push_back({"", Align::left, Fit::shorten, 0, 10});
    for (const Msg heading : {Msg::retention_row_people, Msg::retention_row_left})
        table.columns.push_back({tr(language, heading), Align::right});
    for (std::size_t i = 0; i < retention_checkpoints.size(); ++i)
        table.columns.push_back({checkpoint_heading(i, language), Align::right});
    // On narrow terminals the median and the renewal rates go to each row's second line.
    for (const Msg heading : {Msg::retention_column_median, Msg::retention_column_renewed,
                              Msg::retention_column_complete, Msg::retention_column_incomplete})
        table.columns.push_back({tr(language, heading), Align::right, Fit::keep, 0, 8, true});
    bool small = false;
    // The mark of a small group goes on its count, which is never cut.
    const auto row = [&](std::string name, const RetentionFigures& f, bool is_group) {
        const bool is_small = is_group && f.people < small_group;
        small = small || is_small;
        std::vector<Cell> cells = {std::move(name), std::to_string(f.people) + (is_small ? "*" : ""),
                                   std::to_string(f.exits)};
        for (const auto& share : f.curve.shares) cells.emplace_back(percent(language, share));
        cells.emplace_back(f.curve.median_days ? std::to_string(*f.curve.median_days)
                                               : std::string{text(language, Msg::not_reached)});
        for (const RenewalCounts* counts : {&f.renewal, &f.onboarding_complete, &f.onboarding_incomplete})
            cells.emplace_back(percent(language, counts->rate()));
        table.rows.emplace_back(std::move(cells));
    };
    row(tr(language, Msg::retention_group_all), report.all, false);
    for (const RetentionGroup& group : report.groups) row(group.key, group.figures, true);
    std::string out = render_table(table, layout);
    if (small) out += tr(language, Msg::retention_small_groups) + '\n';
    return out;
}

void write_renewal(JsonWriter& json, const RenewalCounts& counts) {
    json.begin_object()
        .field("ended", counts.ended)
        .field("renewed", counts.renewed)
        .field("moved", counts.moved)
        .field("left", counts.left)
        .key("rate");
    if (const auto rate = counts.rate())
        json.raw(share_text(*rate));
    else
        json.null();
    json.end_object();
}

void write_figures(JsonWriter& json, const RetentionFigures& f) {
    json.field("people", f.people).field("exits", f.exits).key("retention").begin_array();
    for (std::size_t i = 0; i < retention_checkpoints.size(); ++i) {
        json.begin_object().field("days", retention_checkpoints[i]).key("share");
        if (f.curve.shares[i])
            json.raw(share_text(*f.curve.shares[i]));
        else
            json.null();
        json.end_object();
    }
    json.end_array().field("median_tenure_days", f.curve.median_days).key("early_exits").begin_object();
    for (std::size_t i = 0; i < early_exit_limits.size(); ++i)
        json.field(std::to_string(early_exit_limits[i]), f.early_exits[i]);
    json.end_object().key("exit_reasons").begin_object();
    for (const auto& [reason, count] : f.exit_reasons) json.field(reason, count);
    json.end_object().key("renewal");
    write_renewal(json, f.renewal);
    json.key("onboarding").begin_object().key("complete");
    write_renewal(json, f.onboarding_complete);
    json.key("incomplete");
    write_renewal(json, f.onboarding_incomplete);
    json.end_object();
}

std::string optional_text(std::optional<int> n) { return n ? std::to_string(*n) : std::string{}; }
std::string optional_share(std::optional<Thousandths> share) { return share ? share_text(*share) : std::string{}; }
}  // namespace

std::string exit_reason_words(const Organisation& organisation, const std::string& reason, Language language) {
    if (reason == "none") return tr(language, Msg::exit_reason_none);
    if (reason == "term-ended") return tr(language, Msg::exit_reason_term_ended);
    return in_sentence(exit_reason_title(organisation, reason, language));
}

std::string checkpoint_heading(std::size_t checkpoint, Language language) {
    return tr(language, checkpoint_headings[checkpoint]);
}

std::string_view to_string(RetentionGrouping by) {
    switch (by) {
        case RetentionGrouping::role: return "role";
        case RetentionGrouping::branch: return "branch";
        case RetentionGrouping::adaptation: return "adaptation";
        case RetentionGrouping::cohort: return "cohort";
        case RetentionGrouping::none: break;
    }
    return "none";
}

namespace {
constexpr RetentionGrouping groupings[] = {RetentionGrouping::role, RetentionGrouping::branch,
                                           RetentionGrouping::adaptation, RetentionGrouping::cohort};
}  // namespace

std::vector<std::string> retention_grouping_names() {
    std::vector<std::string> names;
    for (const RetentionGrouping by : groupings) names.emplace_back(to_string(by));
    return names;
}

RetentionGrouping retention_grouping_named(std::string_view name) {
    for (const RetentionGrouping by : groupings)
        if (to_string(by) == name) return by;
    return RetentionGrouping::none;
}

std::string share_text(Thousandths share) {
    std::string digits = fmt::format("{:03}", share % 1000);
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    return fmt::format("{}.{}", share / 1000, digits);
}

std::string render_retention_table(const RetentionReport& report, const Organisation& organisation, Language language,
                                   const TableLayout& layout) {
    std::string out = tr(language, Msg::retention_heading, format_date_long(language, report.as_of), report.all.people,
                         report.all.exits) +
                      "\n\n";
    for (const std::string& sentence : retention_sentences(report.all, organisation, language)) out += sentence + '\n';
    if (report.by == RetentionGrouping::none) return out;
    out += '\n' + tr(language, Msg::retention_by, text(language, grouping_words(report.by))) + "\n\n";
    return out + groups_table(report, language, layout);
}

void write_retention_json(JsonWriter& json, const RetentionReport& report) {
    json.begin_object().field("as_of", report.as_of);
    if (report.from) json.field("from", *report.from);
    write_figures(json, report.all);
    json.key("groups").begin_array();
    for (const RetentionGroup& group : report.groups) {
        json.begin_object().field("by", to_string(report.by)).field("key", group.key);
        write_figures(json, group.figures);
        json.end_object();
    }
    json.end_array().end_object();
}

std::string render_retention_json(const RetentionReport& report) {
    JsonWriter json;
    write_retention_json(json, report);
    return json.str() + "\n";
}

Sheet retention_sheet(const RetentionReport& report, const Organisation& organisation, Language language) {
    std::set<std::string> reasons;
    for (const auto& [reason, count] : report.all.exit_reasons) reasons.insert(reason);
    Sheet sheet{tr(language, Msg::sheet_retention),
                sheet_columns(language, {{"group", Msg::col_group},
                                         {"key", Msg::col_group_key},
                                         {"people", Msg::col_people, CellType::number},
                                         {"exits", Msg::col_exits, CellType::number}}),
                {}};
    auto& columns = sheet.columns;
    const auto add_column = [&](std::string id, std::string heading) {
        columns.push_back({std::move(id), std::move(heading), CellType::number});
    };
    for (std::size_t i = 0; i < retention_checkpoints.size(); ++i)
        add_column(fmt::format("share_{}", retention_checkpoints[i]),
                   tr(language, Msg::col_share_after, checkpoint_heading(i, language)));
    add_column("median_tenure_days", tr(language, Msg::col_median_tenure));
    for (int days : early_exit_limits)
        add_column(fmt::format("early_exits_{}", days), tr(language, Msg::col_early_exits, days));
    const std::pair<const char*, std::string> onboarding[] = {
        {"", ""},
        {"complete_", tr(language, Msg::col_onboarding_complete)},
        {"incomplete_", tr(language, Msg::col_onboarding_incomplete)}};
    const std::pair<const char*, Msg> renewal[] = {{"ended", Msg::col_terms_ended},
                                                   {"renewed", Msg::col_renewed},
                                                   {"moved", Msg::col_moved},
                                                   {"left", Msg::col_left},
                                                   {"renewal_rate", Msg::col_renewal_rate}};
    for (const auto& [prefix, which] : onboarding)
        for (const auto& [name, heading] : renewal)
            add_column(fmt::format("{}{}", prefix, name), tr(language, heading, which));
    for (const std::string& reason : reasons)
        add_column("exit_reason_" + reason,
                   tr(language, Msg::col_exit_reason, exit_reason_words(organisation, reason, language)));

    auto& rows = sheet.rows;
    const auto add = [&](std::string_view group, const std::string& key, const RetentionFigures& f) {
        std::vector<std::string> row = {std::string{group}, key, std::to_string(f.people), std::to_string(f.exits)};
        for (const auto& share : f.curve.shares) row.push_back(optional_share(share));
        row.push_back(optional_text(f.curve.median_days));
        for (int count : f.early_exits) row.push_back(std::to_string(count));
        for (const RenewalCounts* counts : {&f.renewal, &f.onboarding_complete, &f.onboarding_incomplete}) {
            for (int n : {counts->ended, counts->renewed, counts->moved, counts->left})
                row.push_back(std::to_string(n));
            row.push_back(optional_share(counts->rate()));
        }
        for (const std::string& reason : reasons) {
            const auto found = f.exit_reasons.find(reason);
            row.push_back(std::to_string(found == f.exit_reasons.end() ? 0 : found->second));
        }
        rows.push_back(std::move(row));
    };
    add("all", "", report.all);
    for (const RetentionGroup& group : report.groups) add(to_string(report.by), group.key, group.figures);
    return sheet;
}

std::string render_retention_csv(const RetentionReport& report, const Organisation& organisation, CsvStyle style) {
    return render_sheet_csv(retention_sheet(report, organisation, Language::en), style);
}

}  // namespace repjourney

#include "render/status_report.hpp"

#include <utility>

#include <fmt/format.h>

#include "engine/urgency.hpp"
#include "render/csv.hpp"
#include "render/i18n.hpp"
#include "render/status_json.hpp"
#include "render/table.hpp"
#include "render/words.hpp"
#include "text/printable.hpp"
#include "text/wrap.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
std::string progress_text(const RepresentativeStatus& status) {
    const Progress& p = status.progress;
    return p.total == 0 ? std::string{"–"} : fmt::format("{}/{}", p.done, p.total);
}

// text broken at spaces to width (0: unlimited), each line ending in '\n'.
std::string fitted(const std::string& text, std::size_t width, std::string_view first, std::string_view rest) {
    return width == 0 ? std::string{first} + text + "\n" : wrap(text, width, first, rest);
}

Cell feedback_cell(const RepresentativeStatus& status, Date as_of, Language language) {
    if (!status.feedback) return Cell{"–", Style::muted};
    const FeedbackStatus& f = *status.feedback;
    if (f.state == FeedbackState::ok) return Cell{state_word(language, f.state)};
    return Cell{relative_due(language, f.next_due, as_of), style_of(f.state)};
}
}  // namespace

StatusTable::StatusTable(const Snapshot& snapshot, const ReportStyle& style) : snapshot_(snapshot), style_(style) {
    const Language lang = style.language;
    // The next step gives way first, then the feedback (wrapped at spaces), the name last; the counts go to the
    // second line when narrow.
    table_.columns = {{.heading = tr(lang, Msg::heading_name), .fit = Fit::shorten, .priority = 2, .min_width = 12},
                      {.heading = tr(lang, Msg::heading_stage)},
                      {.heading = tr(lang, Msg::heading_progress), .align = Align::right, .second_line = true},
                      {.heading = tr(lang, Msg::heading_next_step), .fit = Fit::shorten, .min_width = 12},
                      {.heading = tr(lang, Msg::heading_due)},
                      {.heading = tr(lang, Msg::heading_overdue), .align = Align::right, .second_line = true},
                      {.heading = tr(lang, Msg::column_feedback),
                       .fit = Fit::wrap,
                       .priority = 1,
                       .min_width = 10,
                       .second_line = true},
                      {.heading = tr(lang, Msg::heading_signs), .align = Align::right, .second_line = true}};
}

void StatusTable::add(const RepresentativeStatus& status) {
    const Language lang = style_.language;
    std::vector<Cell> row{Cell{status.representative->name},
                          Cell{stage_word(lang, status.stage), style_of(status.stage)}, Cell{progress_text(status)}};
    if (status.next_step) {
        const OpenItem& step = *status.next_step;
        row.emplace_back(next_step_title(lang, step));
        row.emplace_back(step.due.iso(), style_of(step.state));
    } else {
        row.emplace_back("–", Style::muted);
        row.emplace_back("");
    }
    const int overdue = status.overdue.total();
    row.emplace_back(overdue ? std::to_string(overdue) : std::string{}, overdue ? Style::overdue : Style::plain);
    row.push_back(feedback_cell(status, snapshot_.as_of(), lang));
    const auto signs = status.signals.size();
    row.emplace_back(signs ? std::to_string(signs) : std::string{}, status.at_risk() ? Style::overdue : Style::plain);
    table_.rows.push_back(std::move(row));

    if (!status.at_risk()) return;
    at_risk_ += fmt::format("  {}\n", paint(one_line(status.representative->name), Style::heading, style_.color));
    for (const auto& signal : status.signals)
        at_risk_ += fitted(one_line(describe_signal(lang, signal, snapshot_)), style_.width, "    - ", "      ");
}

void StatusTable::write(std::ostream& out) && {
    const Language lang = style_.language;
    if (table_.rows.empty()) {
        out << tr(lang, Msg::nobody_selected) << "\n";
        return;
    }
    // Written in its parts, not joined first: for a national federation each is megabytes.
    out << render_table(std::move(table_), TableLayout{style_.width, style_.color});
    if (!at_risk_.empty()) out << "\n" << tr(lang, Msg::at_risk_heading) << "\n" << at_risk_;
}

StatusJsonWriter::StatusJsonWriter(std::ostream& out, Date as_of) : out_(out) {
    json_.begin_object().field("as_of", as_of).key("representatives").begin_array();
}

void StatusJsonWriter::add(std::span<const RepresentativeStatus> statuses) {
    make_in_order(
        statuses.size(),
        [&](std::size_t begin, std::size_t end) {
            JsonWriter items = JsonWriter::array_items(JsonLayout::pretty, json_.depth(), any_items_ || begin > 0);
            for (std::size_t i = begin; i < end; ++i) write_representative_json(items, statuses[i]);
            return items.take_items();
        },
        [&](const std::string& run) {
            json_.write_items(out_, run);
            any_items_ = true;
        });
}

void StatusJsonWriter::finish() {
    json_.end_array().end_object();
    json_.write_partial(out_);
    out_ << "\n";
}

Sheet status_sheet(Language language) {
    using enum CellType;
    Sheet sheet{tr(language, Msg::sheet_status),
                sheet_columns(language, {{"id", Msg::col_id},
                                         {"name", Msg::heading_name},
                                         {"stage", Msg::heading_stage},
                                         {"active", Msg::col_active},
                                         {"paused", Msg::col_paused},
                                         {"progress_done", Msg::col_steps_done, number},
                                         {"progress_total", Msg::col_steps_total, number},
                                         {"next_step", Msg::col_next_step_kind},
                                         {"next_title", Msg::heading_next_step},
                                         {"next_due", Msg::col_next_step_due, date},
                                         {"next_state", Msg::col_next_step_state},
                                         {"overdue_items", Msg::col_overdue_items, number},
                                         {"feedback_state", Msg::col_feedback_state},
                                         {"feedback_next_due", Msg::col_feedback_due, date},
                                         {"feedback_days_overdue", Msg::col_feedback_days_overdue, number},
                                         {"signals", Msg::col_signals},
                                         {"at_risk", Msg::col_at_risk}}),
                {}};
    return sheet;
}

void add_status_row(Sheet& sheet, const RepresentativeStatus& s, Language language) {
    const Progress& p = s.progress;
    const auto& step = s.next_step;
    std::string signals;
    for (const auto& signal : s.signals) signals += (signals.empty() ? "" : " ") + std::string{to_string(signal.kind)};
    sheet.rows.push_back({s.representative->id, s.representative->name, std::string{to_string(s.stage)},
                          s.active ? "true" : "false", s.paused ? "true" : "false", std::to_string(p.done),
                          std::to_string(p.total), step ? std::string{to_string(step->kind)} : "",
                          step ? next_step_title(language, *step) : "", step ? step->due.iso() : "",
                          step ? std::string{to_string(step->state)} : "", std::to_string(s.overdue.total()),
                          s.feedback ? std::string{to_string(s.feedback->state)} : "",
                          s.feedback ? s.feedback->next_due.iso() : "",
                          s.feedback && s.feedback->days_overdue ? std::to_string(*s.feedback->days_overdue) : "",
                          signals, s.at_risk() ? "true" : "false"});
}

Sheet status_sheet(const std::vector<RepresentativeStatus>& statuses, Language language) {
    Sheet sheet = status_sheet(language);
    for (const RepresentativeStatus& status : statuses) add_status_row(sheet, status, language);
    return sheet;
}

}  // namespace repjourney

// libFuzzer target: the engine and every report on data that passes `check`, for
// a fixed day, in both languages: what status, show, feedback, terms, recognize,
// roles, remind and export compute and print. Most inputs stop at the loader; the
// seeds are valid data sets, and their mutations keep many of them valid.

#include <cstdint>
#include <span>
#include <sstream>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "engine/digest.hpp"
#include "engine/feedback.hpp"
#include "engine/journey.hpp"
#include "engine/ordered_statuses.hpp"
#include "engine/recognition.hpp"
#include "engine/terms.hpp"
#include "engine/urgency.hpp"
#include "fuzz_input.hpp"
#include "load/loader.hpp"
#include "render/digest_email.hpp"
#include "render/digest_text.hpp"
#include "render/digest_words.hpp"
#include "render/export_data.hpp"
#include "render/export_html.hpp"
#include "render/export_ics.hpp"
#include "render/export_json.hpp"
#include "render/feedback_report.hpp"
#include "render/markdown.hpp"
#include "render/privacy.hpp"
#include "render/recognize_report.hpp"
#include "render/roles_report.hpp"
#include "render/show_report.hpp"
#include "render/status_report.hpp"
#include "render/terms_report.hpp"

using namespace repjourney;

namespace {

// The day the examples tell their stories.
const Date as_of = Date::from_ymd(2026, 11, 23);

void report(const Model& model, Language language) {
    const Snapshot snapshot{model, as_of};
    const TableLayout layout{80, true};

    std::vector<RepresentativeStatus> statuses = compute_statuses(snapshot);
    // `status` computes them on every core, a chunk at a time: the same people in the order sorting gives.
    for (const StatusOrder order : {StatusOrder::name, StatusOrder::stage, StatusOrder::urgency}) {
        sort_statuses(statuses, order);
        std::vector<const Representative*> streamed;
        std::ostringstream json;
        StatusJsonWriter writer{json, as_of};
        for_each_status_chunk(
            snapshot, [](const RepresentativeStatus&) { return true; }, order,
            [&](std::span<const RepresentativeStatus> chunk) {
                for (const auto& status : chunk) streamed.push_back(status.representative);
                writer.add(chunk);
            });
        writer.finish();
        for (std::size_t i = 0; i < statuses.size(); ++i)
            if (i >= streamed.size() || streamed[i] != statuses[i].representative)
                repjourney::fuzz::fail("status lists people in another order than sorting them does",
                                       fmt::format("order {}, place {}", static_cast<int>(order), i));
    }
    StatusTable table{snapshot, {language, true, 80}};
    for (const RepresentativeStatus& status : statuses) table.add(status);
    std::ostringstream table_text;
    std::move(table).write(table_text);
    const Sheet sheet = status_sheet(statuses, Language::en);
    for (const CsvCells cells : {CsvCells::guarded, CsvCells::raw}) (void)render_sheet_csv(sheet, CsvStyle{cells});

    std::vector<Suggestion> suggestions = recognition_suggestions(snapshot);
    (void)render_recognize_table(suggestions, as_of, language, layout);
    (void)render_recognize_json(suggestions, as_of, language);

    for (const RepresentativeStatus& status : statuses) {
        const PersonFindings person{status, recognition_suggestions(snapshot, *status.representative)};
        (void)render_show_text(person, snapshot, {language, false, 0});
        (void)render_show_json(person, snapshot, language);
        for (const CsvCells cells : {CsvCells::guarded, CsvCells::raw})
            (void)render_show_csv(person, CsvStyle{cells, CsvDialect::excel});
    }

    const std::vector<FeedbackItem> feedback = feedback_due(snapshot);
    (void)render_feedback_table(feedback, model, as_of, language, layout);
    (void)render_feedback_json(feedback, as_of);

    const Date until = as_of + model.organisation.renewal_window;
    const std::vector<TermEnding> terms = terms_ending(snapshot, until);
    (void)render_terms_table(terms, model, as_of, until, language, layout);
    (void)render_terms_json(terms, as_of, until);

    std::vector<const Role*> roles;
    for (const Role& role : model.roles) roles.push_back(&role);
    (void)render_roles(roles, model.organisation, language, RolesFormat::markdown);

    const Digest digest = compute_digest(snapshot, {7, "", true});
    (void)render_digest_text(digest_words(digest, model.organisation, language));
    (void)render_digest_markdown(digest_words(digest, model.organisation, language));
    const Mailbox from{"repjourney", "repjourney@example.org"};
    for (const DigestGroup& group : digest.groups)
        (void)render_digest_mail(digest_of_group(digest, group), model.organisation, language, from,
                                 {"Fuzz", "fuzz@example.org"}, 60);

    ExportData exported{snapshot, std::move(statuses), std::move(suggestions), {}, language, Privacy{true, true}};
    exported.findings =
        compute_findings(snapshot, exported.statuses, exported.suggestions, as_of + Duration::of_months(12));
    std::ostringstream out;
    write_export_json(exported, out);
    write_export_ics(exported, out);
    write_export_ics(exported, out, IcsItems::todos);
    write_export_html(exported, out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto files = repjourney::fuzz::split_files(repjourney::fuzz::as_text(data, size));
    Loader loader;
    for (std::size_t i = 0; i < files.size(); ++i)
        loader.add_text(std::string(1, static_cast<char>('a' + i)) + ".yaml", std::string{files[i]});
    const LoadResult result = loader.finish();
    if (result.has_errors()) return -1;  // not worth keeping in the corpus: the loader's fuzzer covers it
    report(result.model, Language::en);
    report(private_model(result.model, Privacy{false, false, true}), Language::sv);
    return 0;
}

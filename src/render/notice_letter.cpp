#include "render/notice_letter.hpp"

#include <fmt/format.h>

#include "render/html.hpp"
#include "render/markdown.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"
#include "text/wrap.hpp"

namespace repjourney {

namespace {
// One language's words of the letter. The law's words are per `notify_employer`: [0] fml, [1] aml.
struct NoticeWords {
    std::string_view title[2];
    std::string_view under_law[2];
    std::string_view announces[2];  // {} the organisation
    std::string_view why[2];
    std::string_view name, role, workplace, term, replaces, replaces_until, no_workplace,
        open_ended;  // no_workplace: a line to fill in by hand
    std::string_view date, on_behalf, signature, received, received_date;
    std::string_view translation_note;  // empty in the language the employer reads
};

constexpr NoticeWords swedish{
    {"Anmälan av facklig förtroendeman", "Anmälan av skyddsombud"},
    {"enligt 1 § lagen (1974:358) om facklig förtroendemans ställning på arbetsplatsen (förtroendemannalagen)",
     "enligt 6 kap. 2 § arbetsmiljölagen (1977:1160) och 10 § arbetsmiljöförordningen (1977:1166)"},
    {"{} anmäler härmed att följande person har utsetts till facklig förtroendeman:",
     "{} anmäler härmed att följande person har utsetts till skyddsombud:"},
    {"Förtroendemannalagen gäller för förtroendemannen först sedan arbetsgivaren har underrättats om uppdraget "
     "(1 § andra stycket). Vi ber er bekräfta att ni har tagit emot anmälan.",
     "Arbetstagarorganisationen ska skriftligen underrätta arbetsgivaren om att skyddsombud har utsetts "
     "(10 § arbetsmiljöförordningen). Vi ber er bekräfta att ni har tagit emot anmälan."},
    "Namn",
    "Uppdrag",
    "Arbetsplats",
    "Mandatperiod",
    "Ersätter",
    "{} (till och med {})",
    "..............................",
    "från {}, tills vidare",
    "Datum",
    "För {}",
    "Underskrift och namnförtydligande",
    "Mottaget av arbetsgivaren",
    "Datum för mottagandet",
    "",
};

constexpr NoticeWords english{
    {"Notice of a trade union representative", "Notice of a safety representative"},
    {"under section 1 of the Trade Union Representatives (Status at the Workplace) Act (1974:358, "
     "förtroendemannalagen)",
     "under Chapter 6, section 2 of the Work Environment Act (1977:1160, arbetsmiljölagen) and section 10 of the "
     "Work Environment Ordinance (1977:1166, arbetsmiljöförordningen)"},
    {"{} hereby gives notice that the following person has been appointed trade union representative:",
     "{} hereby gives notice that the following person has been appointed safety representative:"},
    {"The Act applies to the representative only once the employer has been notified of the appointment "
     "(section 1, second paragraph). Please confirm that you have received this notice.",
     "The union must notify the employer in writing that a safety representative has been appointed "
     "(section 10 of the Work Environment Ordinance). Please confirm that you have received this notice."},
    "Name",
    "Assignment",
    "Workplace",
    "Term",
    "Replaces",
    "{} (until {})",
    "..............................",
    "from {}, until further notice",
    "Date",
    "On behalf of {}",
    "Signature and name in block letters",
    "Received by the employer",
    "Date received",
    "This English text is a translation aid: the notice a Swedish employer receives is the Swedish one "
    "(repjourney notice --lang sv).",
};

// The letter's parts, put into words once; each format lays them out.
struct Letter {
    std::string title, under_law, announces, why, date_line, on_behalf, translation_note;
    std::vector<std::pair<std::string, std::string>> fields;
    std::string signature, received, received_date;
};

Letter letter_of(const NoticeFacts& facts, const Organisation& organisation, Language language) {
    const NoticeWords& w = language == Language::sv ? swedish : english;
    const int law = facts.law == EmployerNotice::aml ? 1 : 0;
    const Assignment& a = *facts.assignment;
    const std::string org = one_line(organisation.name);
    Letter letter;
    letter.title = w.title[law];
    letter.under_law = w.under_law[law];
    letter.announces = fmt::format(fmt::runtime(w.announces[law]), org);
    letter.why = w.why[law];
    letter.fields.emplace_back(w.name, one_line(facts.representative->name));
    letter.fields.emplace_back(w.role, one_line(facts.role->title));
    letter.fields.emplace_back(w.workplace, a.workplace.empty() ? std::string{w.no_workplace} : one_line(a.workplace));
    letter.fields.emplace_back(w.term, a.end ? fmt::format("{} – {}", a.start.iso(), a.end->iso())
                                             : fmt::format(fmt::runtime(w.open_ended), a.start.iso()));
    if (facts.replaces)
        letter.fields.emplace_back(w.replaces,
                                   fmt::format(fmt::runtime(w.replaces_until), one_line(facts.replaces->name),
                                               facts.replaced_assignment->end->iso()));
    letter.date_line = fmt::format("{}: {}", w.date, facts.date.iso());
    letter.on_behalf = fmt::format(fmt::runtime(w.on_behalf), org);
    letter.signature = w.signature;
    letter.received = w.received;
    letter.received_date = w.received_date;
    letter.translation_note = w.translation_note;
    return letter;
}

constexpr std::size_t text_width = 72;

std::string as_text(const Letter& letter, const Organisation& organisation) {
    std::string out = one_line(organisation.name) + "\n";
    if (!organisation.email.empty()) out += one_line(organisation.email) + "\n";
    out += "\n" + letter.title + "\n" + std::string(display_width(letter.title), '=') + "\n";
    out += wrap(letter.under_law, text_width) + "\n";
    out += wrap(letter.announces, text_width) + "\n";
    std::size_t label_width = 0;
    for (const auto& [label, value] : letter.fields) label_width = std::max(label_width, display_width(label) + 1);
    for (const auto& [label, value] : letter.fields) {
        const std::string label_text = label + ":";
        const std::string indent = "  " + label_text + std::string(label_width + 2 - display_width(label_text), ' ');
        out += wrap(value, text_width, indent, std::string(display_width(indent), ' '));
    }
    out += "\n" + wrap(letter.why, text_width) + "\n";
    out += letter.date_line + "\n\n" + letter.on_behalf + "\n\n\n";
    const std::string line(40, '.');
    out += line + "\n" + letter.signature + "\n\n" + letter.received + "\n\n\n";
    out += line + "\n" + letter.signature + "\n\n" + line + "\n" + letter.received_date + "\n";
    if (!letter.translation_note.empty()) out += "\n" + wrap(letter.translation_note, text_width);
    return out;
}

// A line to sign on, as Markdown: escaped underscores, then a hard line break.
const std::string signature_rule = [] {
    std::string rule;
    for (int i = 0; i < 20; ++i) rule += "\\_";
    return rule + "  \n";
}();

std::string as_markdown(const Letter& letter, const Organisation& organisation) {
    std::string out = markdown_escaped(one_line(organisation.name)) + "  \n";
    if (!organisation.email.empty()) out += markdown_escaped(one_line(organisation.email)) + "\n";
    out += "\n# " + markdown_escaped(letter.title) + "\n\n" + markdown_escaped(letter.under_law) + "\n\n";
    out += markdown_escaped(letter.announces) + "\n\n";
    for (const auto& [label, value] : letter.fields)
        out += "- **" + markdown_escaped(label) + ":** " + markdown_escaped(value) + "\n";
    out += "\n" + markdown_escaped(letter.why) + "\n\n" + markdown_escaped(letter.date_line) + "\n\n";
    out += markdown_escaped(letter.on_behalf) + "\n\n";
    out += signature_rule + markdown_escaped(letter.signature) + "\n\n";
    out += "**" + markdown_escaped(letter.received) + "**\n\n";
    out += signature_rule + markdown_escaped(letter.signature) + "\n\n";
    out += "\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_  \n" + markdown_escaped(letter.received_date) + "\n";
    if (!letter.translation_note.empty()) out += "\n*" + markdown_escaped(letter.translation_note) + "*\n";
    return out;
}

constexpr std::string_view page_style =
    "@page { size: A4; margin: 25mm 25mm 20mm; }"
    "body { font: 11pt/1.45 Georgia, 'DejaVu Serif', serif; color: #111; max-width: 160mm; margin: 2em auto; }"
    "h1 { font-size: 15pt; margin: 1.6em 0 0.2em; }"
    ".law { margin: 0 0 1.4em; color: #333; }"
    "dl { display: grid; grid-template-columns: max-content auto; gap: 0.3em 1.2em; margin: 1em 0 1.4em; }"
    "dt { font-weight: bold; } dd { margin: 0; }"
    ".sign { margin-top: 2.6em; display: grid; grid-template-columns: 1fr 1fr; gap: 2.2em 2em; }"
    ".sign div { border-top: 1px solid #111; padding-top: 0.3em; font-size: 9.5pt; }"
    ".note { margin-top: 2em; font-size: 9pt; color: #444; font-style: italic; }"
    "@media print { body { margin: 0; } }";

std::string as_html(const Letter& letter, const Organisation& organisation, Language language) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string{language == Language::sv ? "sv" : "en"} +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html_escape(letter.title) +
                      "</title>\n<style>" + std::string{page_style} + "</style>\n</head>\n<body>\n";
    out += "<p>" + html_escape(one_line(organisation.name));
    if (!organisation.email.empty()) out += "<br>" + html_escape(one_line(organisation.email));
    out += "</p>\n<h1>" + html_escape(letter.title) + "</h1>\n<p class=\"law\">" + html_escape(letter.under_law) +
           "</p>\n<p>" + html_escape(letter.announces) + "</p>\n<dl>\n";
    for (const auto& [label, value] : letter.fields)
        out += "<dt>" + html_escape(label) + "</dt><dd>" + html_escape(value) + "</dd>\n";
    out += "</dl>\n<p>" + html_escape(letter.why) + "</p>\n<p>" + html_escape(letter.date_line) + "</p>\n<p>" +
           html_escape(letter.on_behalf) + "</p>\n";
    out += "<div class=\"sign\"><div>" + html_escape(letter.signature) + "</div><div></div></div>\n";
    out += "<h2 style=\"font-size: 11pt; margin-top: 2.4em\">" + html_escape(letter.received) + "</h2>\n";
    out += "<div class=\"sign\"><div>" + html_escape(letter.signature) + "</div><div>" +
           html_escape(letter.received_date) + "</div></div>\n";
    if (!letter.translation_note.empty()) out += "<p class=\"note\">" + html_escape(letter.translation_note) + "</p>\n";
    out += "</body>\n</html>\n";
    return out;
}
}  // namespace

std::string render_notice(const NoticeFacts& facts, const Organisation& organisation, Language language,
                          NoticeFormat format) {
    const Letter letter = letter_of(facts, organisation, language);
    switch (format) {
        case NoticeFormat::text: return as_text(letter, organisation);
        case NoticeFormat::markdown: return as_markdown(letter, organisation);
        case NoticeFormat::html: return as_html(letter, organisation, language);
    }
    return {};
}

}  // namespace repjourney

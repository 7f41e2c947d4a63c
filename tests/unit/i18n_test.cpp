#include <algorithm>

#include <doctest/doctest.h>

#include <fmt/args.h>

#include <optional>

#include "diagnostics/messages.hpp"
#include "render/i18n.hpp"

using namespace repjourney;

namespace {
// The number of {} placeholders, or nothing when a brace is not part of one (the catalogues use only
// {}, and {{ or }} for a brace itself).
std::optional<int> placeholders(std::string_view text) {
    int count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{' && text[i] != '}') continue;
        if (text.substr(i, 2) == "{{" || text.substr(i, 2) == "}}") {
            ++i;
            continue;
        }
        if (text.substr(i, 2) != "{}") return std::nullopt;
        ++count;
        ++i;
    }
    return count;
}

// Both texts say something, with the same placeholders, and both format with that many arguments.
void check_same_placeholders(std::string_view en, std::string_view sv) {
    CAPTURE(en);
    CAPTURE(sv);
    CHECK_FALSE(en.empty());
    CHECK_FALSE(sv.empty());
    const auto en_count = placeholders(en);
    REQUIRE(en_count);
    CHECK(placeholders(sv) == en_count);
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (int k = 0; k < *en_count; ++k) args.push_back(k);
    CHECK_NOTHROW((void)fmt::vformat(en, args));
    CHECK_NOTHROW((void)fmt::vformat(sv, args));
}
}  // namespace

TEST_CASE("every message has English and Swedish with the same placeholders") {
    CHECK(message_count > 50);
    for (const auto msg : all_messages) {
        const auto en = text(Language::en, msg);
        const auto sv = text(Language::sv, msg);
        check_same_placeholders(en, sv);
    }
}

TEST_CASE("messages are translated and filled") {
    CHECK(text(Language::en, Msg::stage_left) == "left");
    CHECK(text(Language::sv, Msg::stage_left) == "avgång");
    CHECK(text(Language::sv, Msg::stage_established) == "etablering");
    CHECK(text(Language::sv, Msg::heading_next_step) == "Nästa steg");
    CHECK(tr(Language::en, Msg::days_overdue, 12) == "12 days overdue");
    CHECK(tr(Language::sv, Msg::days_overdue, 12) == "12 dagar sent");
    CHECK(tr(Language::sv, Msg::due_on, "25 nov 2026") == "senast 25 nov 2026");
    CHECK(tr(Language::en, Msg::progress, 3, 6) == "3 of 6");
}

TEST_CASE("counts pick the singular for exactly one") {
    CHECK(tr_count(Language::en, Msg::in_days_one, Msg::in_days, 1) == "in 1 day");
    CHECK(tr_count(Language::en, Msg::in_days_one, Msg::in_days, 0) == "in 0 days");
    CHECK(tr_count(Language::sv, Msg::days_overdue_one, Msg::days_overdue, 1) == "1 dag sent");
    CHECK(tr_count(Language::sv, Msg::days_overdue_one, Msg::days_overdue, 21) == "21 dagar sent");
}

TEST_CASE("long dates use the language's month names, without a locale") {
    CHECK(format_date_long(Language::en, Date::from_ymd(2026, 11, 25)) == "25 Nov 2026");
    CHECK(format_date_long(Language::sv, Date::from_ymd(2026, 11, 25)) == "25 nov 2026");
    CHECK(format_date_long(Language::sv, Date::from_ymd(2027, 5, 1)) == "1 maj 2027");
    CHECK(format_date_long(Language::en, Date::from_ymd(2026, 10, 3)) == "3 Oct 2026");
    CHECK(format_date_long(Language::sv, Date::from_ymd(2026, 10, 3)) == "3 okt 2026");
}

TEST_CASE("near dates leave out as_of's year, and only that year") {
    const Date as_of = Date::from_ymd(2026, 11, 23);
    CHECK(format_date_near(Language::en, Date::from_ymd(2026, 3, 12), as_of) == "12 Mar");
    CHECK(format_date_near(Language::sv, Date::from_ymd(2026, 5, 1), as_of) == "1 maj");
    CHECK(format_date_near(Language::en, Date::from_ymd(2027, 1, 5), as_of) == "5 Jan 2027");
    CHECK(format_date_near(Language::sv, Date::from_ymd(2025, 12, 31), as_of) == "31 dec 2025");
}

TEST_CASE("no Swedish word after a placeholder has to agree with what fills it") {
    // A title ("Skyddsombudsnätverket", "Reflektionssamtal") is a noun of any gender, so "{} försenad sedan" is wrong
    // for half of them; the catalogue says "{} — skulle ha gjorts …" instead. Counts ("{} försenade milstolpar") agree
    // with their own noun, which follows: only a word that ends the phrase, or is followed by "sedan" or punctuation,
    // agrees with the placeholder.
    constexpr std::string_view agreeing[] = {"försenad", "försenat", "klar",     "klart",     "gjord",
                                             "gjort",    "avslutad", "avslutat", "etablerad", "inte gjord"};
    constexpr std::string_view ends[] = {"", " sedan", ",", ";", ")", " (", "."};
    for (const auto msg : all_messages) {
        const std::string sv{text(Language::sv, msg)};
        CAPTURE(sv);
        for (const auto word : agreeing)
            for (const auto end : ends) {
                const std::string phrase = "{} " + std::string{word} + std::string{end};
                const auto at = sv.find(phrase);
                CHECK_FALSE((at != std::string::npos && (!end.empty() || at + phrase.size() == sv.size())));
            }
    }
    CHECK(text(Language::sv, Msg::days_overdue) == "{} dagar sent");
}

TEST_CASE("Swedish stages are all nouns, and states of a conversation or goal neuter") {
    CHECK(text(Language::sv, Msg::stage_onboarding) == "introduktion");
    CHECK(text(Language::sv, Msg::stage_established) == "etablering");
    CHECK(text(Language::sv, Msg::stage_renewal) == "förnyelse");
    CHECK(text(Language::sv, Msg::stage_incoming) == "tillträde");
    CHECK(text(Language::sv, Msg::stage_paused) == "uppehåll");
    CHECK(text(Language::sv, Msg::stage_ended) == "avslut");
    CHECK(text(Language::sv, Msg::stage_left) == "avgång");
    CHECK(text(Language::sv, Msg::state_overdue) == "försenat");  // ett samtal, ett mål
}

TEST_CASE("every kind of open item has one row of words") {
    for (const OpenItemKind kind : all_open_item_kinds) {
        CAPTURE(index_of(kind));
        CHECK(std::count_if(std::begin(open_item_words), std::end(open_item_words),
                            [&](const OpenItemWords& words) { return words.kind == kind; }) == 1);
        CHECK(words_of(kind).kind == kind);
    }
    CHECK(std::size(open_item_words) == all_open_item_kinds.size());
    CHECK(tr(Language::en, words_of(OpenItemKind::feedback).title, "") == "feedback conversation");
    CHECK(tr(Language::sv, words_of(OpenItemKind::goal).digest_what, "Leda ett möte", "") == "målet ”Leda ett möte”");
}

// The messages outside the reports (diagnostics/messages.hpp): diagnostics, errors, usage errors,
// confirmations. Their arguments are filled in the same order in both languages.
TEST_CASE("every user message has English and Swedish with the same placeholders") {
    CHECK(user_message_count > 200);
    for (const auto id : all_user_messages) {
        if (id == MessageId::literal) continue;
        const auto en = message_text(id, Language::en);
        const auto sv = message_text(id, Language::sv);
        check_same_placeholders(en, sv);
    }
}

#include "render/i18n.hpp"

#include <array>

namespace repjourney {

namespace {
struct Texts {
    std::string_view en;
    std::string_view sv;
};

// Indexed by Msg, built from the same list as the enum, so the two cannot drift apart.
constexpr std::array<Texts, message_count> catalogue{{
#define REPJOURNEY_MESSAGE_TEXTS(key, en, sv) {en, sv},
    REPJOURNEY_MESSAGES(REPJOURNEY_MESSAGE_TEXTS)
#undef REPJOURNEY_MESSAGE_TEXTS
}};

constexpr std::array<Msg, 12> months{Msg::month_jan, Msg::month_feb, Msg::month_mar, Msg::month_apr,
                                     Msg::month_may, Msg::month_jun, Msg::month_jul, Msg::month_aug,
                                     Msg::month_sep, Msg::month_oct, Msg::month_nov, Msg::month_dec};
}  // namespace

std::string_view text(Language language, Msg msg) {
    const auto& texts = catalogue.at(static_cast<std::size_t>(msg));
    return language == Language::sv ? texts.sv : texts.en;
}

const OpenItemWords& words_of(OpenItemKind kind) {
    for (const OpenItemWords& words : open_item_words)
        if (words.kind == kind) return words;
    return open_item_words[0];  // not reached: the i18n test checks that every kind has its row
}

std::string tr_count(Language language, Msg one, Msg other, long long n) {
    return tr(language, n == 1 ? one : other, n);
}

std::string format_date_long(Language language, Date date) {
    const auto ymd = date.ymd();
    const auto month = months.at(static_cast<unsigned>(ymd.month()) - 1);
    return fmt::format("{} {} {}", static_cast<unsigned>(ymd.day()), text(language, month),
                       static_cast<int>(ymd.year()));
}

std::string format_date_near(Language language, Date date, Date as_of) {
    if (date.year() != as_of.year()) return format_date_long(language, date);
    const auto ymd = date.ymd();
    return fmt::format("{} {}", static_cast<unsigned>(ymd.day()),
                       text(language, months.at(static_cast<unsigned>(ymd.month()) - 1)));
}

}  // namespace repjourney

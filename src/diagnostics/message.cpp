#include "diagnostics/message.hpp"

#include <array>
#include <cerrno>
#include <cstring>

#include <fmt/args.h>
#include <fmt/format.h>

#include "diagnostics/messages.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
struct Texts {
    std::string_view en;
    std::string_view sv;
};

// Indexed by MessageId, built from the same list as the enum, so the two cannot drift apart.
constexpr std::array<Texts, user_message_count> catalogue{{
#define REPJOURNEY_USER_MESSAGE_TEXTS(key, en, sv) {en, sv},
    REPJOURNEY_USER_MESSAGES(REPJOURNEY_USER_MESSAGE_TEXTS)
#undef REPJOURNEY_USER_MESSAGE_TEXTS
}};
}  // namespace

std::string_view message_text(MessageId id, Language language) {
    const auto& texts = catalogue.at(static_cast<std::size_t>(id));
    return language == Language::sv ? texts.sv : texts.en;
}

std::string Message::text(Language language) const {
    if (id_ == MessageId::literal) return literal_;
    fmt::dynamic_format_arg_store<fmt::format_context> args;
    for (const Message& arg : args_) args.push_back(arg.text(language));
    try {
        return fmt::vformat(message_text(id_, language), args);
    } catch (const fmt::format_error&) {
        // The catalogue test keeps entries and their arguments in step; should one slip, the
        // user still reads the words rather than an internal error.
        return std::string{message_text(id_, language)};
    }
}

Message operator+(Message left, Message right) {
    if (right.empty()) return left;
    if (left.empty()) return right;
    return Message{MessageId::concat, std::move(left), std::move(right)};
}

Message did_you_mean_message(std::string_view word, const std::vector<std::string_view>& candidates) {
    const std::string match = closest_match(word, candidates);
    return match.empty() ? Message{} : Message{MessageId::did_you_mean, match};
}

Message system_error_message(int error) {
    switch (error) {
        case ENOENT: return Message{MessageId::errno_enoent};
        case EACCES: return Message{MessageId::errno_eacces};
        case EPERM: return Message{MessageId::errno_eperm};
        case ENOTDIR: return Message{MessageId::errno_enotdir};
        case EISDIR: return Message{MessageId::errno_eisdir};
        case ELOOP: return Message{MessageId::errno_eloop};
        case ENOSPC: return Message{MessageId::errno_enospc};
        case EROFS: return Message{MessageId::errno_erofs};
        case EEXIST: return Message{MessageId::errno_eexist};
        case ENAMETOOLONG: return Message{MessageId::errno_enametoolong};
        case EIO: return Message{MessageId::errno_eio};
        case EDQUOT: return Message{MessageId::errno_edquot};
        default: return Message{std::string{std::strerror(error)}};
    }
}

Message system_error_message(const std::error_code& error) {
    if (error.category() == std::generic_category() || error.category() == std::system_category())
        return system_error_message(error.value());
    return Message{error.message()};
}

Message count_message(MessageId one, MessageId other, long long n) { return Message{n == 1 ? one : other, n}; }

}  // namespace repjourney

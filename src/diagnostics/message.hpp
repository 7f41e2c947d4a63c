#pragma once
// A text for the user that is put into words only when the language is known: the loader finds a
// problem before it has read the organisation's `language:`, and an Error is thrown far from the
// command line that knows `--lang`. A Message is a key of the catalogue in diagnostics/messages.hpp
// with its arguments (each a Message too, so that a part such as "the role" or a "did you mean" is
// translated with the whole), or a literal text taken as it is.

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/language.hpp"

namespace repjourney {

// The keys, defined in diagnostics/messages.hpp; 0 is a literal text.
enum class MessageId : std::uint16_t;

class Message {
public:
    Message() = default;  // empty: no text in any language
    // A text the same in every language: a value from the data, a file name, or words not yet in
    // the catalogue.
    Message(std::string literal) : literal_(std::move(literal)) {}
    Message(std::string_view literal) : literal_(literal) {}
    Message(const char* literal) : literal_(literal) {}

    // The catalogue's entry `id` with its {} placeholders filled, in order, by args: text, numbers
    // or Messages.
    template <typename... Args>
    explicit Message(MessageId id, Args&&... args) : id_(id) {
        args_.reserve(sizeof...(Args));
        (add(std::forward<Args>(args)), ...);
    }

    std::string text(Language language) const;
    std::string english() const { return text(Language::en); }
    bool empty() const { return id_ == MessageId{0} && literal_.empty(); }
    MessageId id() const { return id_; }

    bool operator==(const Message&) const = default;

private:
    template <typename T>
    void add(T&& arg) {
        using Plain = std::remove_cvref_t<T>;
        if constexpr (std::same_as<Plain, Message>)
            args_.push_back(std::forward<T>(arg));
        else if constexpr (std::integral<Plain>)
            args_.emplace_back(std::to_string(arg));
        else
            args_.emplace_back(std::string_view{arg});
    }

    MessageId id_{0};
    std::string literal_;
    std::vector<Message> args_;
};

// Concatenation for messages assembled from parts ("unknown role 'x'" + " (did you mean …)").
Message operator+(Message left, Message right);

}  // namespace repjourney

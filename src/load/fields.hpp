#pragma once
// Reads one YAML mapping of the data format: reports duplicate and unknown keys
// up front, then hands out typed values, reporting wrong types at the value.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "load/problems.hpp"
#include "load/yaml_tree.hpp"
#include "model/model.hpp"

namespace repjourney {

enum class Need { optional, required };

class Fields {
public:
    // `what` names the mapping in messages (MessageId::the_role: "role", "rollen"); `known` are its keys.
    Fields(const YamlNode& node, MessageId what, const std::vector<std::string_view>& known, Problems& problems);

    bool is_mapping() const { return node_.kind == YamlNode::Kind::mapping; }
    SourceMark mark() const { return node_.mark; }
    // The value of key, or nullptr when the key is absent or its value is null.
    const YamlNode* value(std::string_view key) const;
    // The mark of key itself, or of the mapping when key is absent.
    SourceMark key_mark(std::string_view key) const;
    bool has(std::string_view key) const { return value(key) != nullptr; }

    // Views into the mapping's node, valid as long as it is.
    std::string_view text(std::string_view key, Need need = Need::optional);
    std::string_view id(std::string_view key, Need need = Need::optional);
    // An e-mail address that mail will be sent to or from: one that is not is reported here,
    // not by the digest on the morning it is sent.
    std::string_view mail_address(std::string_view key);
    std::optional<Date> date(std::string_view key, Need need = Need::optional);
    std::optional<Duration> duration(std::string_view key, Need need = Need::optional);
    // A duration that repeats something (every, feedback_every): zero is reported, as it would
    // make the thing due again the moment it is done.
    std::optional<Duration> cadence(std::string_view key);
    std::optional<int> year(std::string_view key);
    // true or false, unquoted (a quoted "true" is text): the only booleans of the data format.
    std::optional<bool> flag(std::string_view key);
    std::vector<std::string> text_list(std::string_view key);
    // The items of a list; empty when absent (or reported when not a list).
    const std::vector<YamlNode>& list(std::string_view key);

private:
    const YamlNode* scalar(std::string_view key, Need need);
    void report_missing(std::string_view key);

    const YamlNode& node_;
    MessageId what_;
    Problems& problems_;
};

// Checks text against the id pattern [a-z0-9][a-z0-9_-]*.
bool is_valid_id(std::string_view text);

// Reads a scalar node as an id, a date, a duration: nothing (and a problem) when malformed.
// `what` names the value in messages.
std::optional<std::string> read_id(const YamlNode& node, const Message& what, Problems& problems);
// An unquoted true or false (True, TRUE, False, FALSE too); nothing for anything else, reported by the caller.
std::optional<bool> plain_boolean(const YamlNode& node);
std::optional<Date> read_date(const YamlNode& node, const Message& what, Problems& problems);
std::optional<Duration> read_duration(const YamlNode& node, const Message& what, Problems& problems);

}  // namespace repjourney

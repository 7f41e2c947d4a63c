#include "load/fields.hpp"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "text/mail_address.hpp"
#include "text/spelling.hpp"

namespace repjourney {

namespace {
const std::vector<YamlNode> no_items;

// "the year must be from 1900 to 2199"
Message year_range_message() { return Message{MessageId::year_range, first_year, last_year}; }

constexpr std::size_t keys_worth_a_map = 32;

// The line of the first of a mapping's first `count` keys that is `name`, if any.
std::optional<std::uint32_t> line_of_earlier_key(const YamlNode& mapping, std::size_t count, std::string_view name) {
    for (std::size_t i = 0; i < count; ++i)
        if (mapping.key(i).is_scalar() && mapping.key(i).text == name) return mapping.key(i).mark.line;
    return std::nullopt;
}

// 'key', the way messages name a field's value; made only for a message.
Message quoted(std::string_view key) { return Message{MessageId::quoted, key}; }

bool expect_scalar(const YamlNode& node, const Message& what, Problems& problems) {
    if (node.is_scalar()) return true;
    problems.error(node.mark, Message{MessageId::not_single_value, what, describe(node)});
    return false;
}
}  // namespace

bool is_valid_id(std::string_view text) {
    if (text.empty()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!alnum && (i == 0 || (c != '_' && c != '-'))) return false;
    }
    return true;
}

std::optional<std::string> read_id(const YamlNode& node, const Message& what, Problems& problems) {
    if (!expect_scalar(node, what, problems)) return std::nullopt;
    if (is_valid_id(node.text)) return node.text;
    problems.error(node.mark, Message{MessageId::invalid_id, node.text, what});
    return std::nullopt;
}

std::optional<bool> plain_boolean(const YamlNode& node) {
    if (!node.is_scalar() || !node.plain) return std::nullopt;
    const std::string_view text = node.text;
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
    return std::nullopt;
}

std::optional<Date> read_date(const YamlNode& node, const Message& what, Problems& problems) {
    if (!expect_scalar(node, what, problems)) return std::nullopt;
    if (const auto date = Date::parse(node.text)) return date;
    problems.error(node.mark,
                   Message{MessageId::invalid_date, node.text, what,
                           year_out_of_range(node.text) ? year_range_message() : Message{MessageId::write_real_date}});
    return std::nullopt;
}

std::optional<Duration> read_duration(const YamlNode& node, const Message& what, Problems& problems) {
    if (!expect_scalar(node, what, problems)) return std::nullopt;
    if (const auto duration = Duration::parse(node.text)) return duration;
    problems.error(node.mark, Message{MessageId::invalid_duration, node.text, what});
    return std::nullopt;
}

Fields::Fields(const YamlNode& node, MessageId what, const std::vector<std::string_view>& known, Problems& problems)
    : node_(node), what_(what), problems_(problems) {
    if (!is_mapping()) {
        problems_.error(node.mark, Message{MessageId::not_a_mapping, Message{what_}, describe(node)});
        return;
    }
    // Half a million events have a handful of keys each, for which a hash map would cost more
    // than the rest of their reading; a mapping of many keys still gets one.
    const bool many_keys = node.mapping_size() > keys_worth_a_map;
    std::unordered_map<std::string_view, std::uint32_t> first_line_of_key;
    for (std::size_t i = 0; i < node.mapping_size(); ++i) {
        const YamlNode& key = node.key(i);
        if (!key.is_scalar()) {
            problems_.error(key.mark, Message{MessageId::key_not_a_word, Message{what_}, describe(key)});
            continue;
        }
        std::optional<std::uint32_t> first_line;
        if (many_keys) {
            const auto [first, inserted] = first_line_of_key.try_emplace(key.text, key.mark.line);
            if (!inserted) first_line = first->second;
        } else {
            first_line = line_of_earlier_key(node, i, key.text);
        }
        if (first_line)
            problems_.error(key.mark, Message{MessageId::duplicate_key, key.text, Message{what_}, *first_line + 1});
        if (std::find(known.begin(), known.end(), key.text) == known.end() && !problems_.past_limit())
            problems_.error(key.mark, Message{MessageId::unknown_key, key.text, Message{what_},
                                              did_you_mean_message(key.text, known)});
    }
}

const YamlNode* Fields::value(std::string_view key) const {
    if (!is_mapping()) return nullptr;
    // The first occurrence wins, as in yaml-cpp; a repeat was reported in the constructor.
    for (std::size_t i = 0; i < node_.mapping_size(); ++i)
        if (node_.key(i).is_scalar() && node_.key(i).text == key)
            return node_.value(i).is_null() ? nullptr : &node_.value(i);
    return nullptr;
}

SourceMark Fields::key_mark(std::string_view key) const {
    for (std::size_t i = 0; i < node_.mapping_size(); ++i)
        if (node_.key(i).is_scalar() && node_.key(i).text == key) return node_.key(i).mark;
    return node_.mark;
}

void Fields::report_missing(std::string_view key) {
    const bool key_present = key_mark(key).line != node_.mark.line || key_mark(key).column != node_.mark.column;
    if (key_present)
        problems_.error(key_mark(key), Message{MessageId::key_without_value, key, Message{what_}});
    else
        problems_.error(node_.mark, Message{MessageId::missing_key, Message{what_}, key});
}

const YamlNode* Fields::scalar(std::string_view key, Need need) {
    if (!is_mapping()) return nullptr;
    const YamlNode* node = value(key);
    if (!node) {
        if (need == Need::required) report_missing(key);
        return nullptr;
    }
    return node->is_scalar() || expect_scalar(*node, quoted(key), problems_) ? node : nullptr;
}

// Each reader tries the value first and names it only to report it: these run millions of times.

std::string_view Fields::text(std::string_view key, Need need) {
    const YamlNode* node = scalar(key, need);
    return node ? std::string_view{node->text} : std::string_view{};
}

std::string_view Fields::id(std::string_view key, Need need) {
    const YamlNode* node = scalar(key, need);
    if (!node) return {};
    if (is_valid_id(node->text)) return node->text;
    read_id(*node, quoted(key), problems_);  // reports it
    return {};
}

std::string_view Fields::mail_address(std::string_view key) {
    const YamlNode* node = scalar(key, Need::optional);
    if (!node || node->text.empty() || is_mail_address(node->text)) return node ? std::string_view{node->text} : "";
    problems_.error(node->mark, Message{MessageId::invalid_email, node->text, key});
    return node->text;
}

std::optional<Date> Fields::date(std::string_view key, Need need) {
    const YamlNode* node = scalar(key, need);
    if (!node) return std::nullopt;
    if (const auto date = Date::parse(node->text)) return date;
    return read_date(*node, quoted(key), problems_);
}

std::optional<Duration> Fields::duration(std::string_view key, Need need) {
    const YamlNode* node = scalar(key, need);
    if (!node) return std::nullopt;
    if (const auto duration = Duration::parse(node->text)) return duration;
    return read_duration(*node, quoted(key), problems_);
}

std::optional<Duration> Fields::cadence(std::string_view key) {
    const auto cadence = duration(key);
    if (!cadence || cadence->months != 0 || cadence->days != 0) return cadence;
    problems_.error(value(key)->mark, Message{MessageId::zero_cadence, key});
    return std::nullopt;
}

std::optional<int> Fields::year(std::string_view key) {
    const YamlNode* node = scalar(key, Need::optional);
    if (!node) return std::nullopt;
    const std::string& t = node->text;
    // Digits only: yaml-cpp's stream conversion would read 0197 as octal.
    const bool four_digits =
        t.size() == 4 && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (four_digits && is_supported_year(std::stoi(t))) return std::stoi(t);
    problems_.error(node->mark, four_digits ? Message{MessageId::invalid_year, t, key, year_range_message()}
                                            : Message{MessageId::invalid_year_digits, t, key});
    return std::nullopt;
}

std::optional<bool> Fields::flag(std::string_view key) {
    const YamlNode* node = scalar(key, Need::optional);
    if (!node) return std::nullopt;
    if (const auto value = plain_boolean(*node)) return value;
    problems_.error(node->mark, Message{MessageId::invalid_flag, key, node->text});
    return std::nullopt;
}

std::vector<std::string> Fields::text_list(std::string_view key) {
    std::vector<std::string> out;
    for (const YamlNode& item : list(key))
        if (item.is_scalar() || expect_scalar(item, Message{MessageId::item_of_key, key}, problems_))
            out.push_back(item.text);
    return out;
}

const std::vector<YamlNode>& Fields::list(std::string_view key) {
    const YamlNode* node = value(key);
    if (!node) return no_items;
    if (node->kind == YamlNode::Kind::sequence) return node->children;
    problems_.error(node->mark, Message{MessageId::not_a_list, key, Message{what_}, describe(*node)});
    return no_items;
}

}  // namespace repjourney

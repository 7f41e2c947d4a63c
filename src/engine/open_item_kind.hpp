#pragma once
// The kinds of open item (engine/journey.hpp's OpenItem), on their own so that the message catalogue can key
// each kind's words on it without the whole journey.

#include <array>
#include <cstddef>

namespace repjourney {

// A new kind: here, where open_items (engine/journey.cpp) finds it, and one row of open_item_words in
// render/i18n.hpp for its words.
enum class OpenItemKind { milestone, feedback, goal, nomination };

inline constexpr std::array all_open_item_kinds{OpenItemKind::milestone, OpenItemKind::feedback, OpenItemKind::goal,
                                                OpenItemKind::nomination};

constexpr std::size_t index_of(OpenItemKind kind) { return static_cast<std::size_t>(kind); }

}  // namespace repjourney

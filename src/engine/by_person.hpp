#pragma once
// Items grouped by their representative (suggestions, term endings), each group in the items' own
// order. Built once, so that a report going person by person finds one person's items without a
// pass over everyone's: 50,000 people times every suggestion is not a report.

#include <algorithm>
#include <cstdint>
#include <span>
#include <unordered_map>
#include <vector>

#include "model/model.hpp"

namespace repjourney {

// Item has `const Representative* representative`. Keeps pointers into the items, which must
// outlive the index and not move (moving the vector that holds them is fine).
template <typename Item>
class ByPerson {
public:
    ByPerson() = default;
    explicit ByPerson(std::span<const Item> items) {
        items_.reserve(items.size());
        for (const Item& item : items) items_.push_back(&item);
        // Stable: within a person the items keep their order.
        std::stable_sort(items_.begin(), items_.end(), [](const Item* a, const Item* b) {
            return std::less<const Representative*>{}(a->representative, b->representative);
        });
        for (std::uint32_t first = 0, last = 0; first < items_.size(); first = last) {
            while (last < items_.size() && items_[last]->representative == items_[first]->representative) ++last;
            groups_.emplace(items_[first]->representative, Group{first, last - first});
        }
    }

    // The representative's items; none when they have none.
    std::span<const Item* const> of(const Representative& rep) const {
        const auto found = groups_.find(&rep);
        if (found == groups_.end()) return {};
        return std::span<const Item* const>{items_}.subspan(found->second.first, found->second.count);
    }

private:
    struct Group {
        std::uint32_t first = 0;
        std::uint32_t count = 0;
    };
    std::vector<const Item*> items_;  // grouped by person
    std::unordered_map<const Representative*, Group> groups_;
};

}  // namespace repjourney

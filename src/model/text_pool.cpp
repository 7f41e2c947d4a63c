#include "model/text_pool.hpp"

#include <algorithm>
#include <cstring>

namespace repjourney {

namespace {
// Blocks grow from small (the first is 256 bytes: see block_bytes_), since a pool may serve one
// small file of many thousands.
constexpr std::size_t largest_block_bytes = std::size_t{64} * 1024;
}  // namespace

std::string_view TextPool::keep(std::string_view text) {
    if (text.empty()) return {};
    if (const auto found = kept_.find(text); found != kept_.end()) return *found;
    const std::string_view kept = copy(text);
    kept_.insert(kept);
    return kept;
}

std::string_view TextPool::copy(std::string_view text) {
    if (text.empty()) return {};
    char* place = room_for(text.size());
    std::memcpy(place, text.data(), text.size());
    return {place, text.size()};
}

char* TextPool::room_for(std::size_t size) {
    if (size > largest_block_bytes / 4) return block(size);  // the current block keeps its room
    if (room_ < size) {
        block_bytes_ = std::max(size, std::min(2 * block_bytes_, largest_block_bytes));
        blocks_.push_back(std::make_unique_for_overwrite<char[]>(block_bytes_));
        current_ = blocks_.back().get();
        room_ = block_bytes_;
    }
    char* place = current_ + (block_bytes_ - room_);
    room_ -= size;
    return place;
}

char* TextPool::block(std::size_t size) {
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    return blocks_.back().get();
}

void TextPool::take_over(TextPool&& other) {
    // Other's views stay valid; its texts are not looked up here, which only costs a second copy
    // of a text both pools hold.
    blocks_.insert(blocks_.end(), std::make_move_iterator(other.blocks_.begin()),
                   std::make_move_iterator(other.blocks_.end()));
    other = TextPool{};
}

void TextPool::drop_index() { kept_ = {}; }

}  // namespace repjourney

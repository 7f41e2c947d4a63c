#pragma once
// The ids and short texts that events repeat, stored once each: half a million
// events name a few tens of thousands of people, roles and milestones. Views into
// a pool stay valid while it lives, also after its blocks are taken over by another.

#include <cstddef>
#include <memory>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace repjourney {

class TextPool {
public:
    // A view of text that lives as long as the pool (or the pool that takes it over).
    std::string_view keep(std::string_view text);
    // The same, without looking for it among the kept texts or keeping it there: for texts
    // seldom written twice (an event's note).
    std::string_view copy(std::string_view text);
    // Room for size bytes that the caller writes texts into, valid as long as kept texts are
    // (for texts read in bulk, already told apart: keep() never finds them).
    char* block(std::size_t size);
    // Takes other's blocks, so views into other stay valid; other is left empty.
    void take_over(TextPool&& other);
    // Frees the index of what is kept, on the thread that built it: a pool whose blocks a
    // pool on another thread takes over keeps no more texts. Keeping still works, without
    // finding texts kept before.
    void drop_index();
    bool empty() const { return blocks_.empty(); }

private:
    char* room_for(std::size_t size);

    std::vector<std::unique_ptr<char[]>> blocks_;  // never moved or freed while the pool lives
    char* current_ = nullptr;                      // the block new texts go to
    std::size_t block_bytes_ = 128;                // of the current block; the first has twice this
    std::size_t room_ = 0;                         // unused bytes at the end of the current block
    std::unordered_set<std::string_view> kept_;
};

}  // namespace repjourney

#pragma once
// Large arrays of the model in huge pages (a hint to Linux; elsewhere, or when the system says never,
// nothing changes). Fresh memory costs a page fault a page when first written, and on a virtual
// machine a fault may cost ten microseconds: the 75 MB of events of 50,000 people are 18,000 faults in
// small pages, and a few dozen in huge ones.

#include <cstddef>
#include <vector>

namespace repjourney {

inline constexpr std::size_t huge_page_bytes = std::size_t{2} << 20;  // x86-64's and arm64's (4 KB pages)

// Asks for huge pages for the whole ones within [start, start + bytes); nothing for less than a few.
void advise_huge_pages(void* start, std::size_t bytes);

// items.reserve(count), the room in huge pages when it is large.
template <typename T>
void reserve_in_huge_pages(std::vector<T>& items, std::size_t count) {
    items.reserve(count);
    advise_huge_pages(items.data(), items.capacity() * sizeof(T));
}

}  // namespace repjourney

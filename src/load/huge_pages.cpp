#include "load/huge_pages.hpp"

#include <cstdint>

#include <sys/mman.h>

namespace repjourney {

void advise_huge_pages(void* start, std::size_t bytes) {
    // Only the huge pages wholly inside, which hold nothing else. A block under two huge pages holds one
    // at most: not worth a call.
    if (bytes < 2 * huge_page_bytes) return;
    char* const first = static_cast<char*>(start);
    const auto address = reinterpret_cast<std::uintptr_t>(first);
    const std::size_t to_whole = (huge_page_bytes - address % huge_page_bytes) % huge_page_bytes;
    const std::size_t whole = (bytes - to_whole) / huge_page_bytes * huge_page_bytes;
    if (whole > 0) ::madvise(first + to_whole, whole, MADV_HUGEPAGE);
}

}  // namespace repjourney

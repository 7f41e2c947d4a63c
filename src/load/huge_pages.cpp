#include "load/huge_pages.hpp"

#include <cstdint>

#include <sys/mman.h>

namespace repjourney {

namespace {
constexpr std::uintptr_t huge_page_bytes = std::uintptr_t{2} << 20;
}  // namespace

void advise_huge_pages(const void* start, std::size_t bytes) {
    // Only the huge pages wholly inside, which hold nothing else; a block of less than two holds none
    // for sure, and is not worth a call.
    if (bytes < 2 * huge_page_bytes) return;
    const auto begin = (reinterpret_cast<std::uintptr_t>(start) + huge_page_bytes - 1) & ~(huge_page_bytes - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(start) + bytes) & ~(huge_page_bytes - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

}  // namespace repjourney

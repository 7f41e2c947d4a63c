// Large arrays of the model are asked for in huge pages: the kernel marks the memory advised ("hg" in
// /proc/self/smaps' VmFlags), whatever the system's setting, and small arrays are left alone.

#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "load/huge_pages.hpp"

using namespace repjourney;

namespace {
// The VmFlags of the mapping that holds address, from /proc/self/smaps; empty when none does.
std::string vm_flags_at(const void* address) {
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream smaps{"/proc/self/smaps"};
    std::string line;
    bool inside = false;
    while (std::getline(smaps, line)) {
        std::uintptr_t begin = 0;
        std::uintptr_t end = 0;
        char dash = 0;
        if (std::istringstream range{line}; range >> std::hex >> begin >> dash >> end && dash == '-') {
            inside = begin <= at && at < end;
        } else if (inside && line.starts_with("VmFlags:")) {
            return line;
        }
    }
    return {};
}

bool advised(const void* address) { return vm_flags_at(address).find(" hg") != std::string::npos; }
}  // namespace

TEST_CASE("huge pages: a large array's whole huge pages are advised, a small one's memory is not") {
    std::vector<std::uint64_t> large;
    reserve_in_huge_pages(large, (std::size_t{16} << 20) / sizeof(std::uint64_t));
    REQUIRE(large.capacity() * sizeof(std::uint64_t) >= std::size_t{16} << 20);
    const char* start = reinterpret_cast<const char*>(large.data());
    CHECK(advised(start + (std::size_t{8} << 20)));  // the middle lies in a whole huge page

    std::vector<std::uint64_t> small;
    reserve_in_huge_pages(small, 1000);
    CHECK(small.capacity() >= 1000);
    CHECK_FALSE(vm_flags_at(small.data()).empty());
    CHECK_FALSE(advised(small.data()));
}

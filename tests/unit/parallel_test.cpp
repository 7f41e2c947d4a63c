// Work spread over the cores: every item once, ranges that cover [0, n), texts delivered in order.

#include <doctest/doctest.h>

#include <atomic>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "threads/parallel.hpp"

using namespace repjourney;

TEST_CASE("parallel: parallel_for calls the work once for every item, on more than one thread for many") {
    const std::size_t n = 10'000;
    std::vector<std::atomic<int>> calls(n);
    std::vector<std::thread::id> threads(n);
    parallel_for(n, [&](std::size_t i) {
        ++calls[i];
        threads[i] = std::this_thread::get_id();
    });
    for (const auto& c : calls) CHECK(c == 1);
    if (std::thread::hardware_concurrency() > 1) CHECK(threads.front() != threads.back());
}

TEST_CASE("parallel: make_in_order delivers every item's text once, in order, across chunks and cores") {
    for (const std::size_t n : {0UL, 1UL, 255UL, items_made_at_once, items_made_at_once + 1, 5000UL}) {
        CAPTURE(n);
        std::string expected;
        for (std::size_t i = 0; i < n; ++i) expected += std::to_string(i) + ',';
        std::string delivered;
        std::size_t deliveries = 0;
        make_in_order(
            n,
            [](std::size_t begin, std::size_t end) {
                std::string text;
                for (std::size_t i = begin; i < end; ++i) text += std::to_string(i) + ',';
                return text;
            },
            [&](const std::string& run) {
                CHECK_FALSE(run.empty());
                delivered += run;
                ++deliveries;
            });
        CHECK(delivered == expected);
        CHECK(deliveries <=
              (n + items_made_at_once - 1) / items_made_at_once * std::max(1U, std::thread::hardware_concurrency()));
    }
}

TEST_CASE("parallel: an item with no text is skipped, and a failure on any core is thrown here") {
    std::string delivered;
    make_in_order(
        3000, [](std::size_t begin, std::size_t) { return begin == 0 ? std::string{"first"} : std::string{}; },
        [&](const std::string& run) { delivered += run; });
    CHECK(delivered == "first");
    CHECK_THROWS_AS(make_in_order(
                        3000,
                        [](std::size_t begin, std::size_t end) -> std::string {
                            if (begin <= 2999 && 2999 < end) throw std::runtime_error("the last item");
                            return "x";
                        },
                        [](const std::string&) {}),
                    std::runtime_error);
}

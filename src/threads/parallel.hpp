#pragma once
// Work over many representatives, spread over the machine's cores.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace repjourney {

// Calls work(begin, end) for contiguous ranges that together cover [0, n), one range per core
// (one call in all for small jobs, which are not worth a thread). work must only read what it
// shares. The first exception thrown is rethrown here.
template <typename Work>
void parallel_ranges(std::size_t n, const Work& work) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(cores, n / 256 + 1);
    if (threads <= 1) {
        work(std::size_t{0}, n);
        return;
    }
    std::vector<std::exception_ptr> failures(threads);
    std::vector<std::thread> workers;
    workers.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            try {
                work(n * t / threads, n * (t + 1) / threads);
            } catch (...) {
                failures[t] = std::current_exception();
            }
        });
    for (auto& worker : workers) worker.join();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

// Calls work(i) for every i in [0, n), each core taking one contiguous range.
template <typename Work>
void parallel_for(std::size_t n, const Work& work) {
    parallel_ranges(n, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) work(i);
    });
}

}  // namespace repjourney

#pragma once
// Work over many representatives, spread over the machine's cores.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace repjourney {

// Calls work(i) for every i in [0, n), each core taking one contiguous range. work must
// only read what it shares. The first exception thrown is rethrown here.
template <typename Work>
void parallel_for(std::size_t n, const Work& work) {
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t threads = std::min(cores, n / 256 + 1);  // small jobs are not worth a thread
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) work(i);
        return;
    }
    std::vector<std::exception_ptr> failures(threads);
    std::vector<std::thread> workers;
    for (std::size_t t = 0; t < threads; ++t)
        workers.emplace_back([&, t] {
            try {
                for (std::size_t i = n * t / threads; i < n * (t + 1) / threads; ++i) work(i);
            } catch (...) {
                failures[t] = std::current_exception();
            }
        });
    for (auto& worker : workers) worker.join();
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

}  // namespace repjourney

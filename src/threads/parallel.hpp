#pragma once
// Work over many representatives, spread over the machine's cores.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <string>
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

// Makes the text of items [0, n) on every core, a chunk of them at a time, and hands each core's run
// of a chunk to deliver in order: a report on fifty thousand people is written on all cores while
// only a chunk's text is held. make(begin, end) returns the text of items [begin, end); it must only
// read what it shares. deliver(text) is called on this thread, with no empty text.
// A chunk is 512 items: an export's card of a person may be 20 KB, and a chunk's text is held twice for
// a moment (made, and being written).
inline constexpr std::size_t items_made_at_once = 512;

template <typename Make, typename Deliver>
void make_in_order(std::size_t n, const Make& make, const Deliver& deliver) {
    constexpr std::size_t chunk = items_made_at_once;
    std::vector<std::string> runs;
    for (std::size_t start = 0; start < n; start += chunk) {
        const std::size_t count = std::min(chunk, n - start);
        runs.assign(count, std::string{});
        parallel_ranges(count,
                        [&](std::size_t begin, std::size_t end) { runs[begin] = make(start + begin, start + end); });
        for (std::size_t i = 0; i < count; ++i)
            if (!runs[i].empty()) deliver(std::move(runs[i]));
    }
}

}  // namespace repjourney

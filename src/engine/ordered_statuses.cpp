#include "engine/ordered_statuses.hpp"

#include <algorithm>
#include <numeric>
#include <optional>

#include "diagnostics/timings.hpp"
#include "threads/parallel.hpp"

namespace repjourney {

namespace {
// Statuses computed on every core this many at a time, and held no longer (nor, by status, their JSON:
// about four kilobytes each).
constexpr std::size_t chunk_size = 1024;

// The statuses of these representatives (indexes into the model's), in this order, a chunk at a time.
void in_chunks(const Snapshot& snapshot, std::span<const std::size_t> listed, const StatusChunkUse& use) {
    const auto& representatives = snapshot.model().representatives;
    std::vector<RepresentativeStatus> chunk;
    for (std::size_t start = 0; start < listed.size(); start += chunk_size) {
        const std::size_t count = std::min(chunk_size, listed.size() - start);
        chunk.assign(count, RepresentativeStatus{});
        parallel_for(count, [&](std::size_t i) {
            chunk[i] = representative_status(snapshot, representatives[listed[start + i]]);
        });
        use(chunk);
    }
}
}  // namespace

void for_each_status(const Snapshot& snapshot, const StatusFilter& keep, StatusOrder order, const StatusUse& use) {
    for_each_status_chunk(snapshot, keep, order, [&](std::span<const RepresentativeStatus> chunk) {
        for (const auto& status : chunk) use(status);
    });
}

void for_each_status_chunk(const Snapshot& snapshot, const StatusFilter& keep, StatusOrder order,
                           const StatusChunkUse& use) {
    const auto& representatives = snapshot.model().representatives;
    // First the order: every status once, keeping only what sorting needs.
    std::vector<std::optional<StatusRank>> ranks(representatives.size());
    parallel_for(representatives.size(), [&](std::size_t i) {
        const RepresentativeStatus status = representative_status(snapshot, representatives[i]);
        if (keep(status)) ranks[i] = rank_of(status);
    });
    std::vector<std::size_t> listed;
    for (std::size_t i = 0; i < ranks.size(); ++i)
        if (ranks[i]) listed.push_back(i);
    std::stable_sort(listed.begin(), listed.end(),
                     [&](std::size_t a, std::size_t b) { return comes_before(*ranks[a], *ranks[b], order); });
    ranks = {};
    timing_mark("ranked");
    // Then the statuses again, in that order.
    in_chunks(snapshot, listed, use);
}

void for_each_status_in_data_order(const Snapshot& snapshot, const StatusUse& use) {
    std::vector<std::size_t> everyone(snapshot.model().representatives.size());
    std::iota(everyone.begin(), everyone.end(), std::size_t{0});
    in_chunks(snapshot, everyone, [&](std::span<const RepresentativeStatus> chunk) {
        for (const auto& status : chunk) use(status);
    });
}

}  // namespace repjourney

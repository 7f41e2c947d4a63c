#include "text/spelling.hpp"

#include <algorithm>
#include <numeric>

namespace repjourney {

namespace {
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}
}  // namespace

std::string closest_match(std::string_view word, const std::vector<std::string_view>& candidates) {
    // About a third of the word's length, at least one and at most three edits: enough
    // for typos and transpositions, not so many that unrelated words match.
    const std::size_t limit = std::clamp<std::size_t>((word.size() + 2) / 3, 1, 3);
    std::string_view best;
    std::size_t best_distance = limit + 1;
    for (const auto candidate : candidates) {
        if (word.size() > 64 || candidate.size() > 64) continue;  // keeps the cost bounded on hostile input
        const auto distance = edit_distance(word, candidate);
        if (distance < best_distance) {
            best = candidate;
            best_distance = distance;
        }
    }
    return std::string{best};
}

std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates) {
    const auto match = closest_match(word, candidates);
    return match.empty() ? std::string{} : " (did you mean '" + match + "'?)";
}

}  // namespace repjourney

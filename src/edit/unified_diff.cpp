#include "edit/unified_diff.hpp"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

namespace repjourney {

namespace {

struct Lines {
    std::vector<std::string_view> lines;  // without their '\n'
    bool last_has_break = true;
};

Lines split(std::string_view text) {
    Lines out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto newline = text.find('\n', start);
        if (newline == std::string_view::npos) {
            out.lines.push_back(text.substr(start));
            out.last_has_break = false;
            break;
        }
        out.lines.push_back(text.substr(start, newline - start));
        start = newline + 1;
    }
    return out;
}

enum class Op { same, removed, added };

// Myers' O((N+M)D) shortest edit script between a and b.
std::vector<Op> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
    const auto n = static_cast<long>(a.size());
    const auto m = static_cast<long>(b.size());
    const long max = n + m;
    std::vector<long> v(static_cast<std::size_t>(2 * max + 2), 0);
    std::vector<std::vector<long>> trace;
    const auto at = [&](long k) -> long& { return v[static_cast<std::size_t>(k + max)]; };
    for (long d = 0; d <= max; ++d) {
        trace.push_back(v);
        for (long k = -d; k <= d; k += 2) {
            long x = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? at(k + 1) : at(k - 1) + 1;
            long y = x - k;
            while (x < n && y < m && a[static_cast<std::size_t>(x)] == b[static_cast<std::size_t>(y)]) ++x, ++y;
            at(k) = x;
            if (x < n || y < m) continue;
            // Found: walk the trace back from (n, m).
            std::vector<Op> script;
            for (long step = d; step > 0; --step) {
                const auto& before = trace[static_cast<std::size_t>(step)];
                const auto was = [&](long kk) { return before[static_cast<std::size_t>(kk + max)]; };
                const long kk = x - y;
                const bool down = kk == -step || (kk != step && was(kk - 1) < was(kk + 1));
                const long prev_k = down ? kk + 1 : kk - 1;
                const long prev_x = was(prev_k);
                const long prev_y = prev_x - prev_k;
                while (x > prev_x && y > prev_y) script.push_back(Op::same), --x, --y;
                script.push_back(down ? Op::added : Op::removed);
                x = prev_x;
                y = prev_y;
            }
            while (x > 0 && y > 0) script.push_back(Op::same), --x, --y;
            std::reverse(script.begin(), script.end());
            return script;
        }
    }
    return {};
}

constexpr std::size_t context = 3;

std::string range(std::size_t first, std::size_t count) {
    // diff -u: "l,s", "l" when s is 1, and the line before when s is 0.
    if (count == 1) return fmt::format("{}", first + 1);
    return fmt::format("{},{}", count == 0 ? first : first + 1, count);
}

}  // namespace

std::string unified_diff(std::string_view name, std::string_view old_text, std::string_view new_text) {
    if (old_text == new_text) return {};
    const Lines a = split(old_text);
    const Lines b = split(new_text);
    // The marker of a missing last line break belongs to the line: such a line differs from the same
    // line with its break.
    std::vector<std::string> a_keys(a.lines.begin(), a.lines.end());
    std::vector<std::string> b_keys(b.lines.begin(), b.lines.end());
    if (!a.last_has_break && !a_keys.empty()) a_keys.back() += '\0';
    if (!b.last_has_break && !b_keys.empty()) b_keys.back() += '\0';
    const std::vector<std::string_view> a_view(a_keys.begin(), a_keys.end());
    const std::vector<std::string_view> b_view(b_keys.begin(), b_keys.end());
    // Only what lies between the lines both texts start and end with is searched.
    std::size_t prefix = 0;
    while (prefix < a_view.size() && prefix < b_view.size() && a_view[prefix] == b_view[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a_view.size() - prefix && suffix < b_view.size() - prefix &&
           a_view[a_view.size() - 1 - suffix] == b_view[b_view.size() - 1 - suffix])
        ++suffix;
    std::vector<Op> script(prefix, Op::same);
    for (const Op op : edit_script(
             {a_view.begin() + static_cast<std::ptrdiff_t>(prefix), a_view.end() - static_cast<std::ptrdiff_t>(suffix)},
             {b_view.begin() + static_cast<std::ptrdiff_t>(prefix),
              b_view.end() - static_cast<std::ptrdiff_t>(suffix)}))
        script.push_back(op);
    script.insert(script.end(), suffix, Op::same);

    // An absolute path as patch -p1 reads it from the root: a/srv/branch12/people.yaml.
    while (name.starts_with('/')) name.remove_prefix(1);
    std::string out =
        fmt::format("--- {}\n+++ b/{}\n", old_text.empty() ? "/dev/null" : "a/" + std::string{name}, name);
    const auto line_out = [&](char sign, std::string_view key) {
        const bool unterminated = !key.empty() && key.back() == '\0';
        out += sign;
        out += unterminated ? key.substr(0, key.size() - 1) : key;
        out += unterminated ? "\n\\ No newline at end of file\n" : "\n";
    };
    std::size_t i = 0;
    while (i < script.size()) {
        if (script[i] == Op::same) {
            ++i;
            continue;
        }
        // A hunk: from context lines before the change to context lines after its last change,
        // joining changes that are closer than twice the context.
        const std::size_t start = i >= context ? i - context : 0;
        std::size_t end = i;
        for (std::size_t same_run = 0; end < script.size(); ++end) {
            same_run = script[end] == Op::same ? same_run + 1 : 0;
            if (same_run > 2 * context) break;
        }
        // Trailing context: at most `context` same lines after the last change.
        std::size_t last_change = end;
        while (last_change > i && script[last_change - 1] == Op::same) --last_change;
        end = std::min(script.size(), last_change + context);
        std::size_t a_line = 0, b_line = 0;
        for (std::size_t j = 0; j < start; ++j) {
            if (script[j] != Op::added) ++a_line;
            if (script[j] != Op::removed) ++b_line;
        }
        std::size_t a_count = 0, b_count = 0;
        for (std::size_t j = start; j < end; ++j) {
            if (script[j] != Op::added) ++a_count;
            if (script[j] != Op::removed) ++b_count;
        }
        out += fmt::format("@@ -{} +{} @@\n", range(a_line, a_count), range(b_line, b_count));
        std::size_t ai = a_line, bi = b_line;
        for (std::size_t j = start; j < end; ++j) {
            switch (script[j]) {
                case Op::same: line_out(' ', a_view[ai++]), ++bi; break;
                case Op::removed: line_out('-', a_view[ai++]); break;
                case Op::added: line_out('+', b_view[bi++]); break;
            }
        }
        i = end;
    }
    return out;
}

}  // namespace repjourney

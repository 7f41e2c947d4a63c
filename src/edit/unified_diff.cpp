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
    // Lines only added (a new file) or only removed: nothing to search, and the search's memory
    // grows with the square of the lines that differ.
    if (a.empty() || b.empty()) {
        std::vector<Op> script(a.size(), Op::removed);
        script.insert(script.end(), b.size(), Op::added);
        return script;
    }
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

namespace {

// A text's lines for comparing: a last line without its line break differs from the same line
// with one, so it carries a '\0' that the output turns into "\ No newline at end of file".
std::vector<std::string> keyed_lines(std::string_view text) {
    const Lines lines = split(text);
    std::vector<std::string> keys(lines.lines.begin(), lines.lines.end());
    if (!lines.last_has_break && !keys.empty()) keys.back() += '\0';
    return keys;
}

// The hunks of a script of whole-line operations from a to b.
std::string format_script(std::string_view name, bool new_file, const std::vector<Op>& script,
                          const std::vector<std::string>& a_view, const std::vector<std::string>& b_view) {
    // An absolute path as patch -p1 reads it from the root: a/srv/branch12/people.yaml.
    while (name.starts_with('/')) name.remove_prefix(1);
    std::string out = fmt::format("--- {}\n+++ b/{}\n", new_file ? "/dev/null" : "a/" + std::string{name}, name);
    const auto line_out = [&](char sign, std::string_view key) {
        const bool unterminated = !key.empty() && key.back() == '\0';
        out += sign;
        out += unterminated ? key.substr(0, key.size() - 1) : key;
        out += unterminated ? "\n\\ No newline at end of file\n" : "\n";
    };
    std::size_t i = 0;
    std::size_t counted = 0, a_before = 0, b_before = 0;
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
        // The lines before the hunk, counted on from the last hunk's start: linear in all.
        for (; counted < start; ++counted) {
            if (script[counted] != Op::added) ++a_before;
            if (script[counted] != Op::removed) ++b_before;
        }
        const std::size_t a_line = a_before, b_line = b_before;
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

}  // namespace

std::string unified_diff(std::string_view name, std::string_view old_text, std::string_view new_text) {
    if (old_text == new_text) return {};
    const std::vector<std::string> a_view = keyed_lines(old_text);
    const std::vector<std::string> b_view = keyed_lines(new_text);
    // Only what lies between the lines both texts start and end with is searched.
    std::size_t prefix = 0;
    while (prefix < a_view.size() && prefix < b_view.size() && a_view[prefix] == b_view[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a_view.size() - prefix && suffix < b_view.size() - prefix &&
           a_view[a_view.size() - 1 - suffix] == b_view[b_view.size() - 1 - suffix])
        ++suffix;
    const auto middle = [&](const std::vector<std::string>& lines) {
        return std::vector<std::string_view>(lines.begin() + static_cast<std::ptrdiff_t>(prefix),
                                             lines.end() - static_cast<std::ptrdiff_t>(suffix));
    };
    std::vector<Op> script(prefix, Op::same);
    for (const Op op : edit_script(middle(a_view), middle(b_view))) script.push_back(op);
    script.insert(script.end(), suffix, Op::same);
    return format_script(name, old_text.empty(), script, a_view, b_view);
}

std::string unified_diff_of_splices(std::string_view name, std::string_view old_text,
                                    const std::vector<LineSplice>& splices) {
    std::string new_text;
    std::vector<Op> script;
    std::size_t at = 0;  // in old_text, at the start of a line
    std::size_t old_line = 0;
    const std::vector<std::string> a_view = keyed_lines(old_text);
    for (const LineSplice& splice : splices) {
        // Lines before the splice are the same; within it, what both sides begin and end with is too.
        const std::string_view before = old_text.substr(at, splice.old_begin - at);
        const std::size_t same_before = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
        script.insert(script.end(), same_before, Op::same);
        old_line += same_before;
        const std::vector<std::string> old_lines =
            keyed_lines(old_text.substr(splice.old_begin, splice.old_end - splice.old_begin));
        std::vector<std::string> new_lines = keyed_lines(splice.new_text);
        std::size_t head = 0;
        while (head < old_lines.size() && head < new_lines.size() && old_lines[head] == new_lines[head]) ++head;
        std::size_t tail = 0;
        while (tail < old_lines.size() - head && tail < new_lines.size() - head &&
               old_lines[old_lines.size() - 1 - tail] == new_lines[new_lines.size() - 1 - tail])
            ++tail;
        script.insert(script.end(), head, Op::same);
        script.insert(script.end(), old_lines.size() - head - tail, Op::removed);
        script.insert(script.end(), new_lines.size() - head - tail, Op::added);
        script.insert(script.end(), tail, Op::same);
        old_line += old_lines.size();
        new_text.append(old_text.substr(at, splice.old_begin - at));
        new_text += splice.new_text;
        at = splice.old_end;
    }
    script.insert(script.end(), a_view.size() - std::min(a_view.size(), old_line), Op::same);
    new_text.append(old_text.substr(at));
    if (new_text == old_text) return {};
    return format_script(name, old_text.empty(), script, a_view, keyed_lines(new_text));
}

}  // namespace repjourney

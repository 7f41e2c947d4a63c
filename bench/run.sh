#!/usr/bin/env bash
# The repjourney scale benchmark: generate data sets (cached), time `check`,
# `status --format json`, the other reports and exports, and the yaml-cpp floor
# on each, and say whether the targets of the issues "Scale and hardening" and
# "Interactive at national scale" are met. See bench/README.md.
#
#   bench/run.sh [OPTIONS] [SET...]
#
# SET is N (single file), N:single, N:per-person, N:both or N:long-notes (one file, every note long);
# N may end in k (50k = 50000). Default: 1k 10k 50k 50k:per-person 50k:long-notes 200k.
set -euo pipefail

readonly AS_OF=2026-11-23
readonly FLOOR_BIN=/tmp/yaml_floor
# Targets: status at the reference size against the floor and in memory,
# per-person against single at the reference size, the big size against it.
readonly TARGET_FLOOR_RATIO=1.2
readonly TARGET_PEAK_MB=250
readonly TARGET_PER_PERSON_RATIO=0.6
readonly TARGET_SCALING_RATIO=4.3  # for 4x the people; scaled linearly for other pairs
readonly TARGET_RECORD_RATIO=1.2  # record against check of the same data: no second full parse
# Every export against status at the reference size, in time and in memory.
readonly TARGET_EXPORT_RATIO=1.3
readonly TARGET_EXPORT_PEAK_MB=300
# The reports timed beside status, by name: export-json runs `export json`. The exports are judged
# against the targets above; the others are shown for information.
# status-table is `status` as an organiser runs it (a table): its peak is judged with status's.
readonly REPORTS=(status-table retention export-json export-ics export-html export-xlsx remind terms recognize)
# The parse cache, against the floor of the same files: warm status, warm __complete reps (also in
# seconds), one person's file changed, and cold runs (an empty cache, written as they go).
readonly TARGET_WARM_RATIO=0.1
readonly TARGET_COMPLETE_RATIO=0.03
readonly TARGET_COMPLETE_SECONDS=0.2
readonly TARGET_CHANGED_RATIO=0.15
readonly TARGET_COLD_RATIO=1.2

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
binary=$repo_dir/build/repjourney
data_root=${BENCH_DIR:-/tmp/repjourney-bench}
seed=1
repeat=1
ref=50000
big=200000
strict=0

usage() {
    cat <<EOF
usage: bench/run.sh [OPTIONS] [SET...]

SET is N (one file), N:single, N:per-person, N:both or N:long-notes (one file
whose notes are long); N may end in k.
Default sets: 1k 10k 50k 50k:per-person 50k:long-notes 200k.

Options:
  --binary PATH   repjourney to measure (default: build/repjourney)
  --seed S        generator seed (default 1)
  --repeat N      N rounds of every measurement; the table shows the fastest,
                  the ratios are the median of the rounds' (default 1)
  --ref N         reference size for the targets (default 50000)
  --big N         size compared with --ref for scaling (default 200000)
  --strict        exit 1 when a target is not met
  -h, --help      this help

Data sets are cached in \$BENCH_DIR (default /tmp/repjourney-bench), keyed by
size, layout, seed and the generator's checksum.
EOF
}

die() {
    echo "run.sh: error: $*" >&2
    exit 64
}

expand_size() {  # 50k -> 50000
    local n=$1
    [[ $n =~ ^[0-9]+[kK]?$ ]] || die "not a size: '$n'"
    if [[ $n == *[kK] ]]; then n=$((${n%?} * 1000)); fi
    ((n > 0)) || die "a size must be at least 1"
    echo "$n"
}

sets=()
while (($#)); do
    case $1 in
        --binary) binary=${2:?--binary needs a path}; shift 2 ;;
        --binary=*) binary=${1#*=}; shift ;;
        --seed) seed=${2:?--seed needs a number}; shift 2 ;;
        --repeat) repeat=${2:?--repeat needs a number}; shift 2 ;;
        --ref) ref=$(expand_size "${2:?--ref needs a size}"); shift 2 ;;
        --big) big=$(expand_size "${2:?--big needs a size}"); shift 2 ;;
        --strict) strict=1; shift ;;
        -h | --help) usage; exit 0 ;;
        -*) usage >&2; die "unknown option '$1'" ;;
        *)
            size=${1%%:*}
            layout=single
            [[ $1 == *:* ]] && layout=${1#*:}
            size=$(expand_size "$size")
            case $layout in
                single | per-person | long-notes) sets+=("$size:$layout") ;;
                both) sets+=("$size:single" "$size:per-person") ;;
                *) die "unknown layout '$layout' in '$1': use single, per-person, both or long-notes" ;;
            esac
            shift
            ;;
    esac
done
((${#sets[@]})) || sets=(1000:single 10000:single 50000:single 50000:per-person 50000:long-notes 200000:single)
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a number"
[[ $repeat =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive number"

[[ -x $binary ]] || {
    echo "run.sh: error: no repjourney binary at '$binary'; build it first (cmake --build build) or pass --binary" >&2
    exit 66
}

# GNU time, for wall time and peak RSS (-v). Debian's package is `time`.
if ! /usr/bin/time -v true >/dev/null 2>&1; then
    echo "run.sh: installing GNU time (Debian package 'time')" >&2
    sudo_cmd=()
    ((EUID == 0)) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y -q time >/dev/null ||
        { "${sudo_cmd[@]}" apt-get update -q >/dev/null && "${sudo_cmd[@]}" apt-get install -y -q time >/dev/null; }
fi

# The rows of the issue "Scale and hardening" are timed without the parse cache, as they were before
# it; the cache's rows give it a directory of their own (see measure_cache).
export REPJOURNEY_CACHE=off

# Commands the binary has; status may not exist yet. A report's name is its words joined by '-'.
words_of() { if [[ $1 == status-table ]]; then echo "status --format table"; else echo "${1/-/ }"; fi; }
# A command's name in the tables.
name_of() { echo "${1/-/ }"; }
# shellcheck disable=SC2046  # the command's words, split on purpose
have_command() { "$binary" $(words_of "$1") --help >/dev/null 2>&1; }
commands=()
for c in check status "${REPORTS[@]}" record; do
    if have_command "$c"; then commands+=("$c"); else echo "note: '$binary $c' is not available; skipped" >&2; fi
done

# The yaml-cpp floor: parse with YAML::Parser and an empty EventHandler.
have_floor=0
if [[ ! -x $FLOOR_BIN || $bench_dir/yaml_floor.cpp -nt $FLOOR_BIN ]]; then
    if g++ -O2 -std=c++20 -pthread "$bench_dir/yaml_floor.cpp" -lyaml-cpp -o "$FLOOR_BIN"; then have_floor=1; else
        echo "note: could not compile bench/yaml_floor.cpp; no floor measurement" >&2
    fi
else
    have_floor=1
fi

# --- data sets, generated once per size, layout, seed and generator ----------

generator_sum=$(cksum <"$bench_dir/generate.py" | cut -d' ' -f1)
mkdir -p "$data_root"

label_of() {  # 50000:per-person -> "50k per-person"
    local size=${1%%:*} layout=${1#*:}
    if ((size % 1000 == 0)); then echo "$((size / 1000))k $layout"; else echo "$size $layout"; fi
}

data_dir_of() { echo "$data_root/${1%%:*}-${1#*:}-s$seed-g$generator_sum"; }

ensure_data() {
    local set=$1 dir
    dir=$(data_dir_of "$set")
    [[ -e $dir/.complete ]] && return 0
    rm -rf "$dir" "$dir.tmp"
    echo "generating $(label_of "$set") into $dir ..." >&2
    local start=$SECONDS
    python3 "$bench_dir/generate.py" --people "${set%%:*}" --layout "${set#*:}" --seed "$seed" \
        --as-of "$AS_OF" --out "$dir.tmp" >&2
    mv "$dir.tmp" "$dir"
    touch "$dir/.complete"  # hidden: repjourney skips it
    echo "  done in $((SECONDS - start)) s" >&2
}

size_mb_of() {
    find "$1" -name '*.yaml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }'
}

# --- measuring ------------------------------------------------------------------

declare -A wall cpu rss peak_kb failed failure_log
declare -A round_walls round_cpus  # every round's wall and CPU seconds, in round order
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
any_failure=0

table_row() { printf '%-16s %8s  %-12s %8s %8s %12s  %s\n' "$@"; }

# measure KEY COMMAND...: one run; keeps its times for the ratios, the fastest wall time (and its
# CPU time) for the table, and the largest peak.
measure() {
    local key=$1
    shift
    local rc seconds cpu_seconds kb
    [[ -n ${failed[$key]:-} ]] && return 0
    if declare -F measure_prepare >/dev/null; then measure_prepare; fi
    rc=0
    /usr/bin/time -v -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || rc=$?
    if ((rc != 0)); then
        failed[$key]=$rc
        cp "$work/stderr" "$work/stderr.$((++failures))"
        failure_log[$key]=$work/stderr.$failures
        any_failure=1
        return 0
    fi
    seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f", s }' "$work/time")
    cpu_seconds=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/time")
    kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")
    round_walls[$key]+=" $seconds"
    round_cpus[$key]+=" $cpu_seconds"
    if [[ -z ${wall[$key]:-} ]] || awk -v a="$seconds" -v b="${wall[$key]}" 'BEGIN { exit !(a < b) }'; then
        wall[$key]=$seconds
        cpu[$key]=$cpu_seconds
    fi
    if [[ -z ${peak_kb[$key]:-} ]] || ((kb > peak_kb[$key])); then peak_kb[$key]=$kb; fi
    rss[$key]=$(awk -v k="${peak_kb[$key]}" 'BEGIN { printf "%.1f", k / 1024 }')
}

# "FILE ID": a representative of the data set and the file that holds them, for record.
representative_and_file() {
    find "$1" -name '*.yaml' -print0 | sort -z | xargs -0 awk '
        /^representatives:/ { listed = 1; next }
        /^[a-z]/ { listed = 0 }
        listed && /^  - id: / { print FILENAME, $3; exit }' 2>/dev/null | head -1
}

print_row() {  # SET_LABEL SIZE_MB COMMAND KEY
    local key=$4
    if [[ -n ${failed[$key]:-} ]]; then
        table_row "$1" "$2" "$3" "-" "-" "-" "FAILED (exit ${failed[$key]})"
        sed -n '1,5s/^/    /p' "${failure_log[$key]}"
    else
        table_row "$1" "$2" "$3" "${wall[$key]}" "${cpu[$key]}" "${rss[$key]}" ""
    fi
}

echo "repjourney scale benchmark"
echo "  binary:  $binary ($("$binary" --version 2>/dev/null | head -1 || echo "no --version"))"
echo "  data:    $data_root (seed $seed), as of $AS_OF"
echo "  machine: $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
echo "  load:    $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine inflates wall times; cpu s is steadier)"
echo "  runs:    $repeat round(s); the table shows the fastest, the ratios are per round (median)"
echo
for set in "${sets[@]}"; do ensure_data "$set"; done

# One run of every measurement per round, so a machine that is slower for a while slows all
# of them alike. Each ratio is taken within a round, and the median of the rounds' ratios
# is the one judged; the table shows the fastest of the rounds. Within a round a command
# runs on every data set back to back, so the layouts and sizes it compares are timed
# seconds apart, and the floor runs just before status on the same file.
ordered_commands=()
for c in status "${REPORTS[@]}" check record; do
    for have in "${commands[@]}"; do [[ $have == "$c" ]] && ordered_commands+=("$c"); done
done
# The parse cache's rows, when the binary has one (--no-cache).
has_cache=0
if "$binary" --help 2>/dev/null | grep -q -- --no-cache && have_command status; then
    has_cache=1
    ordered_commands+=(cache)
fi
cache_rows=(cold warm complete changed recorded)
# with_cache DIR COMMAND...: the command with its parse cache in DIR.
with_cache() {
    local dir=$1
    shift
    env -u REPJOURNEY_CACHE XDG_CACHE_HOME="$dir" "$@"
}
status_args=(status --format json --as-of "$AS_OF")
# The cache's rows on one data set: cold (an empty cache, written as it goes), warm status and warm
# __complete reps; on a per-person set, status after one person's file changed; on a single file,
# status after record appended one event to it (a full parse of that file, the only one).
measure_cache() {
    local set=$1 dir=$2 cache=$work/cache copy=$work/cache-data/${set/:/-}
    local cached=(env -u REPJOURNEY_CACHE XDG_CACHE_HOME="$cache")  # measure runs a program, not a function
    measure_prepare() { rm -rf "$cache"; }
    warm_cache "$dir"
    measure "$set|cold" "${cached[@]}" "$binary" "${status_args[@]}" -d "$dir"
    unset -f measure_prepare
    with_cache "$cache" "$binary" "${status_args[@]}" -d "$dir" >/dev/null  # warm, whatever ran before
    measure "$set|warm" "${cached[@]}" "$binary" "${status_args[@]}" -d "$dir"
    measure "$set|complete" "${cached[@]}" "$binary" __complete reps -d "$dir"
    # The changes go to a copy, made once; each round starts from the set's own files again.
    if [[ ! -d $copy ]]; then mkdir -p "$work/cache-data" && cp -r "$dir" "$copy"; fi
    read -r rep_file rep_id <<<"$(representative_and_file "$dir")"
    local relative=${rep_file#"$dir"/}
    cp "$rep_file" "$copy/$relative"
    warm_cache "$copy"
    with_cache "$cache" "$binary" "${status_args[@]}" -d "$copy" >/dev/null
    if [[ $set == *:per-person ]]; then
        echo "# changed in round $round" >>"$copy/$relative"
        measure "$set|changed" "${cached[@]}" "$binary" "${status_args[@]}" -d "$copy"
    else
        with_cache "$cache" "$binary" record note --as-of "$AS_OF" --note "benchmark" -d "$copy" \
            --file "$copy/$relative" "$rep_id" >/dev/null
        measure "$set|recorded" "${cached[@]}" "$binary" "${status_args[@]}" -d "$copy"
    fi
}
# Reads a data set's files just before a command on it, so that it starts from a warm page
# cache: a virtual machine may drop cached pages within seconds even with memory to spare,
# which costs one disk read per dropped file of the per-person layout.
warm_cache() { find "$1" -name '*.yaml' -print0 | xargs -0 cat >/dev/null; }
for ((round = 1; round <= repeat; round++)); do
    ((repeat > 1)) && echo "round $round of $repeat..." >&2
    for c in "${ordered_commands[@]}"; do
        for set in "${sets[@]}"; do
            dir=$(data_dir_of "$set")
            case $c in
                check)
                    warm_cache "$dir"
                    measure "$set|check" "$binary" check -d "$dir"
                    ;;
                status)
                    # On a per-person set, the floor parses the files on every core, as the loader does.
                    if ((have_floor)); then
                        warm_cache "$dir"
                        measure "$set|floor" "$FLOOR_BIN" --jobs "$(nproc)" "$dir"
                    fi
                    warm_cache "$dir"
                    measure "$set|status" "$binary" status --format json --as-of "$AS_OF" -d "$dir"
                    ;;
                retention)
                    # The board's report: per the issue, it costs no more than status.
                    warm_cache "$dir"
                    measure "$set|retention" "$binary" retention --format json --as-of "$AS_OF" -d "$dir"
                    ;;
                export-xlsx)
                    # A workbook goes to a file (libxlsxwriter writes one in any case).
                    warm_cache "$dir"
                    measure "$set|$c" "$binary" --as-of "$AS_OF" -d "$dir" export xlsx -o "$work/export.xlsx"
                    ;;
                export-* | remind | status-table)
                    warm_cache "$dir"
                    # shellcheck disable=SC2046  # the command's words, split on purpose
                    measure "$set|$c" "$binary" --as-of "$AS_OF" -d "$dir" $(words_of "$c")
                    ;;
                terms | recognize)
                    warm_cache "$dir"
                    measure "$set|$c" "$binary" --as-of "$AS_OF" -d "$dir" "$c" --format json
                    ;;
                record)
                    # record changes the data, so it writes into a copy, made afresh for every run.
                    copy=$work/record-data
                    measure_prepare() { rm -rf "$copy" && cp -r "$dir" "$copy"; }
                    read -r rep_file rep_id <<<"$(representative_and_file "$dir")"
                    measure "$set|record" "$binary" record note --as-of "$AS_OF" --note "benchmark" -d "$copy" \
                        --file "$copy/${rep_file#"$dir"/}" "$rep_id"
                    unset -f measure_prepare
                    rm -rf "$copy"
                    ;;
                cache) measure_cache "$set" "$dir" ;;
            esac
        done
    done
done

table_row "data set" "size MB" "command" "wall s" "cpu s" "peak RSS MB" ""
for set in "${sets[@]}"; do
    dir=$(data_dir_of "$set")
    label=$(label_of "$set")
    mb=$(size_mb_of "$dir")
    for c in "${commands[@]}"; do print_row "$label" "$mb" "$(name_of "$c")" "$set|$c"; done
    for row in "${cache_rows[@]}"; do
        if [[ -n ${wall[$set|$row]:-}${failed[$set|$row]:-} ]]; then print_row "$label" "$mb" "$row" "$set|$row"; fi
    done
    if ((have_floor)); then print_row "$label" "$mb" "floor" "$set|floor"; fi
done

# --- ratios and targets ---------------------------------------------------------

# The targets are the issue's, for `status`; until it exists, `check` stands in.
target_cmd=check
for c in "${commands[@]}"; do [[ $c == status ]] && target_cmd=status; done

missed=0
ratio_row() { printf '  %-40s %10s  %-16s %-8s %s\n' "$@"; }
# report LABEL VALUE [OP LIMIT UNIT NOTE]: one line, with MET / NOT MET when judged.
# Targets are on wall time; NOTE gives the CPU-time ratio, steadier on a busy machine.
judge=0
report() {
    local label=$1 value=$2 op=${3:-} limit=${4:-} unit=${5:-} note=${6:-} result="(info)"
    if [[ $value == n/a ]]; then
        ratio_row "$label" "n/a" "" "$op"
        return 0
    fi
    if ((judge)) && [[ -n $op ]]; then
        if awk -v v="$value" -v l="$limit" -v op="$op" 'BEGIN { exit !((op == "<=" && v <= l) || (op == "<" && v < l)) }'
        then
            result="MET"
        else
            result="NOT MET"
            missed=1
        fi
    fi
    ratio_row "$label" "$value$unit" "${op:+($op $limit$unit)}" "$result" "$note"
}
# ratio_target LABEL KEY_A KEY_B LIMIT NEEDS: A's wall time over B's, at most LIMIT; n/a (NEEDS) unless both ran.
ratio_target() {
    if have "$2" && have "$3"; then
        report "$1" "$(ratio "$2" "$3")" "<=" "$4" "x" "$(cpu_note "$2" "$3")"
    else
        report "$1" n/a "$5"
    fi
}
# peak_target LABEL KEY LIMIT NEEDS: KEY's peak RSS, below LIMIT MB; n/a (NEEDS) unless it ran.
peak_target() {
    if have "$2"; then report "$1" "${rss[$2]}" "<" "$3" " MB"; else report "$1" n/a "$4"; fi
}
# cpu_note KEY_A KEY_B: the CPU-time ratio and, with several rounds, each round's wall-time ratio.
cpu_note() {
    local note="cpu $(median_ratio "${round_cpus[$1]}" "${round_cpus[$2]}")x"
    ((repeat > 1)) && note+="; rounds $(round_ratios "${round_walls[$1]}" "${round_walls[$2]}")"
    echo "($note)"
}
round_ratios() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        n = split(a, x, " "); m = split(b, y, " "); if (m < n) n = m
        for (i = 1; i <= n; i++) printf "%s%.2f", (i > 1 ? " " : ""), x[i] / (y[i] > 0 ? y[i] : 0.01) }'
}
# median_ratio "A1 A2 ..." "B1 B2 ...": the median of A_i / B_i over the rounds both have.
median_ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        n = split(a, x, " "); m = split(b, y, " "); if (m < n) n = m
        for (i = 1; i <= n; i++) r[i] = x[i] / (y[i] > 0 ? y[i] : 0.01)
        for (i = 2; i <= n; i++) for (j = i; j > 1 && r[j - 1] > r[j]; j--) { t = r[j]; r[j] = r[j - 1]; r[j - 1] = t }
        printf "%.2f", n % 2 ? r[(n + 1) / 2] : (r[n / 2] + r[n / 2 + 1]) / 2 }'
}
# ratio KEY_A KEY_B: their wall times' median ratio over the rounds.
ratio() { median_ratio "${round_walls[$1]}" "${round_walls[$2]}"; }
have() { [[ -n ${wall[$1]:-} ]]; }

ref_name=$(label_of "$ref:single")
ref_name=${ref_name% single}
big_name=$(label_of "$big:single")
big_name=${big_name% single}
scaling_target=$(awk -v t="$TARGET_SCALING_RATIO" -v b="$big" -v r="$ref" 'BEGIN { printf "%.2f", t * (b / r) / 4 }')
ref_single="$ref:single"
ref_floor="$ref:single|floor"
ref_pp_floor="$ref:per-person|floor"
big_floor="$big:single|floor"

echo
if [[ $target_cmd == check ]]; then
    echo "Ratios and targets (judged on 'check', standing in for 'status', which this binary lacks)"
else
    echo "Ratios and targets (judged on 'status'; 'check' for information)"
fi
((repeat > 1)) && echo "Each ratio is the median of the $repeat rounds' ratios, judged on wall time."
# other_shape_peaks NAME C: C's peak against status's target on the data shaped unlike the one file (more,
# shorter files; long notes), where those sets ran.
other_shape_peaks() {
    for layout in per-person long-notes; do
        if have "$ref:$layout|$2"; then
            peak_target "$1 peak RSS, $ref_name $layout" "$ref:$layout|$2" "$TARGET_PEAK_MB" ""
        fi
    done
}
is_report() { [[ " ${REPORTS[*]} " == *" $1 "* ]]; }
# report_ratios NAME: a report against status at the reference size, its peak and its scaling; judged for
# the exports.
report_ratios() {
    local c=$1 name key="$ref_single|$1" big_key="$big:single|$1" status_key="$ref_single|status"
    name=$(name_of "$c")
    judge=0
    [[ $c == export-* ]] && judge=1
    ratio_target "$name / status, $ref_name single" "$key" "$status_key" "$TARGET_EXPORT_RATIO" \
        "needs $ref_name single"
    if [[ $c == status-table ]]; then
        # status's peak target holds for it too, on every shape of data.
        judge=1
        peak_target "$name peak RSS, $ref_name single" "$key" "$TARGET_PEAK_MB" "needs $ref_name single"
        other_shape_peaks "$name" "$c"
        judge=0
    else
        peak_target "$name peak RSS, $ref_name single" "$key" "$TARGET_EXPORT_PEAK_MB" "needs $ref_name single"
    fi
    ratio_target "$name $big_name / $ref_name single" "$big_key" "$key" "$scaling_target" \
        "needs $big_name and $ref_name single"
}
for c in "${commands[@]}"; do
    judge=0
    if [[ $c == "$target_cmd" ]]; then judge=1; fi
    if is_report "$c"; then
        report_ratios "$c"
        continue
    fi
    key="$ref_single|$c"
    pp_key="$ref:per-person|$c"
    big_key="$big:single|$c"

    if [[ $c == record ]]; then
        judge=1
        for layout in single per-person; do
            check_key="$ref:$layout|check"
            ratio_target "record / check, $ref_name $layout" "$ref:$layout|record" "$check_key" \
                "$TARGET_RECORD_RATIO" "needs $ref_name $layout"
        done
        continue
    fi
    ratio_target "$c / yaml floor, $ref_name single" "$key" "$ref_floor" "$TARGET_FLOOR_RATIO" \
        "needs $ref_name single and the floor"
    peak_target "$c peak RSS, $ref_name single" "$key" "$TARGET_PEAK_MB" "needs $ref_name single"
    other_shape_peaks "$c" "$c"
    ratio_target "$c per-person / single, $ref_name" "$pp_key" "$key" "$TARGET_PER_PERSON_RATIO" \
        "needs $ref_name single and per-person"
    ratio_target "$c $big_name / $ref_name single" "$big_key" "$key" "$scaling_target" \
        "needs $big_name and $ref_name single"
done
# The parse cache, on both layouts at the reference size, against the floor of the same files.
if ((has_cache)); then
    judge=1
    for layout in single per-person; do
        floor_key="$ref:$layout|floor"
        for row in cold warm complete changed recorded; do
            key="$ref:$layout|$row"
            have "$key" || continue
            if ! have "$floor_key"; then
                report "cache $row / yaml floor, $ref_name $layout" n/a "needs the floor"
                continue
            fi
            case $row in
                cold) limit=$TARGET_COLD_RATIO ;;
                warm) limit=$TARGET_WARM_RATIO ;;
                complete) limit=$TARGET_COMPLETE_RATIO ;;
                changed) limit=$TARGET_CHANGED_RATIO ;;
                recorded) limit=$TARGET_COLD_RATIO ;;  # a full parse of the one file, no more
            esac
            report "cache $row / yaml floor, $ref_name $layout" "$(ratio "$key" "$floor_key")" "<=" "$limit" "x" \
                "$(cpu_note "$key" "$floor_key")"
            if [[ $row == complete ]]; then
                report "cache complete wall, $ref_name $layout" \
                    "$(median_ratio "${round_walls[$key]}" "$(printf '1 %.0s' ${round_walls[$key]})")" "<=" \
                    "$TARGET_COMPLETE_SECONDS" " s"
            fi
        done
    done
fi
judge=0
# What yaml-cpp itself gains from the per-person layout on this machine's cores: the
# per-person target cannot be met by more than the floor allows.
if have "$ref_floor" && have "$ref_pp_floor"; then
    report "floor per-person / single, $ref_name" "$(ratio "$ref_pp_floor" "$ref_floor")" "" "" "x" \
        "$(cpu_note "$ref_pp_floor" "$ref_floor")"
fi
if have "$big_floor" && have "$ref_floor"; then
    report "floor $big_name / $ref_name single" "$(ratio "$big_floor" "$ref_floor")" "" "" "x" \
        "$(cpu_note "$big_floor" "$ref_floor")"
fi

if ((any_failure)); then
    echo
    echo "Some commands failed; see FAILED rows above." >&2
    exit 1
fi
if ((strict && missed)); then exit 1; fi
exit 0

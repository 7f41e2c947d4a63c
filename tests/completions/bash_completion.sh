#!/usr/bin/env bash
# Sources the bash completion and checks what it offers, as bash would when you press TAB: COMP_WORDS and
# COMP_CWORD set, _repjourney called, COMPREPLY read. The ids come from a data directory made by `init`.
#
# Usage: bash_completion.sh BINARY COMPLETION_FILE
set -uo pipefail

binary=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
completion=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The completion runs `repjourney __complete`: the binary under test is the one on the PATH.
mkdir "$scratch/bin"
ln -s "$binary" "$scratch/bin/repjourney"
export PATH="$scratch/bin:$PATH"
repjourney init "$scratch/en" --as-of 2026-11-23 >/dev/null || exit 1
repjourney init "$scratch/sv" --lang sv --as-of 2026-11-23 >/dev/null || exit 1
mkdir "$scratch/en/archive"
touch "$scratch/en/people.csv" "$scratch/en/Board.CSV"
cd "$scratch/en" || exit 1

# shellcheck source=/dev/null
source "$completion" || exit 1

failures=0
checks=0
# expect "WORDS..." "EXPECTED COMPREPLY": the last word is the one being completed.
expect() {
    local -a words
    read -r -a words <<<"$1"
    [[ $1 == *" " ]] && words+=("")
    COMP_WORDS=("${words[@]}")
    COMP_CWORD=$((${#words[@]} - 1))
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _repjourney 2>"$scratch/stderr"
    local actual="${COMPREPLY[*]}"
    checks+=1
    if [[ -s $scratch/stderr ]]; then
        echo "FAIL: '$1<TAB>' wrote to stderr, in the middle of the command line:"
        cat "$scratch/stderr"
        failures=$((failures + 1))
    elif [[ $actual != "$2" ]]; then
        echo "FAIL: '$1<TAB>'"
        echo "  expected: $2"
        echo "  actual:   $actual"
        failures=$((failures + 1))
    fi
}
declare -i checks

# Commands, record's types, export's formats.
expect "repjourney st" "status"
expect "repjourney re" "retention recognize remind record"
expect "repjourney " \
    "check status show feedback terms vacancies retention roles notice recognize remind record add elect leave pause import export schema init"
expect "repjourney p" "pause"
expect "repjourney record " "feedback milestone recognition note nomination"
expect "repjourney export " "ics json html xlsx"
expect "repjourney --as-of 2026-11-23 sh" "show"

# Representatives' ids from the data in the current directory, or from -d/--data on the line.
expect "repjourney show " "sam-example robin-example alex-example"
expect "repjourney show r" "robin-example"
expect "repjourney show sam-example " ""
expect "repjourney -d ../sv show " "sara-exempel erik-exempel maja-exempel"
expect "repjourney show -d ../sv " "sara-exempel erik-exempel maja-exempel"
expect "repjourney --data = ../sv status " "sara-exempel erik-exempel maja-exempel"
expect "repjourney record feedback " "sam-example robin-example alex-example"
expect "repjourney record milestone sam-example " \
    "welcome-call mentor basic-training network reflection renewal-talk board-introduction board-training"
expect "repjourney export html --redact " "sam-example robin-example alex-example"

# Other ids: roles, coordinators, actions.
expect "repjourney roles " "representative board-member"
expect "repjourney status --role b" "board-member"
expect "repjourney feedback --coordinator " "alex"
expect "repjourney record recognition sam-example --action th" "thank-you-card"

# Changing the data: add's REP is a new id, none offered; elect's ROLE; leave's exit reasons.
expect "repjourney add " ""
expect "repjourney add anna --role " "representative board-member"
expect "repjourney add anna --coordinator " "alex"
expect "repjourney add anna --name Anna --start 2026-12-01 --role b" "board-member"
expect "repjourney add anna --f" "--file"
expect "repjourney add anna --file o" "organisation.yaml"
expect "repjourney add anna --born " ""
expect "repjourney elect " "sam-example robin-example alex-example"
expect "repjourney elect sam-example " "representative board-member"
expect "repjourney elect sam-example --start 2026-12-01 b" "board-member"
expect "repjourney elect sam-example board-member " ""
expect "repjourney elect sam-example board-member --" \
    "--start --end --workplace --dry-run --wait --data --as-of --lang --color --csv-raw --quiet --help"
expect "repjourney leave r" "robin-example"
expect "repjourney leave sam-example --date " ""
expect "repjourney leave sam-example --reason " "moved workload job-change health not-re-elected conflict retired other"
expect "repjourney leave sam-example --reason = n" "not-re-elected"
expect "repjourney -d /nonexistent leave sam-example --reason m" "moved"
expect "repjourney pause " "sam-example robin-example alex-example"
expect "repjourney pause sam-example --from 2026-12-01 " ""
expect "repjourney pause sam-example --" \
    "--from --until --clear --dry-run --wait --data --as-of --lang --color --csv-raw --quiet --help"

# import: CSV files and directories; --map's fields, each with its '='; the column after it is free text.
expect "repjourney import " "Board.CSV people.csv archive"
expect "repjourney import p" "people.csv"
expect "repjourney import people.csv " ""
expect "repjourney import people.csv --map " \
    "id= name= email= phone= branch= coordinator= born= role= start= end= workplace="
expect "repjourney import people.csv --map na" "name="
expect "repjourney import people.csv --map = co" "coordinator="
expect "repjourney import --map name =" ""
expect "repjourney import --map name = p" ""
expect "repjourney import --map = name = p" ""
expect "repjourney import --map name = Namn p" "people.csv"
expect "repjourney import --map = name = Namn --map email = E-post p" "people.csv"
expect "repjourney import people.csv --role " "representative board-member"
expect "repjourney import people.csv --start " ""
expect "repjourney import people.csv --" \
    "--map --role --start --file --dry-run --wait --data --as-of --lang --color --csv-raw --quiet --help"

# Options and their values.
expect "repjourney check --s" "--strict"
expect "repjourney show --" "--format --excel --data --as-of --lang --color --csv-raw --quiet --help"
expect "repjourney status --format " "table json csv"
expect "repjourney terms --ex" "--excel"
expect "repjourney status --format = j" "json"
expect "repjourney roles --format " "text markdown"
expect "repjourney remind --format " "text markdown email"
expect "repjourney remind --al" "--always"
expect "repjourney remind --no-co" "--no-commands"
expect "repjourney status --stage r" "renewal"
expect "repjourney status --sort " "urgency name stage"
expect "repjourney recognize --kind q" "quiet"
expect "repjourney --lang " "en sv"
expect "repjourney --color a" "auto always"
expect "repjourney record note sam-example --d" "--date --dry-run --data"
expect "repjourney export ics --u" "--until"
expect "repjourney --as-of " ""

# Paths.
expect "repjourney init ar" "archive"
expect "repjourney -d org" "organisation.yaml"

# Broken data: the ids that could be read, and never a diagnostic (checked for every line above too).
echo "roles: [" >"$scratch/en/broken.yaml"
expect "repjourney show " "sam-example robin-example alex-example"
expect "repjourney -d /nonexistent show " ""

echo "$((checks - failures)) passed, $failures failed"
((failures == 0))

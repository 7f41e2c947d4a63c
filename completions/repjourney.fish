# fish completion for repjourney
#
# Installed as /usr/share/fish/vendor_completions.d/repjourney.fish. Completes commands, options and their
# values, and the ids of representatives, roles, coordinators, milestones, actions and exit reasons from the
# data: those come from the hidden `repjourney __complete KIND` (one "id<TAB>name" a line, which fish shows as
# the id and its description), reading the -d/--data given on the line.
# Written by hand (CLI11 has no generator); tests/completions checks it against `repjourney --help`.

# Options that take a value, so that the value is not taken for a command or an argument.
set -g __repjourney_value_options -d --data --as-of --lang --color --role --branch --coordinator --stage --sort \
    --format --kind --until --days --to --from --split -o --output --by --note --for --action --date --file --wait \
    --name --email --phone --born --start --end --workplace --reason --map

# The words before the cursor that are not options: the command, record's or export's type, the arguments.
function __repjourney_words
    set -l tokens (commandline -opc)
    set -e tokens[1]
    set -l skip 0
    for token in $tokens
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*=*' $token
            continue
        else if contains -- $token $__repjourney_value_options
            set skip 1
        else if not string match -q -- '-*' $token
            echo $token
        end
    end
end

# True when the words so far are exactly the arguments given, e.g. `__repjourney_at record milestone`.
function __repjourney_at
    set -l words (__repjourney_words)
    test "$words" = "$argv"
end

# True when the command (and type) are the arguments given, with any words after them.
function __repjourney_in
    set -l words (__repjourney_words)
    string match -q -- "$argv *" "$words "
end

# True when the command (and type) are the arguments after N, and exactly N words follow them.
function __repjourney_nth
    set -l n $argv[1]
    set -e argv[1]
    set -l words (__repjourney_words)
    test (count $words) -eq (math (count $argv) + $n); and string match -q -- "$argv *" "$words "
end

# The ids of one kind in the data the command line names, as "id<TAB>name".
function __repjourney_ids
    set -l tokens (commandline -opc)
    set -l data
    set -l next 0
    for token in $tokens[2..-1]
        if test $next = 1
            set -a data --data (string replace -r '^~' $HOME -- $token)
            set next 0
        else if contains -- $token -d --data
            set next 1
        else if string match -q -- '--data=*' $token
            set -a data --data (string replace -r '^--data=~?' '' -- $token)
        end
    end
    set -l program (string replace -r '^~' $HOME -- $tokens[1])
    $program $data __complete $argv[1] 2>/dev/null
end

# True when one of the options given is on the line before the cursor, as `--opt VALUE` or `--opt=VALUE`.
function __repjourney_seen
    for token in (commandline -opc)
        contains -- (string replace -r -- '=.*' '' $token) $argv; and return 0
    end
    return 1
end

# import's FILE.csv: the CSV files and the directories that may hold them, as fish completes files.
function __repjourney_csv_files
    set -l token (commandline -ct)
    complete -C "__fish_command_without_completions $token" | string match -ri -- '^.*(?:\.csv|/)$'
end

# import's --map FIELD=COLUMN: the fields, each with its '='; the column after it is the CSV file's, free text.
function __repjourney_map
    string replace -r -- '^--map=' '' (commandline -ct) | string match -q -- '*=*'; and return
    printf '%s=\t%s\n' id "The representative's id" name 'Their name' email 'Their e-mail address' \
        phone 'Their phone number' branch 'Their branch' coordinator "Their coordinator's id" \
        born 'The year they were born' role 'Their role' start 'The first day of the mandate' \
        end 'The last day of the mandate' workplace 'The workplace or employer the mandate is for'
end

complete -c repjourney -f

# Global options, before or after the command.
complete -c repjourney -s d -l data -r -F -d 'Data file or directory (repeatable)'
complete -c repjourney -l as-of -x -d 'Report for this day (YYYY-MM-DD)'
complete -c repjourney -l lang -x -a 'en sv' -d 'Language of reports'
complete -c repjourney -l color -x -a 'auto always never' -d 'Colour'
complete -c repjourney -l csv-raw -d 'CSV: leave cells that look like formulas as they are'
complete -c repjourney -l no-cache -d 'Parse every data file, without the cache'
complete -c repjourney -s q -l quiet -d 'No progress display'
complete -c repjourney -s h -l help -d 'Print help'
complete -c repjourney -n '__repjourney_at' -l version -d 'Print the version'

# Commands.
complete -c repjourney -n '__repjourney_at' -a check -d 'Validate all data files'
complete -c repjourney -n '__repjourney_at' -a status -d 'One line per representative'
complete -c repjourney -n '__repjourney_at' -a show -d "One person's whole journey"
complete -c repjourney -n '__repjourney_at' -a feedback -d 'Overdue and due-soon feedback conversations'
complete -c repjourney -n '__repjourney_at' -a terms -d 'Mandates ending by a day'
complete -c repjourney -n '__repjourney_at' -a vacancies -d 'Every seat: holders, vacant places, who is leaving'
complete -c repjourney -n '__repjourney_at' -a retention -d 'Whether people stay'
complete -c repjourney -n '__repjourney_at' -a roles -d 'The roles and their journeys'
complete -c repjourney -n '__repjourney_at' -a notice -d 'The written notice to the employer of a mandate'
complete -c repjourney -n '__repjourney_at' -a recognize -d 'Recognition suggestions'
complete -c repjourney -n '__repjourney_at' -a remind -d 'The weekly digest for cron'
complete -c repjourney -n '__repjourney_at' -a record -d 'Append an event'
complete -c repjourney -n '__repjourney_at' -a add -d 'Add a representative'
complete -c repjourney -n '__repjourney_at' -a elect -d 'Give a representative a new mandate'
complete -c repjourney -n '__repjourney_at' -a leave -d 'Record that a representative left'
complete -c repjourney -n '__repjourney_at' -a pause -d "Pause a representative's follow-up"
complete -c repjourney -n '__repjourney_at' -a import -d 'Add representatives from a CSV file'
complete -c repjourney -n '__repjourney_at' -a export -d 'Calendar feed, JSON state or HTML report'
complete -c repjourney -n '__repjourney_at' -a schema -d 'JSON Schema of the data files'
complete -c repjourney -n '__repjourney_at' -a init -d 'Create a commented data directory'

# check
complete -c repjourney -n '__repjourney_in check' -l strict -d 'Treat warnings as errors'

# The people filters of status, feedback, terms, recognize and export.
set -l filtered '__repjourney_in status; or __repjourney_in feedback; or __repjourney_in terms; or __repjourney_in recognize; or __repjourney_in export ics; or __repjourney_in export json; or __repjourney_in export html; or __repjourney_in export xlsx'
complete -c repjourney -n $filtered -l role -x -a '(__repjourney_ids roles)' -d 'Only people with this role'
complete -c repjourney -n $filtered -l branch -x -d 'Only people of this branch'
complete -c repjourney -n $filtered -l coordinator -x -a '(__repjourney_ids coordinators)' -d 'Only people this coordinator follows up'
complete -c repjourney -n $filtered -l stage -x -a 'left paused prospect incoming ended renewal onboarding established' -d 'Only people in this stage'
set -l with_all '__repjourney_in status; or __repjourney_in recognize; or __repjourney_in export ics; or __repjourney_in export json; or __repjourney_in export html; or __repjourney_in export xlsx'
complete -c repjourney -n $with_all -l all -d 'Include people who have left'

# --format, with each command's formats.
complete -c repjourney -n '__repjourney_in status; or __repjourney_in show; or __repjourney_in feedback; or __repjourney_in terms; or __repjourney_in vacancies; or __repjourney_in recognize; or __repjourney_in retention' -l format -x -a 'table json csv' -d 'Output format'
complete -c repjourney -n '__repjourney_in roles' -l format -x -a 'text markdown' -d 'Output format'
complete -c repjourney -n '__repjourney_in notice' -l format -x -a 'text markdown html' -d 'Output format'
complete -c repjourney -n '__repjourney_in remind' -l format -x -a 'text markdown email' -d 'Output format'
complete -c repjourney -n '__repjourney_in status; or __repjourney_in show; or __repjourney_in feedback; or __repjourney_in terms; or __repjourney_in vacancies; or __repjourney_in recognize; or __repjourney_in retention' -l excel -d "With --format csv: ';', a BOM and CRLF for Excel"
complete -c repjourney -n '__repjourney_in status; or __repjourney_in feedback; or __repjourney_in terms' -l fail-if-overdue -d 'Exit 1 when something is overdue'

# status, show, roles, recognize, terms
complete -c repjourney -n '__repjourney_in status; or __repjourney_in recognize' -a '(__repjourney_ids reps)'
complete -c repjourney -n '__repjourney_in status' -l at-risk -d 'Only people with two or more warning signs'
complete -c repjourney -n '__repjourney_in status' -l sort -x -a 'urgency name stage' -d 'Order'
complete -c repjourney -n '__repjourney_nth 0 show' -a '(__repjourney_ids reps)'
complete -c repjourney -n '__repjourney_nth 0 roles' -a '(__repjourney_ids roles)'
complete -c repjourney -n '__repjourney_nth 0 notice' -a '(__repjourney_ids reps)'
complete -c repjourney -n '__repjourney_nth 1 notice' -a '(__repjourney_ids roles)'
complete -c repjourney -n '__repjourney_in recognize' -l kind -x -a 'anniversary milestone goal term farewell quiet' -d 'Only suggestions of this kind'
complete -c repjourney -n '__repjourney_in terms' -l until -x -d 'Terms ending by this day (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in vacancies' -l on -x -d 'The seats on this day (YYYY-MM-DD)'

# retention
complete -c repjourney -n '__repjourney_in retention' -l role -x -a '(__repjourney_ids roles)' -d 'Only people who hold or held this role'
complete -c repjourney -n '__repjourney_in retention' -l branch -x -d 'Only people of this branch'
complete -c repjourney -n '__repjourney_in retention' -l coordinator -x -a '(__repjourney_ids coordinators)' -d 'Only people this coordinator follows up'
complete -c repjourney -n '__repjourney_in retention' -l by -x -a 'role branch adaptation cohort' -d 'Repeat every figure per group'
complete -c repjourney -n '__repjourney_in retention' -l from -x -d 'Renewals of terms ending on or after this day (YYYY-MM-DD)'

# remind
complete -c repjourney -n '__repjourney_in remind' -l coordinator -x -a '(__repjourney_ids coordinators)' -d "Only this coordinator's digest"
complete -c repjourney -n '__repjourney_in remind' -l days -x -d 'Length of the period, in days'
complete -c repjourney -n '__repjourney_in remind' -l to -x -d 'E-mail: send every message to this address'
complete -c repjourney -n '__repjourney_in remind' -l from -x -d 'E-mail: the sender'
complete -c repjourney -n '__repjourney_in remind' -l split -x -a '(__fish_complete_directories)' -d 'E-mail: one file per coordinator into DIR'
complete -c repjourney -n '__repjourney_in remind' -l include-notes -d "Show each person's latest note"
complete -c repjourney -n '__repjourney_in remind' -l no-commands -d 'Leave out the record line under each item'
complete -c repjourney -n '__repjourney_in remind' -l always -d 'Say "nothing to do this week" rather than nothing'

# record TYPE REP ...
complete -c repjourney -n '__repjourney_at record' -a 'feedback' -d 'Record a feedback conversation'
complete -c repjourney -n '__repjourney_at record' -a 'milestone' -d 'Record a journey milestone as done'
complete -c repjourney -n '__repjourney_at record' -a 'recognition' -d 'Record a recognition given'
complete -c repjourney -n '__repjourney_at record' -a 'note' -d 'Record a note'
complete -c repjourney -n '__repjourney_at record' -a 'nomination' -d 'Record an answer to the nominating committee'
for type in feedback milestone recognition note nomination
    complete -c repjourney -n "__repjourney_nth 0 record $type" -a '(__repjourney_ids reps)'
    complete -c repjourney -n "__repjourney_in record $type" -l note -x -d 'A note'
    complete -c repjourney -n "__repjourney_in record $type" -l date -x -d 'The day it happened (YYYY-MM-DD)'
    complete -c repjourney -n "__repjourney_in record $type" -l file -r -F -d 'Append to this file'
    complete -c repjourney -n "__repjourney_in record $type" -l dry-run -d 'Show what would be appended; write nothing'
    complete -c repjourney -n "__repjourney_in record $type" -l wait -x -d "Seconds to wait for another writer's lock"
    complete -c repjourney -n "__repjourney_in record $type" -l future -d 'Record it though its date is after today'
    complete -c repjourney -n "__repjourney_in record $type" -l again -d 'Record it though the same event is already there'
end
complete -c repjourney -n '__repjourney_nth 1 record milestone' -a '(__repjourney_ids milestones)'
complete -c repjourney -n '__repjourney_nth 1 record nomination' -a '(__repjourney_ids roles)'
complete -c repjourney -n '__repjourney_in record nomination' -l answer -x -a 'yes no undecided' -d 'The answer about another term'
complete -c repjourney -n '__repjourney_in record milestone' -l role -x -a '(__repjourney_ids roles)' -d 'The role whose milestone it is'
complete -c repjourney -n '__repjourney_in record feedback; or __repjourney_in record recognition' -l by -x -a '(__repjourney_ids coordinators; __repjourney_ids reps)' -d 'Who held it or gave it'
complete -c repjourney -n '__repjourney_in record recognition' -l for -x -d 'The suggestion key it answers'
complete -c repjourney -n '__repjourney_in record recognition' -l force -d 'Record it though --for is not a current suggestion'
complete -c repjourney -n '__repjourney_in record recognition' -l action -x -a '(__repjourney_ids actions)' -d 'The recognition action given'

# add REP (a new id: none offered), elect REP ROLE, leave REP, pause REP, import FILE.csv
for change in add elect leave pause import
    complete -c repjourney -n "__repjourney_in $change" -l dry-run -d 'Print the change as a unified diff; write nothing'
    complete -c repjourney -n "__repjourney_in $change" -l wait -x -d "Seconds to wait for another writer's lock"
end
complete -c repjourney -n '__repjourney_in add' -l name -x -d 'Their name'
complete -c repjourney -n '__repjourney_in add' -l email -x -d 'Their e-mail address'
complete -c repjourney -n '__repjourney_in add' -l phone -x -d 'Their phone number'
complete -c repjourney -n '__repjourney_in add' -l branch -x -d 'Their branch'
complete -c repjourney -n '__repjourney_in add' -l coordinator -x -a '(__repjourney_ids coordinators)' -d "Their coordinator's id"
complete -c repjourney -n '__repjourney_in add' -l born -x -d 'The year they were born'
complete -c repjourney -n '__repjourney_in add' -l role -x -a '(__repjourney_ids roles)' -d 'A first role (needs --start)'
complete -c repjourney -n '__repjourney_in add; or __repjourney_in elect' -l start -x -d 'The first day of the mandate (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in add; or __repjourney_in elect' -l end -x -d 'The last day of the mandate (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in add; or __repjourney_in elect' -l workplace -x -d 'The workplace or employer the mandate is for'
complete -c repjourney -n '__repjourney_in add' -l file -r -F -d 'The data file to add them to'
complete -c repjourney -n '__repjourney_nth 0 elect; or __repjourney_nth 0 leave; or __repjourney_nth 0 pause' -a '(__repjourney_ids reps)'
complete -c repjourney -n '__repjourney_nth 1 elect' -a '(__repjourney_ids roles)'
complete -c repjourney -n '__repjourney_in leave' -l date -x -d 'The day they left (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in leave' -l reason -x -a '(__repjourney_ids exit-reasons)' -d 'Why they left'
complete -c repjourney -n '__repjourney_in pause; and not __repjourney_seen --clear' -l from -x -d 'The first day of the pause (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in pause; and not __repjourney_seen --clear' -l until -x -d 'The last day of the pause (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in pause; and not __repjourney_seen --from --until' -l clear -d 'Remove the pause'
complete -c repjourney -n '__repjourney_nth 0 import' -x -a '(__repjourney_csv_files)'
complete -c repjourney -n '__repjourney_in import' -l map -x -a '(__repjourney_map)' -d 'Which CSV column holds a field'
complete -c repjourney -n '__repjourney_in import' -l role -x -a '(__repjourney_ids roles)' -d 'A first role for the people imported (needs --start)'
complete -c repjourney -n '__repjourney_in import' -l start -x -d 'The first day of that mandate (YYYY-MM-DD)'
complete -c repjourney -n '__repjourney_in import' -l file -r -F -d 'The data file to add them to'

# export FORMAT
complete -c repjourney -n '__repjourney_at export' -a 'ics' -d 'iCalendar feed'
complete -c repjourney -n '__repjourney_at export' -a 'json' -d 'The complete computed state as JSON'
complete -c repjourney -n '__repjourney_at export' -a 'html' -d 'A self-contained HTML report'
complete -c repjourney -n '__repjourney_at export' -a 'xlsx' -d 'An Excel workbook, a sheet per report'
set -l exporting '__repjourney_in export ics; or __repjourney_in export json; or __repjourney_in export html; or __repjourney_in export xlsx'
complete -c repjourney -n $exporting -a '(__repjourney_ids reps)'
complete -c repjourney -n $exporting -s o -l output -r -F -d 'Write to FILE'
complete -c repjourney -n $exporting -l redact -d 'Ids instead of names, no e-mail addresses or phone numbers'
complete -c repjourney -n '__repjourney_in export ics' -l until -x -d 'Anniversaries and term ends up to DATE'
complete -c repjourney -n '__repjourney_in export xlsx' -l until -x -d 'Terms ending up to DATE'
complete -c repjourney -n '__repjourney_in export ics' -l todos -d 'Milestones, feedback and goals as to-dos, not events'
complete -c repjourney -n '__repjourney_in export json; or __repjourney_in export html' -l include-notes -d 'Include notes'
complete -c repjourney -n '__repjourney_in export json; or __repjourney_in export html' -l include-born -d 'Include birth years'
complete -c repjourney -n '__repjourney_in export json; or __repjourney_in export html; or __repjourney_in export xlsx' -l by -x -a 'role branch adaptation cohort' -d 'The retention figures also per group'

# init [DIR]
complete -c repjourney -n '__repjourney_nth 0 init' -x -a '(__fish_complete_directories)'

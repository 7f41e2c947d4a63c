# bash completion for repjourney                                 -*- shell-script -*-
#
# Installed as /usr/share/bash-completion/completions/repjourney, loaded by bash-completion when you
# first press TAB after `repjourney`. Completes commands, options and their values, and the ids of
# representatives, roles, coordinators, milestones, actions and exit reasons from the data: those come
# from the hidden `repjourney __complete KIND`, which reads the -d/--data given on the line.
# Written by hand (CLI11 has no generator); tests/completions checks it against `repjourney --help`.

# The ids of one kind (reps, roles, coordinators, milestones, actions, exit-reasons) in the data the line names.
_repjourney_ids() {
    local kind=$1 i word
    local -a data=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == -d || $word == --data ]]; then
            word=${COMP_WORDS[i + 1]}
            [[ $word == = ]] && word=${COMP_WORDS[i + 2]}  # --data=PATH: bash splits at '='
            ((i + 1 < COMP_CWORD)) && data+=(--data "${word/#\~/$HOME}")
        fi
    done
    "${COMP_WORDS[0]/#\~/$HOME}" "${data[@]}" __complete "$kind" 2>/dev/null | cut -f1
}

# Options that take a value, so that the value is not taken for a command or an argument.
_repjourney_takes_value() {
    case $1 in
        -d | --data | --as-of | --lang | --color | --role | --branch | --coordinator | --stage | --sort | --format | \
            --kind | --until | --days | --to | --from | --split | -o | --output | --by | --note | --for | --action | \
            --date | --file | --wait | --name | --email | --phone | --born | --start | --end | --workplace | \
            --reason | --map) return 0 ;;
    esac
    return 1
}

_repjourney() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
    # `--format=j`: bash makes three words of it, so the option is the word before the '='.
    local -i at=COMP_CWORD-1  # where prev is
    if [[ $cur == = ]]; then
        cur=""
    elif [[ $prev == = ]]; then
        at=COMP_CWORD-2
        prev=${COMP_WORDS[at]}
    fi
    # `--map name=Na` (or `--map=name=Na`): after the field, the column, the CSV file's own name: free text.
    if [[ ${COMP_WORDS[at + 1]} == = &&
        (${COMP_WORDS[at - 1]} == --map || ${COMP_WORDS[at - 1]} == = && ${COMP_WORDS[at - 2]} == --map) ]]; then
        return
    fi
    COMPREPLY=()

    # The command, record's or export's subcommand, and how many arguments follow them.
    local command="" sub="" word i
    local -i args=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if [[ $word == = ]]; then
            continue
        elif [[ $word == -* ]]; then
            if _repjourney_takes_value "$word"; then
                ((i++))
                [[ ${COMP_WORDS[i]} == = ]] && ((i++))
                # --map FIELD=COLUMN: bash splits it at the '=' too, so the column is two words on.
                [[ $word == --map && ${COMP_WORDS[i + 1]-} == = ]] && ((i += 2))
            fi
        elif [[ -z $command ]]; then
            command=$word
        elif [[ -z $sub && ($command == record || $command == export) ]]; then
            sub=$word
        else
            args+=1
        fi
    done

    local globals="-d --data --as-of --lang --color --csv-raw --no-cache -q --quiet -h --help"
    local selection="--role --branch --coordinator --stage --all"
    local formats="table json csv"
    case $command in
        roles) formats="text markdown" ;;
        notice) formats="text markdown html" ;;
        remind) formats="text markdown email" ;;
    esac

    case $prev in
        -d | --data | --file | -o | --output)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return
            ;;
        --split)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --lang) mapfile -t COMPREPLY < <(compgen -W "en sv" -- "$cur") && return ;;
        --color) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur") && return ;;
        --format) mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur") && return ;;
        --stage)
            mapfile -t COMPREPLY < <(compgen -W "left paused prospect incoming ended renewal onboarding established" -- "$cur")
            return
            ;;
        --sort) mapfile -t COMPREPLY < <(compgen -W "urgency name stage" -- "$cur") && return ;;
        --kind) mapfile -t COMPREPLY < <(compgen -W "anniversary milestone goal term farewell quiet" -- "$cur") && return ;;
        --role) mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids roles)" -- "$cur") && return ;;
        --coordinator) mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids coordinators)" -- "$cur") && return ;;
        --by)
            if [[ $command == retention || $command == export ]]; then
                mapfile -t COMPREPLY < <(compgen -W "role branch adaptation cohort" -- "$cur")
            else
                mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids coordinators) $(_repjourney_ids reps)" -- "$cur")
            fi
            return
            ;;
        --action) mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids actions)" -- "$cur") && return ;;
        --reason) mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids exit-reasons)" -- "$cur") && return ;;
        --map)
            # import's FIELD=COLUMN: the fields, each with its '=' and no space after it.
            compopt -o nospace 2>/dev/null
            local fields="id= name= email= phone= branch= coordinator= born= role= start= end= workplace="
            mapfile -t COMPREPLY < <(compgen -W "$fields" -- "$cur")
            return
            ;;
        --as-of | --branch | --until | --on | --days | --to | --from | --note | --for | --date | --wait | --name | --email | \
            --phone | --born | --start | --end | --workplace) return ;;
    esac

    local options="" positional=""
    case $command in
        "")
            options="$globals --version"
            positional="check status show feedback terms vacancies retention roles notice recognize remind record add"
            positional+=" elect leave pause import"
            positional+=" export schema init"
            ;;
        check) options="--strict" ;;
        status)
            options="$selection --at-risk --sort --format --excel --fail-if-overdue"
            positional=reps
            ;;
        show)
            options="--format --excel"
            ((args == 0)) && positional=reps
            ;;
        feedback) options="--role --branch --coordinator --stage --format --excel --fail-if-overdue" ;;
        terms) options="--until --role --branch --coordinator --stage --format --excel --fail-if-overdue" ;;
        vacancies) options="--on --format --excel" ;;
        retention) options="--by --from --role --branch --coordinator --format --excel" ;;
        roles)
            options="--format"
            ((args == 0)) && positional=roles
            ;;
        notice)
            options="--format"
            ((args == 0)) && positional=reps
            ((args == 1)) && positional=roles
            ;;
        recognize)
            options="$selection --kind --format --excel"
            positional=reps
            ;;
        remind) options="--coordinator --days --format --to --from --split --include-notes --always --no-commands" ;;
        record)
            local common="--note --date --file --dry-run --wait --future --again"
            case $sub in
                "") positional="feedback milestone recognition note nomination" ;;
                feedback) options="--by $common" ;;
                milestone) options="--role $common" ;;
                recognition) options="--by --for --action --force $common" ;;
                note) options="$common" ;;
                nomination)
                    options="--answer $common"
                    [[ $prev == --answer ]] && {
                        mapfile -t COMPREPLY < <(compgen -W "yes no undecided" -- "$cur")
                        return
                    }
                    ;;
            esac
            if [[ -n $sub ]]; then
                ((args == 0)) && positional=reps
                [[ $sub == milestone ]] && ((args == 1)) && positional=milestones
                [[ $sub == nomination ]] && ((args == 1)) && positional=roles
            fi
            ;;
        add)
            # REP is a new id: there is none to offer.
            options="--name --email --phone --branch --coordinator --born --role --start --end --workplace --file"
            options+=" --dry-run --wait"
            ;;
        elect)
            options="--start --end --workplace --dry-run --wait"
            ((args == 0)) && positional=reps
            ((args == 1)) && positional=roles
            ;;
        leave)
            options="--date --reason --dry-run --wait"
            ((args == 0)) && positional=reps
            ;;
        pause)
            options="--from --until --clear --dry-run --wait"
            ((args == 0)) && positional=reps
            ;;
        import)
            options="--map --role --start --file --dry-run --wait"
            if [[ $cur != -* ]] && ((args == 0)); then
                # FILE.csv: CSV files and the directories that may hold them.
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(
                    compgen -f -X '!*.[cC][sS][vV]' -- "$cur"
                    compgen -d -X '*.[cC][sS][vV]' -- "$cur"
                )
                return
            fi
            ;;
        export)
            case $sub in
                "") positional="ics json html xlsx" ;;
                ics) options="$selection -o --output --until --todos --redact" ;;
                json | html) options="$selection -o --output --include-notes --include-born --redact --by" ;;
                xlsx) options="$selection -o --output --until --redact --by" ;;
            esac
            [[ -n $sub ]] && positional=reps
            ;;
        schema) ;;
        init)
            if [[ $cur != -* ]] && ((args == 0)); then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return
            fi
            ;;
        *) return ;;
    esac
    [[ -n $command ]] && options+=" --data --as-of --lang --color --csv-raw --quiet --help"

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [[ $positional == reps || $positional == roles || $positional == milestones ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_repjourney_ids "$positional")" -- "$cur")
    elif [[ -n $positional ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$positional" -- "$cur")
    fi
}

complete -F _repjourney repjourney

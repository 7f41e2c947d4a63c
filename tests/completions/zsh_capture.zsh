#!/usr/bin/env zsh
# capture.zsh COMPLETIONS_DIR LINE DUMP: the words zsh's completion offers for LINE, one a line, sorted.
# Runs an interactive zsh in a pseudo-terminal, types LINE and TAB, and records what compadd is given.
# DUMP is compinit's dump file, as a user's ~/.zcompdump: the first run writes it, later ones read it
# instead of scanning every completion function again (0.8 s a run).
zmodload zsh/zpty
zmodload zsh/zselect

# Reads the shell's output until a line contains $1; gives up after about twelve seconds.
read_until() {
  local line
  integer tries=0
  while (( tries++ < 400 )); do
    if zpty -rt z line; then
      output+=$line
      [[ $line == *$1* ]] && return 0
    else
      zselect -t 3  # hundredths of a second, without starting a process as sleep does
    fi
  done
  return 1
}

local output
zpty z zsh -f -i
zpty -w z "PS1=''; fpath=(${(q)1} \$fpath); autoload -Uz compinit; compinit -u -d ${(q)3}"
zpty -w z 'bindkey "^I" complete-word; zstyle ":completion:*" insert-tab false'
zpty -w z 'completion-end() { print -r -- "<<<""end>>>"; exit }; comppostfuncs=(completion-end)'
zpty -w z 'compadd() { if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi; local -a hits; builtin compadd -O hits "$@"; (( $#hits )) && print -rl -- "" "=${^hits}"; builtin compadd "$@"; }'
# Typed ahead of the prompt, the line could be dropped: wait until the shell has run everything above.
zpty -w z 'print -r -- "<<<""ready>>>"'
read_until '<<<ready>>>'
output=""
zpty -w -n z "$2"$'\t'
read_until '<<<end>>>'
zpty -d z
[[ -n $CAPTURE_DEBUG ]] && print -r -- "$output" >&2
print -r -- "${output//$'\r'/}" | sed -n 's/^=//p' | sort -u

#!/usr/bin/env bash
# The generated completion scripts work in the real shells: bash's completion function is
# called as bash would call it, fish's `complete -C` asks fish itself, and zsh completes in
# a pseudo-terminal (zpty) exactly as on a keypress.
set -euo pipefail
binary=$(realpath "$1")
completions=$(realpath "$2")  # the folder the build wrote draftlint.{bash,zsh,fish} to
PATH=$(dirname "$binary"):$PATH
export PATH

# An empty folder: path completions find nothing to add.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {  # expect WHAT GOT WANTED
  [[ $2 == "$3" ]] || fail "$1: got '$2', wanted '$3'"
}

# bash
bash_complete() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _draftlint
           printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$completions/draftlint.bash" "$@"
}
bash -n "$completions/draftlint.bash"
expect "bash --fail-on" "$(bash_complete draftlint --fail-on w)" "warning "
expect "bash options" "$(bash_complete draftlint --list-rules --for)" "--format "
expect "bash subcommand" "$(bash_complete draftlint te)" "test-pack "
expect "bash explain" "$(bash_complete draftlint explain personal-)" \
  "personal-email personal-handle personal-phone "
expect "bash completions" "$(bash_complete draftlint completions '')" "bash fish zsh "
expect "bash test-pack options" "$(bash_complete draftlint test-pack --s)" "--strict "

# fish
fish_complete() {
  fish -c "source $completions/draftlint.fish; complete -C '$1'" | cut -f1 | tr "\n" " "
}
fish --no-execute "$completions/draftlint.fish"
expect "fish --format" "$(fish_complete 'draftlint --format s')" "sarif "
expect "fish explain" "$(fish_complete 'draftlint explain personal-')" \
  "personal-email personal-handle personal-phone "
expect "fish completions" "$(fish_complete 'draftlint completions ')" "bash fish zsh "

# zsh
zsh -n "$completions/draftlint.zsh"
zsh_folder=$scratch/zsh
mkdir "$zsh_folder"
cp "$completions/draftlint.zsh" "$zsh_folder/_draftlint"
# zsh_complete LINE PATTERN: types LINE and a tab, then waits for PATTERN in what the
# terminal shows.
zsh_complete() {
  timeout 10 zsh -f -c '
    zmodload zsh/zpty
    zpty z "zsh -f -i"
    zpty -w z "PROMPT=\"> \"; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
    zpty -wn z "$2"$'"'"'\t'"'"'
    zpty -r z out "*$3*"
    zpty -d z' _ "$zsh_folder" "$1" "$2"
}
zsh_complete 'draftlint --fail-on ' 'never' || fail "zsh --fail-on did not list never"
# zsh redraws the line it completed.
zsh_complete 'draftlint explain personal-ph' 'explain personal-phone' ||
  fail "zsh explain did not complete personal-phone"
echo "bash, fish and zsh complete draftlint"

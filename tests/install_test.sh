#!/usr/bin/env bash
# cmake --install puts the binary and its packs under a prefix, and the installed binary
# finds them there, from any folder.
set -euo pipefail
build_dir=$1
source_dir=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/draftlint"
test -f "$prefix/share/draftlint/rules/departure.yaml"
test -f "$prefix/share/draftlint/lexicons/en/successor.txt"
cd "$prefix"
output=$("$prefix/bin/draftlint" --format line --fail-on never "$source_dir/examples/risky-note-en.txt")
grep -q "personal-phone" <<<"$output"
echo "installed binary runs: $(wc -l <<<"$output") findings"

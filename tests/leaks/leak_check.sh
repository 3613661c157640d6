#!/usr/bin/env bash
# A sanitizer build's leak check of the command line and the language server: every format
# over the examples, the subcommands, and a language server session, each ended normally and
# checked by LeakSanitizer at exit. First, a library that loses memory on purpose is
# preloaded, to prove the check sees a leak in this process at all.
#
#   leak_check.sh BINARY SOURCE_DIR LEAK_PROBE_LIBRARY
set -euo pipefail
binary=$1 source=$2 probe=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export ASAN_OPTIONS=detect_leaks=1
checks=0

# run EXPECTED_EXIT COMMAND...: fails on another exit code or on any LeakSanitizer report.
run() {
  local expected=$1 code=0
  shift
  "$@" >"$scratch/out" 2>"$scratch/err" </"${input:-/dev/null}" || code=$?
  if grep -q LeakSanitizer "$scratch/err" || [ "$code" -ne "$expected" ]; then
    echo "leak-check: '$*' exited $code (expected $expected):" >&2
    head -n 40 "$scratch/err" >&2
    exit 1
  fi
  checks=$((checks + 1))
}

code=0
LD_PRELOAD=$probe "$binary" --version >/dev/null 2>"$scratch/err" || code=$?
if ! grep -q "LeakSanitizer: detected memory leaks" "$scratch/err"; then
  echo "leak-check: the probe's lost allocation went unseen (exit $code): no leak check here" >&2
  exit 1
fi

for format in text json sarif github line gitlab junit; do
  run 1 "$binary" --format "$format" "$source/examples"
done
run 0 "$binary" --list-rules
run 0 "$binary" explain personal-phone
run 0 "$binary" test-pack --strict "$source/rules"
run 0 "$binary" completions bash
pushd "$scratch" >/dev/null
git init -q .
run 0 "$binary" init
popd >/dev/null

python3 - "$scratch/session" "$source/examples/risky-note-en.txt" <<'PY'
import json, sys
text = open(sys.argv[2], encoding="utf-8").read()
uri = "file:///tmp/risky-note-en.txt"
messages = [
    {"id": 1, "method": "initialize", "params": {"capabilities": {}}},
    {"method": "initialized", "params": {}},
    {"method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "plaintext", "version": 1, "text": text}}},
    {"method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": 2}, "contentChanges": [{
            "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
            "text": "x"}]}},
    {"id": 2, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": uri}}},
    {"id": 3, "method": "textDocument/codeAction", "params": {
        "textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 0},
        "end": {"line": 20, "character": 0}}, "context": {"diagnostics": []}}},
    {"id": 4, "method": "textDocument/hover", "params": {
        "textDocument": {"uri": uri}, "position": {"line": 3, "character": 5}}},
    {"method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}},
    {"id": 5, "method": "shutdown"},
    {"method": "exit"},
]
with open(sys.argv[1], "wb") as out:
    for message in messages:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode()
        out.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
PY
input=$scratch/session run 0 "$binary" lsp
grep -q '"id":5' "$scratch/out" || { echo "leak-check: the server did not answer shutdown" >&2; exit 1; }
echo "leak-check: the probe's leak was seen; $checks runs of draftlint leaked nothing"

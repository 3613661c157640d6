#!/usr/bin/env bash
# draftlint never opens the network: strace sees no socket, connect, bind or send call in
# any process it starts (it and git), whatever the command: linting a folder, the language
# server, explain, test-pack, the package-free install lookup.
set -euo pipefail
binary=$1
source_dir=$2
trace=$(mktemp)
trap 'rm -f "$trace"' EXIT
calls=socket,connect,bind,sendto,sendmsg,listen,accept,accept4
# strace must be able to trace here, or the test would pass on nothing.
strace -f -qq -e trace="$calls" -o "$trace" python3 -c 'import socket; socket.socket()'
grep -q 'socket(' "$trace" || { echo "FAIL: strace cannot see a socket call here" >&2; exit 1; }

run() {  # run ARGS...: under strace, with no input
  strace -f -qq -e trace="$calls" -o "$trace" "$binary" "$@" </dev/null >/dev/null 2>&1 || true
  if grep -v -e '--- SIG' -e '+++ exited' "$trace" | grep -q .; then
    echo "FAIL: draftlint $* made network calls:" >&2
    cat "$trace" >&2
    exit 1
  fi
}
run --format sarif "$source_dir/examples"
run --format text --changed-since HEAD "$source_dir/examples"
run explain personal-phone
run test-pack "$source_dir/rules/out-of-office.yaml"

body='{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}'
open='{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///tmp/n.txt","languageId":"plaintext","version":1,"text":"Call me on +1 415 555 0199."}}}'
frames=$(printf 'Content-Length: %d\r\n\r\n%s' "${#body}" "$body"; printf 'Content-Length: %d\r\n\r\n%s' "${#open}" "$open")
strace -f -qq -e trace="$calls" -o "$trace" "$binary" lsp <<<"$frames" >/dev/null 2>&1 || true
if grep -v -e '--- SIG' -e '+++ exited' "$trace" | grep -q .; then
  echo "FAIL: the language server made network calls:" >&2
  cat "$trace" >&2
  exit 1
fi
echo "no network call from the CLI, git or the language server"

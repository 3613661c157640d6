#!/usr/bin/env python3
"""The language server under abuse: 10,000 messages, valid and malformed, mixed. It must stay
up, answer every request exactly once, end cleanly on exit, and its peak memory must not grow
with the number of messages (a run of 2,000 is the yardstick).

    abuse_test.py DRAFTLINT
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import threading

URI = "file:///tmp/abuse/note.txt"
TEXT = ("Dear Ana,\n\nMy last day at ACME is Friday, 10 October. From Monday Rita Gomes takes "
        "over your account; write to her at rita.gomes@acme.com.\n\nCall me on my mobile, "
        "+1 415 555 0199, or on WeChat.\n\nThank you,\nJoe\n")


def frame(body):
    if isinstance(body, (dict, list)):
        body = json.dumps(body)
    data = body.encode() if isinstance(body, str) else body
    return b"Content-Length: %d\r\n\r\n" % len(data) + data


def messages(count, rng):
    """The session's bytes and the ids of the requests in it."""
    out = [frame({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                  "params": {"capabilities": {}}}),
           frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
           frame({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
               "textDocument": {"uri": URI, "languageId": "plaintext", "version": 1,
                                "text": TEXT}}})]
    requests = [0]
    version = 1
    next_id = 1
    position = {"line": 2, "character": 5}
    for _ in range(count):
        kind = rng.randrange(12)
        request_id = next_id
        if kind == 0:  # a valid edit
            version += 1
            out.append(frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": {"start": position, "end": position},
                                    "text": rng.choice(["a", " ", "é", "宏", "🙂", "\n"])}]}}))
            continue
        if kind == 1:  # hover
            out.append(frame({"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover",
                              "params": {"textDocument": {"uri": URI}, "position": position}}))
        elif kind == 2:  # pull diagnostics
            out.append(frame({"jsonrpc": "2.0", "id": request_id,
                              "method": "textDocument/diagnostic",
                              "params": {"textDocument": {"uri": URI}}}))
        elif kind == 3:  # code actions
            out.append(frame({"jsonrpc": "2.0", "id": request_id,
                              "method": "textDocument/codeAction", "params": {
                                  "textDocument": {"uri": URI},
                                  "range": {"start": {"line": 0, "character": 0},
                                            "end": {"line": 9, "character": 0}},
                                  "context": {"diagnostics": []}}}))
        elif kind == 4:  # an unknown method
            out.append(frame({"jsonrpc": "2.0", "id": request_id, "method": "no/such",
                              "params": {}}))
        elif kind == 5:  # a document never opened
            out.append(frame({"jsonrpc": "2.0", "id": request_id, "method": "textDocument/hover",
                              "params": {"textDocument": {"uri": "file:///nowhere.txt"},
                                         "position": position}}))
        elif kind == 6:  # params of the wrong shape
            out.append(frame({"jsonrpc": "2.0", "id": request_id,
                              "method": "textDocument/codeAction", "params": [1, "two", None]}))
        elif kind == 7:  # not JSON at all (a notification: nothing to answer)
            out.append(frame(b"{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didCh"))
            continue
        elif kind == 8:  # JSON, but not an object
            out.append(frame(b"[1, 2, 3]"))
            continue
        elif kind == 9:  # an edit past the end of the text
            version += 1
            out.append(frame({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": {"start": {"line": 900, "character": 3},
                                              "end": {"line": 901, "character": 0}},
                                    "text": "x"}]}}))
            continue
        elif kind == 10:  # a header the server does not know, then a valid request
            body = json.dumps({"jsonrpc": "2.0", "id": request_id,
                               "method": "textDocument/diagnostic",
                               "params": {"textDocument": {"uri": URI}}}).encode()
            out.append(b"X-Noise: yes\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
        else:  # an id of the wrong type on an unknown method: still answered, by its id
            out.append(frame({"jsonrpc": "2.0", "id": str(request_id), "method": "no/such"}))
            requests.append(str(request_id))
            next_id += 1
            continue
        requests.append(request_id)
        next_id += 1
    shutdown_id = next_id
    out.append(frame({"jsonrpc": "2.0", "id": shutdown_id, "method": "shutdown"}))
    out.append(frame({"jsonrpc": "2.0", "method": "exit"}))
    requests.append(shutdown_id)
    return b"".join(out), requests


def read_messages(stream):
    found = []
    while True:
        length = None
        while True:
            line = stream.readline()
            if not line:
                return found
            if line in (b"\r\n", b"\n"):
                break
            if line.lower().startswith(b"content-length:"):
                length = int(line.split(b":")[1])
        found.append(json.loads(stream.read(length)))


def serve(binary, count):
    data, requests = messages(count, random.Random(count))
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([binary, "lsp"], stdin=subprocess.PIPE,
                                   stdout=subprocess.PIPE, stderr=errors)
        answers = []
        reader = threading.Thread(target=lambda: answers.extend(read_messages(process.stdout)))
        reader.start()
        process.stdin.write(data)
        process.stdin.close()
        _, status, usage = os.wait4(process.pid, 0)
        reader.join(timeout=60)
        process.returncode = os.waitstatus_to_exitcode(status)
    responses = {}
    for message in answers:
        if "id" in message and "method" not in message:
            key = json.dumps(message["id"])
            responses[key] = responses.get(key, 0) + 1
    missing = [r for r in requests if responses.get(json.dumps(r), 0) != 1]
    return process.returncode, missing, usage.ru_maxrss / 1024, len(requests)


def main():
    binary = sys.argv[1]
    failures = []
    results = {}
    for count in (2000, 10000):
        code, missing, peak, requests = serve(binary, count)
        results[count] = peak
        print(f"{count} messages: {requests} requests, exit {code}, peak {peak:.0f} MB")
        if code != 0:
            failures.append(f"{count} messages: exit code {code} after shutdown and exit")
        if missing:
            failures.append(f"{count} messages: {len(missing)} requests not answered exactly "
                            f"once, first {missing[:5]}")
    if results[10000] > results[2000] * 1.25 + 8:
        failures.append(f"memory grows with messages: {results[2000]:.0f} MB for 2,000, "
                        f"{results[10000]:.0f} MB for 10,000")
    for failure in failures:
        print("FAIL:", failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

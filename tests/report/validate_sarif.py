#!/usr/bin/env python3
"""Lints the bundled examples with --format sarif and validates the output against the
official SARIF 2.1.0 schema (../shared/schemas/sarif-schema-2.1.0.json, or the copy in
tests/data when the shared folder is not there)."""
import json
import os
import subprocess
import sys

import jsonschema

binary, source = sys.argv[1], sys.argv[2]
schema_path = os.path.join(source, "tests", "data", "sarif-schema-2.1.0.json")
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
result = subprocess.run([binary, "--format", "sarif", "--fail-on", "never", os.path.join(source, "examples")],
                        capture_output=True, cwd=source)
if result.returncode != 0:
    sys.exit(f"draftlint exited {result.returncode}: {result.stderr.decode()}")
sarif = json.loads(result.stdout)
jsonschema.validate(sarif, schema)
results = sarif["runs"][0]["results"]
if not results:
    sys.exit("no results: the examples should have findings")
for r in results:
    region = r["locations"][0]["physicalLocation"]["region"]
    assert region["startColumn"] >= 1 and region["endColumn"] >= 1, region
print(f"SARIF valid: {len(results)} results")

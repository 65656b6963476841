"""The `newsfacts facts` contract: one line out per line in, in order, errors as lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from newsfacts.cli import facts_lines

NEWSFACTS = str(Path(sys.executable).with_name("newsfacts"))


def test_every_line_answers_in_order_and_bad_lines_become_errors() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Nothing happened in the quiet town today."}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "e", "text": "\x00\x01\x02 binary \ufffd garbage"}),
    ]
    out = list(facts_lines(lines))
    assert [o.get("id") for o in out] == ["a", None, "c", None, "e"]
    assert out[0]["incidents"] == []
    assert "invalid JSON" in out[1]["error"]
    assert out[2]["error"] == "text is missing"
    assert "JSON object" in out[3]["error"]
    assert isinstance(out[4]["incidents"], list)


def test_console_script_reads_stdin_and_writes_json_lines() -> None:
    feed = "\n".join(json.dumps({"id": str(i), "text": "Calm day."}) for i in range(3)) + "\n"
    proc = subprocess.run([NEWSFACTS, "facts"], input=feed, capture_output=True, text=True, check=True)
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["id"] for o in out] == ["0", "1", "2"]
    assert all(o["incidents"] == [] for o in out)

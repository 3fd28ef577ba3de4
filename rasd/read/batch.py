"""JSONL batches: one article a line, {"id", "text" or "html", "published", "outlet", "url"}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(slots=True)
class BatchItem:
    line_no: int
    record: dict | None
    error: str | None = None

    @property
    def id(self) -> str | None:
        if self.record and self.record.get("id") is not None:
            return str(self.record["id"])
        return None


def iter_jsonl(lines: Iterator[str]) -> Iterator[BatchItem]:
    """Parse each non-blank line; a bad line becomes an item with `error`, and the rest go on."""
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield BatchItem(no, None, f"line {no} is not JSON: {e.msg}")
            continue
        if not isinstance(rec, dict):
            yield BatchItem(no, None, f"line {no} is not a JSON object")
        elif not isinstance(rec.get("text"), str) and not isinstance(rec.get("html"), str):
            yield BatchItem(no, rec, f"line {no} has neither 'text' nor 'html'")
        else:
            yield BatchItem(no, rec)

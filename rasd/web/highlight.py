"""An article's text cut into pieces for highlighting: every annotation span of the record
(entity mentions, attribution cues and contents, event triggers, times) marks the pieces it covers.

Spans overlap (a statement's content holds mentions, triggers and times), so the text is cut at
every span boundary and each piece carries the set of kinds covering it: no nesting to get wrong,
and the template escapes each piece as plain text.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Mark:
    kind: str          # entity, cue, statement, event, time
    start: int
    end: int
    label: str         # what a reader sees on hover: "PERSON حمزة بيرقدار", "DENY جيش الإسلام" …
    ref: str           # the record id it belongs to (E1, A2, V3, T1)


@dataclass(slots=True)
class Piece:
    text: str
    kinds: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    refs: list[str] = field(default_factory=list)


def _span_ok(span: dict | None, n: int) -> bool:
    return bool(span) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int) \
        and 0 <= span["start"] < span["end"] <= n


def marks(record: dict) -> list[Mark]:
    """Every annotation span of a rasd.article/1 record that lies inside its text."""
    n = len(record.get("text") or "")
    out: list[Mark] = []
    for e in record.get("entities") or []:
        for m in e.get("mentions") or []:
            if _span_ok(m, n):
                out.append(Mark("entity", m["start"], m["end"], f"{e.get('type')} {e.get('name')}", e.get("id") or ""))
    for a in record.get("attributions") or []:
        who = a.get("speaker_text") or "?"
        if _span_ok(a.get("cue"), n):
            out.append(Mark("cue", a["cue"]["start"], a["cue"]["end"], f"{a.get('stance')} {who}", a.get("id") or ""))
        if _span_ok(a.get("content"), n):
            out.append(Mark("statement", a["content"]["start"], a["content"]["end"], f"{a.get('stance')} {who}",
                            a.get("id") or ""))
    for v in record.get("events") or []:
        if _span_ok(v.get("trigger"), n):
            label = " ".join(filter(None, [v.get("type"), v.get("mode"), v.get("status")]))
            out.append(Mark("event", v["trigger"]["start"], v["trigger"]["end"], label, v.get("id") or ""))
    for x in record.get("times") or []:
        if _span_ok(x, n):
            out.append(Mark("time", x["start"], x["end"], f"{x.get('type')} {x.get('value') or '?'}", x.get("id") or ""))
    return out


def pieces(text: str, spans: list[Mark]) -> list[Piece]:
    """`text` cut at every span boundary; the pieces put together are `text` again."""
    cuts = sorted({0, len(text)} | {m.start for m in spans} | {m.end for m in spans})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [m for m in spans if m.start <= a and b <= m.end]
        out.append(Piece(text[a:b], sorted({m.kind for m in covering}),
                         list(dict.fromkeys(m.label for m in covering)), list(dict.fromkeys(m.ref for m in covering))))
    return out

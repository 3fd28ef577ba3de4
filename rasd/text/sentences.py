"""Sentence and clause segmentation with offsets.

Sentences end at . ! ? ؟ … and at line breaks; a stop inside an open quotation (« », “ ”, or a
straight " pair) does not end the sentence unless the line ends, since reported speech often runs
over several sentences inside one quote. Clauses further split sentences at ، ؛ , ; and are what
attribution and event stages use to bound an argument search.
Digits with a dot ("3.5") and single-letter abbreviations ("د." "م.") do not end a sentence.
"""
from __future__ import annotations

from rasd.model import Span

_ENDERS = set(".!?؟…")
_CLAUSE = set("،؛,;")
_OPEN = {"«": "»", "“": "”", "„": "”"}


def _strip(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end) if end > start else None


def split_sentences(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    closer_stack: list[str] = []
    straight_open = False
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            closer_stack.clear()
            straight_open = False
            s = _strip(text, start, i)
            if s:
                spans.append(s)
            start = i + 1
        elif ch in _OPEN:
            closer_stack.append(_OPEN[ch])
        elif closer_stack and ch == closer_stack[-1]:
            closer_stack.pop()
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _ENDERS and not closer_stack and not straight_open:
            if ch == "." and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue
            if ch == "." and i >= 1 and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalpha()):
                i += 1
                continue
            j = i + 1
            while j < n and (text[j] in _ENDERS or text[j] in "»”\"')"):
                j += 1
            s = _strip(text, start, j)
            if s:
                spans.append(s)
            start = i = j
            continue
        i += 1
    s = _strip(text, start, n)
    if s:
        spans.append(s)
    return spans


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Split one sentence at commas and semicolons that stand outside quotations."""
    out: list[Span] = []
    start = sentence.start
    depth = 0
    straight_open = False
    for i in range(sentence.start, sentence.end):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in "»”" and depth:
            depth -= 1
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _CLAUSE and not depth and not straight_open:
            s = _strip(text, start, i)
            if s:
                out.append(s)
            start = i + 1
    s = _strip(text, start, sentence.end)
    if s:
        out.append(s)
    return out

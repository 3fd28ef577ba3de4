"""Clauses: a sentence cut where a new clause opens.

Two cuts. `punctuated` cuts at commas and semicolons only, inside quotations too (a quoted
statement holds conditions and lists whose parts must be seen apart); the event stage reads
status and arguments clause by clause on it. `clauses` also opens a clause at a complementiser
(أعلن الجيش | أن قواته انسحبت) and a relative pronoun (القوات | التي انسحبت), the two places
where a new subject and verb start inside a sentence without punctuation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from rasd.events.lexicon import Word
from rasd.model import Span
from rasd.syntax.lexicon import syntax_words

_CLAUSE_RE = re.compile(r"[^،؛,;]+")
PUNCTUATION = "،؛,;:.!?؟\n«»“”\""


def punctuated(text: str, sentence: Span) -> list[Span]:
    """The sentence cut at commas and semicolons."""
    out = [Span.of(text, sentence.start + m.start(), sentence.start + m.end())
           for m in _CLAUSE_RE.finditer(sentence.text)]
    return out or [sentence]


@dataclass(frozen=True, slots=True)
class Clause:
    lo: int            # first word (index into the article's words)
    hi: int            # one past the last word
    opener: str        # "comp" (أن/إن), "relative" (الذي/التي), "punct", or "" for the sentence's first


def clauses(words: list[Word], lo: int, hi: int, text: str) -> list[Clause]:
    """The clauses of the words [lo, hi): a new one at punctuation, a complementiser or a relative."""
    sw = syntax_words()
    out: list[Clause] = []
    start, opener = lo, ""
    for j in range(lo + 1, hi):
        gap = text[words[j - 1].end:words[j].start]
        kind = "punct" if any(ch in PUNCTUATION for ch in gap) else \
            "comp" if words[j].norm in sw.comp else "relative" if words[j].norm in sw.relative else ""
        if kind:
            out.append(Clause(start, j, opener))
            start, opener = j, kind
    if start < hi:
        out.append(Clause(start, hi, opener))
    return out

"""Scanning a text for atoms: the windows around head words where an expression can be, the atoms
the patterns find there, and the prepositions and hedges kept around them (rasd.times.atoms reads
each match into an Atom)."""
from __future__ import annotations

import re

from rasd.times.atoms import _WORD, Atom, _atom
from rasd.times.patterns import NEEDS, exclusions, head_keys, head_words, patterns

# overlapping candidates are settled by length (the longest wins), then by this order
_PRIORITY = ["date", "date_mdy", "date_in_month", "date_num", "hijri", "dateline", "year_range", "clock", "clock_hm",
             "clock_part", "clock_range", "duration_ord", "duration_def", "duration", "anaphoric", "relday", "weekday",
             "period", "season", "year", "decade", "vague", "set", "part", "duration_word"]

_WINDOW_BEFORE, _WINDOW_AFTER = 30, 50
_DIGIT, _YEAR4, _HM = frozenset({"digit"}), frozenset({"digit", "year4"}), frozenset({"digit", "hm"})
_DIGITS = re.compile(r"\d+")


def windows(norm: str) -> dict[str, list[tuple[int, int]]]:
    """For each kind of head word (month, weekday, unit, digit …) the stretches of text around
    its occurrences, and under "any" around all of them: the only places an expression can be."""
    heads = head_words()
    found = [(m.start(), m.end(), _YEAR4 if m.end() - m.start() == 4 else _HM if norm[m.end():m.end() + 1] == ":" else _DIGIT)
             for m in _DIGITS.finditer(norm)]
    for word in set(_WORD.findall(norm)) & head_keys():
        kinds, at = heads[word], norm.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not norm[at - 1].isalnum()) and (end == len(norm) or not norm[end].isalnum()):
                found.append((at, end, kinds))
            at = norm.find(word, end)
    found.sort()
    around: dict[str, list[list[int]]] = {}
    for at, end, kinds in found:
        start, stop = max(0, at - _WINDOW_BEFORE), min(len(norm), end + _WINDOW_AFTER)
        for kind in (*kinds, "any"):
            spans = around.setdefault(kind, [])
            if spans and start <= spans[-1][1]:
                spans[-1][1] = stop
            else:
                spans.append([start, stop])
    result = {}
    for kind, spans in around.items():
        snapped = []
        for start, end in spans:
            while start > 0 and not norm[start - 1].isspace():
                start -= 1
            while end < len(norm) and not norm[end].isspace():
                end += 1
            snapped.append((start, end))
        result[kind] = snapped
    return result


def atoms(norm: str) -> list[Atom]:
    """Every atom, overlaps resolved: the longest wins, then the pattern listed first."""
    found = []
    near = windows(norm)
    for name, pattern in patterns().items():
        if name not in NEEDS:
            continue          # prepositions and hedges: looked up next to the atoms found
        rank = _PRIORITY.index(name)
        kinds = NEEDS[name]
        spans = near.get(next(iter(kinds)), []) if len(kinds) == 1 else _union(near, kinds)
        for ws, we in spans:
            for m in pattern.finditer(norm, ws, we):
                a = _atom(name, m, norm)
                for one in a if isinstance(a, list) else [a]:
                    if one is not None and one.end > one.start:
                        found.append((one, rank))
    excluded = exclusions()
    blocked = [m.span() for ws, we in near.get("any", ()) for m in excluded.finditer(norm, ws, we)]
    found.sort(key=lambda x: (-(x[0].end - x[0].start), x[1]))
    kept: list[Atom] = []
    for a, _p in found:
        if any(a.start < e and s < a.end for s, e in blocked):
            continue
        if any(a.start < k.end and k.start < a.end for k in kept):
            continue
        kept.append(a)
    kept.sort(key=lambda a: a.start)
    return _with_prepositions(norm, kept)


def _with_prepositions(norm: str, kept: list[Atom]) -> list[Atom]:
    """Add the prepositions right before each atom (up to three: حتى مطلع …) and the hedge right after it."""
    P = patterns()
    out: list[Atom] = []
    previous_end = 0
    for i, a in enumerate(kept):
        start = a.start
        before: list[Atom] = []
        for _ in range(3):
            m = P["prep_before"].search(norm, max(previous_end, start - 25), start)
            if m is None:
                break
            prep = _atom("prep", m, norm)
            prep.end = m.start() + len(m.group("prep"))
            before.insert(0, prep)
            start = prep.start
        out.extend(before)
        out.append(a)
        following = kept[i + 1].start if i + 1 < len(kept) else len(norm)
        m = P["tail_after"].match(norm, a.end, following)
        if m:
            out.append(_atom("prep", m, norm))
            out[-1].start = m.start("prep")
        previous_end = out[-1].end
    return out


def _union(near: dict, kinds) -> list[tuple[int, int]]:
    spans = sorted(s for k in kinds for s in near.get(k, ()))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged

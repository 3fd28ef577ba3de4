"""The time vocabularies (rasd/data/times/*.tsv), normalised and turned into regex pieces.

Everything is read once and cached. Forms are normalised with rasd.text.normalize so the
patterns run over the normalised article (no diacritics, one alef, ASCII digits).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasd.resources import load_rows
from rasd.text.normalize import normalize


def _norm(form: str) -> str:
    return " ".join(normalize(form).split())


def alternation(forms) -> str:
    """A regex alternative of normalised forms, longest first; a space matches any run of spaces."""
    uniq = sorted({f for f in forms if f}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in uniq) + ")"


def with_clitics(forms) -> str:
    """Forms that may carry the proclitics و ف ب ل ك (بالأمس، ولليوم، والسبت)."""
    definite, bare = [], []
    for f in forms:
        (definite if f.startswith("ال") else bare).append(f)
    parts = []
    if definite:
        stems = alternation(f[2:] for f in definite)
        parts.append(f"(?:[وف]?[بك]?ال|[وف]?لل){stems}")
    if bare:
        parts.append(f"[وف]?[بلك]?{alternation(bare)}")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Lexicon:
    months: dict            # form -> (month, needs_context)
    hijri_months: dict      # form -> month
    weekdays: dict          # form -> ISO weekday
    relative_days: dict     # form -> (offset, part or None)
    parts: dict             # form -> (code, role, clock rule)
    numbers: dict           # form -> (value, kind)
    units: dict             # form -> (unit, number: 1, 2 or 'pl')
    modifiers: dict         # form -> (direction, position)
    prepositions: dict      # form -> (role, direction or None)
    cue_words: frozenset
    cue_patterns: tuple
    not_cue_patterns: tuple
    vague: dict             # form -> value
    sets: dict              # form -> value
    exclusions: tuple
    anaphoric_days: tuple
    name_heads: frozenset
    clause_openers: frozenset
    decades: dict           # stem of the ten -> decade digit (ثمانين -> 8)
    seasons: dict           # season or part of a year -> (TIMEX3 code, first month or None) (صيف -> SU, 6)
    centuries: dict         # century word -> (value, relative?)

    def number_forms(self, *kinds: str) -> list[str]:
        return [f for f, (_v, k) in self.numbers.items() if k in kinds]


@lru_cache(maxsize=None)
def clock_fractions(where: str) -> dict[str, int]:
    """Fractions of an hour (clock_fractions.tsv) said "past" (والنصف) or "to" (إلا ربعاً) → minutes, in file order."""
    return {_norm(form): int(minutes) for form, minutes, places in load_rows("times/clock_fractions.tsv")
            if where in places.split(",")}


@lru_cache(maxsize=None)
def calendar_units(use: str) -> tuple[str, ...]:
    """Units naming a calendar period (calendar_units.tsv) with one use: period or consecutive."""
    return tuple(_norm(form) for form, uses in load_rows("times/calendar_units.tsv") if use in uses.split(","))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    def rows(name):
        return load_rows(f"times/{name}")
    return Lexicon(
        months={_norm(r[0]): (int(r[1]), r[3] == "yes") for r in rows("months.tsv")},
        hijri_months={_norm(r[0]): int(r[1]) for r in rows("hijri_months.tsv")},
        weekdays={_norm(r[0]): int(r[1]) for r in rows("weekdays.tsv")},
        relative_days={_norm(r[0]): (int(r[1]), None if r[2] == "-" else r[2]) for r in rows("relative_days.tsv")},
        parts={_norm(r[0]): (r[1], r[2], r[3]) for r in rows("parts_of_day.tsv")},
        numbers={_norm(r[0]): (int(r[1]), r[2]) for r in rows("numbers.tsv")},
        units={_norm(r[0]): (r[1], r[2] if r[2] == "pl" else int(r[2])) for r in rows("units.tsv")},
        modifiers={_norm(r[0]): (r[1], r[2]) for r in rows("modifiers.tsv")},
        prepositions={_norm(r[0]): (r[1], None if r[2] == "-" else r[2]) for r in rows("prepositions.tsv")},
        cue_words=frozenset(_norm(r[0]) for r in rows("cues.tsv") if r[2] == "word"),
        cue_patterns=tuple(re.compile(r[0]) for r in rows("cues.tsv") if r[2] == "pattern"),
        not_cue_patterns=tuple(re.compile(r[0]) for r in rows("cues.tsv") if r[2] == "not"),
        vague={_norm(r[0]): r[1] for r in rows("vague.tsv")},
        sets={_norm(r[0]): r[1] for r in rows("sets.tsv")},
        exclusions=tuple(_norm(r[0]) for r in rows("exclusions.tsv")),
        anaphoric_days=tuple(_norm(r[0]) for r in rows("anaphoric_days.tsv")),
        name_heads=frozenset(_norm(r[0]) for r in rows("name_heads.tsv")),
        clause_openers=frozenset(_norm(r[0]) for r in rows("cues.tsv") if r[2] == "clause"),
        decades={_norm(r[0]): int(r[1]) for r in rows("decades.tsv") if r[2] == "decade"},
        seasons={_norm(r[0]): (r[1], None if r[2] == "-" else int(r[2])) for r in rows("seasons.tsv")},
        centuries={_norm(r[0]): (int(r[1]), r[2] == "century_relative") for r in rows("decades.tsv")
                   if r[2].startswith("century")},
    )

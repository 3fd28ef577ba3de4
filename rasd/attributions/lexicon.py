"""The attribution stage's language data, loaded once from rasd/data/attributions/.

cues.tsv          reporting cues with stance, kind and gender
phrase_words.tsv  closed word classes (complementisers, role heads, anonymous heads, media …)
clause_words.tsv  particles and auxiliaries of the clause around a cue (negation, subjunctive, contrast, كان)
stance_signals.tsv content phrases that make a plain statement a threat or an accusation
channel_words.tsv words around a platform name in a channel (موقع، التواصل الاجتماعي، الرسمي)

Outlet names and given names are shared with the entity stage (rasd/data/entities/actors.tsv,
outlets.tsv, given_names.tsv). Everything is keyed by the normalised form (rasd.text.normalize), so hamza forms,
diacritics and tanwin alef spellings (مشيراً / مشيرا) all match.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.resources import load_rows
from rasd.text import normalize

_DIR = "attributions/"


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]    # normalised words
    stance: str
    kind: str                 # verb, part, frame, relay, report, tail, masdar
    gender: str               # m, f, p, -
    needs: str = ""           # "comp": a statement only with a complement (إن/أن، على، quotation, colon);
                              # "an": only with عن (أعرب عن)


def norm_words(phrase: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in phrase.split())


@lru_cache(maxsize=None)
def cues() -> dict[str, tuple[Cue, ...]]:
    """First normalised word → cues starting with it, longest first."""
    index: dict[str, list[Cue]] = {}
    for form, stance, kind, gender, *rest in load_rows(_DIR + "cues.tsv"):
        cue = Cue(norm_words(form), stance, kind, gender, rest[0] if rest else "")
        index.setdefault(cue.words[0], []).append(cue)
    return {k: tuple(sorted(v, key=lambda c: -len(c.words))) for k, v in index.items()}


@lru_cache(maxsize=None)
def denials() -> tuple[tuple[str, ...], ...]:
    """Phrases that turn a plain statement into a denial (غير صحيح، لا صحة، عارٍ عن الصحة)."""
    return tuple(c.words for group in cues().values() for c in group if c.kind == "denial")


@lru_cache(maxsize=None)
def stance_signals() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Content phrases that make a plain statement a threat or an accusation (stance_signals.tsv);
    "…" in a phrase stands for any words between."""
    return tuple((tuple("…" if w == "…" else normalize(w) for w in phrase.split()), stance)
                 for phrase, stance in load_rows(_DIR + "stance_signals.tsv"))


@lru_cache(maxsize=None)
def word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for word, cls in load_rows(_DIR + "phrase_words.tsv"):
        classes.setdefault(normalize(word), set()).add(cls)
    return {k: frozenset(v) for k, v in classes.items()}


@lru_cache(maxsize=None)
def outlets() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First normalised word → outlet names (as word tuples), longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for name in outlet_names():
        words = norm_words(name)
        if words:
            index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


def outlet_names() -> set[str]:
    """Every written form of the outlets the entity stage knows (rasd/data/entities/: actors.tsv
    MEDIA rows and outlets.tsv, the framed-only forms included: here a statement frames them)."""
    names = set()
    for row in load_rows("entities/actors.tsv") + load_rows("entities/outlets.tsv"):
        if row[0] == "MEDIA":
            names.add(row[1])
            names.update(v for v in (row[2].split("|") if len(row) > 2 else []) if v)
    return names


@lru_cache(maxsize=None)
def given_names() -> frozenset[str]:
    """All given names of rasd/data/entities/given_names.tsv, the weak ones included: here they
    only mark where a name begins after a role."""
    return frozenset(normalize(r[0]) for r in load_rows("entities/given_names.tsv"))


@lru_cache(maxsize=None)
def clause_words(cls: str) -> frozenset[str]:
    """The normalised words of one class of clause_words.tsv (negation, subjunctive, contrast, kana …)."""
    return frozenset(normalize(word) for word, c in load_rows(_DIR + "clause_words.tsv") if c == cls)


@lru_cache(maxsize=None)
def channel_words(cls: str) -> frozenset[str]:
    """The normalised words of one class of channel_words.tsv (site, social, account)."""
    return frozenset(normalize(word) for word, c in load_rows(_DIR + "channel_words.tsv") if c == cls)


def has_class(norm: str, cls: str) -> bool:
    return cls in word_classes().get(norm, ())

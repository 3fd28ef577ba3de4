"""Cross-article entities: one canonical id per real-world actor or place.

Each article's entities (from the entity stage) are resolved against the store's canonical
entities by matching keys: the name normalised (hamza, ta marbuta, diacritics) with the article
ال and clitics taken off each word. A demonym that stands for a state ("الروس", "الجانب الروسي")
resolves to the state (rasd/data/demonyms.tsv, side_heads.tsv); spelling variants of one name
(سبوتنيك / سبوتينيك) meet through fuzzy matching (rapidfuzz) among entities of the same type.
Every form seen becomes an alias, so later articles resolve by exact key.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from rasd.resources import load_rows
from rasd.text import normalize
from rasd.text.tokens import clitic_readings

FUZZY_MIN = 90          # rapidfuzz ratio (0–100) for two keys to be one name spelled two ways
FUZZY_MIN_LEN = 6       # shorter keys only match exactly: short names collide too easily
SURNAME_MIN_LEN = 5     # a person's last name alone becomes an alias when at least this long


def _strip_word(w: str) -> str:
    """A normalised word without its article or clitic chain ending in ال (والروس → روس);
    a stem of fewer than three letters is no stem (الله is not ال + له)."""
    for skip, stem in clitic_readings(w, min_stem=3):
        if skip and w[:skip].endswith("ال"):
            return stem
    return w


def _truncated(key: str, heads: set[str]) -> bool:
    """A form cut down to a head noun: "الهيئة" for هيئة تحرير الشام, "لحكومة", "عناصر الفيلق".

    Within an article such a form is anaphoric and the entity stage rightly links it; across
    articles it would name every هيئة or حكومة, so it is no alias."""
    words = key.split()
    last = words[-1]
    return last in heads or (last[:1] == "ل" and last[1:] in heads)


KEY_MAX = 200           # the store's key columns hold this many characters


def entity_key(name: str) -> str:
    key = " ".join(_strip_word(w) for w in normalize(name).replace("\u0640", "").split() if w.strip("\"'«»()"))
    return key[:KEY_MAX]


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for country, forms in load_rows("demonyms.tsv"):
        for f in forms.split(","):
            out[entity_key(f)] = country
    return out


@lru_cache(maxsize=1)
def _side_heads() -> frozenset[str]:
    return frozenset(entity_key(head) for head, kind in load_rows("side_heads.tsv") if kind == "side")


def state_for(name: str) -> str | None:
    """The state a demonym phrase stands for: "الروس" / "الجانب الروسي" → "روسيا"."""
    words = entity_key(name).split()
    if len(words) == 2 and words[0] in _side_heads():
        words = words[1:]
    if len(words) == 1:
        return _demonyms().get(words[0])
    return None


def _fuzzy_lengths(n: int) -> range:
    """The key lengths that can reach FUZZY_MIN against a key of length n: fuzz.ratio is at most
    200·min/(n+m), so only keys of about the same length are compared, not every key of the store."""
    r = FUZZY_MIN / 100
    return range(math.ceil(n * r / (2 - r) - 1e-9), math.floor(n * (2 - r) / r + 1e-9) + 1)


@dataclass
class EntityIndex:
    """The canonical entities as a matching index, loaded from the store and kept in step with it."""
    by_key: dict[str, int] = field(default_factory=dict)                 # alias key → entity id
    keys_by_type: dict[str, dict[int, list[str]]] = field(default_factory=dict)   # type → key length → keys, for fuzzy matching
    type_of: dict[int, str] = field(default_factory=dict)

    def add_alias(self, key: str, entity_id: int) -> bool:
        if not key or key in self.by_key:
            return False
        self.by_key[key] = entity_id
        self.keys_by_type.setdefault(self.type_of.get(entity_id, ""), {}).setdefault(len(key), []).append(key)
        return True

    def find(self, type_: str, keys: list[str]) -> int | None:
        for k in keys:
            if k in self.by_key:
                return self.by_key[k]
        by_length = self.keys_by_type.get(type_, {})
        for k in keys:
            if len(k) < FUZZY_MIN_LEN:
                continue
            candidates = [c for n in _fuzzy_lengths(len(k)) for c in by_length.get(n, ())]
            if not candidates:
                continue
            hit = process.extractOne(k, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
            if hit:
                return self.by_key[hit[0]]
        return None


def candidate_keys(entity: dict) -> tuple[str, list[str]]:
    """(canonical display name, matching keys) for one entity of an article record."""
    forms = [entity["name"]] + [m["text"] for m in entity.get("mentions", [])]
    state = None
    for f in forms:
        state = state_for(f)
        if state:
            break
    keys: list[str] = []
    name = entity["name"]
    if state:
        name = state
        keys.append(entity_key(state))
    all_keys = [k for k in (entity_key(f) for f in forms) if k]
    heads = {k.split()[0] for k in all_keys if len(k.split()) > 1}
    for i, k in enumerate(all_keys):
        if k not in keys and (i == 0 or not _truncated(k, heads)):
            keys.append(k)
    return name, keys


def surname_key(type_: str, key: str) -> str | None:
    parts = key.split()
    if type_ == "PERSON" and len(parts) >= 2 and len(parts[-1]) >= SURNAME_MIN_LEN:
        return parts[-1]
    return None

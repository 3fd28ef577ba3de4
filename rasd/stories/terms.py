"""Words as story matching and search see them: normalised, light-stemmed, function words dropped.

Matching across outlets must not care whether one site writes "الغوطة" and another "بالغوطه",
so every word is normalised (rasd.text.normalize) and light-stemmed with the light10 affix lists
in rasd/data/light_stem.tsv. Stemming is deliberately shallow: it makes forms of one word meet,
and where it over-strips (و of وزير) it does so the same way in every article.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from rasd.resources import load_list, load_rows
from rasd.text import normalize
from rasd.text.tokens import clitic_readings

_WORD_RE = regex.compile(r"[\p{L}\p{M}\u0640]+|\d+")
MIN_STEM = 2


@lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    kinds: dict[str, list[tuple[str, int]]] = {"conj": [], "article": [], "suffix": []}
    for kind, affix, min_left in load_rows("light_stem.tsv"):
        kinds[kind].append((normalize(affix), int(min_left)))
    # longest affix first, so وال is tried before و and ال
    return tuple(tuple(sorted(kinds[k], key=lambda a: -len(a[0]))) for k in ("conj", "article", "suffix"))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_list("stopwords.txt"))


@lru_cache(maxsize=65536)
def stem(norm_word: str) -> str:
    """The light10 stem of one normalised word."""
    conj, article, suffixes = _affixes()
    w = norm_word
    for affix, left in conj:
        if w.startswith(affix) and len(w) - len(affix) >= left + 1:
            w = w[len(affix):]
            break
    for affix, left in article:
        if w.startswith(affix) and len(w) - len(affix) >= left:
            w = w[len(affix):]
            break
    for affix, left in suffixes:
        if w.endswith(affix) and len(w) - len(affix) >= left:
            return w[: -len(affix)]
    return w


def words(text: str) -> list[str]:
    """Normalised words of a text, in order (digits kept as words)."""
    return _WORD_RE.findall(normalize(text))


def terms(text: str) -> list[str]:
    """Content stems of a text in order: function words and one-letter leftovers dropped."""
    stop = stopwords()
    out = []
    for w in words(text):
        if w in stop or w.isdigit() or (w[0] in "وف" and w[1:] in stop):
            continue
        s = stem(w)
        if len(s) >= MIN_STEM and s not in stop:
            out.append(s)
    return out


def search_terms(text: str) -> list[str]:
    """Stems for the full-text index: each word's stem, and also the stem of the word without a
    one-letter proclitic (ب ل ك و ف) that light10 keeps, so "بدوما" is found by "دوما"."""
    stop = stopwords()
    out = []
    for w in words(text):
        if w in stop:
            continue
        out.append(stem(w))
        if len(w) >= 4 and w[0] in "بلكوف" and not w.startswith("ال", 1):
            out.append(stem(w[1:]))
    return out


def query_alternatives(query: str) -> list[list[str]]:
    """For each content word of a query, the stems it may stand for (with and without clitics)."""
    stop = stopwords()
    groups = []
    for w in words(query):
        if w in stop:
            continue
        alts = []
        for _, reading in clitic_readings(w):
            s = stem(reading)
            if len(s) >= MIN_STEM and s not in alts:
                alts.append(s)
        if alts:
            groups.append(alts)
    return groups

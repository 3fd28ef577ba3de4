"""Construct chains and what hangs on them: whose is the noun after an event word.

«قصف الطائرات التابعة للنظام»: the event noun's genitive (الطائرات) is a common noun, and the
party it belongs to follows an affiliation word (التابعة لـ، الموالية لـ، المدعومة من). The chain
head is then only the instrument; the one it belongs to is the party of the event.
"""
from __future__ import annotations

from rasd.events.lexicon import Word, argument_markers, keys, readings
from rasd.syntax.clauses import PUNCTUATION
from rasd.syntax.lexicon import syntax_words

HEAD_WORDS = 2      # words of the chain head before the affiliation word (الطائرات الحربية التابعة)


def _affiliation(w: Word) -> bool:
    n = w.norm[1:] if w.norm[:1] == "و" else w.norm
    return n in syntax_words().affiliation


def affiliated_owner(words: list[Word], after: int, owner_first: int, text: str) -> bool:
    """The name starting at word `owner_first` is the owner, through an affiliation word, of the
    one or two words right after word `after` (قصف الطائرات التابعة للنظام، القوات الموالية لها).

    The owner's word carries لـ (للنظام) or follows من (المدعومة من تركيا)."""
    k = owner_first - 1
    if k >= 0 and words[k].norm == "من":
        k -= 1
    elif not words[owner_first].norm.startswith("ل"):
        return False
    if k <= after or not _affiliation(words[k]) or k - after - 1 > HEAD_WORDS:
        return False
    return not any(ch in PUNCTUATION for ch in text[words[after].end:words[owner_first].start]) \
        and all(keys(words[j].norm, "N") for j in range(after + 1, k))


def after_b_noun(words: list[Word], first: int) -> bool:
    """The name starting at word `first` is the genitive of a noun written with بـ (برصاص القوات،
    بنيران الجيش، بقذيفة للمسلحين): the instrument's owner, the one who used it."""
    if first == 0:
        return False
    w = words[first - 1].norm
    w = w[1:] if w[:1] in ("و", "ف") else w
    return w.startswith("ب") and len(w) >= 4 and bool(keys(w, "N"))


def after_place_noun(words: list[Word], i: int) -> bool:
    """Word i is the genitive of a place noun (مناطق الاشتباكات، مواقع سيطرة النظام، بمقر القيادة): the
    chain names places by what goes on there, so word i tells of no event of its own."""
    if i == 0:
        return False
    place_nouns = argument_markers().place_nouns
    return any(r.key in place_nouns and not r.suffix and not r.prefix.endswith("ال") for r in readings(words[i - 1].norm))


def _noun_of(word: Word, nouns: frozenset[str]) -> bool:
    return any(r.key in nouns for r in readings(word.norm))


def after_span(words: list[Word], i: int) -> bool:
    """Word i follows من after a noun of a long period (بعد أكثر من 13 شهراً من المواجهات، سنوات من
    الحرب، عقود من الاحتلال): it names what filled the period, not one incident."""
    return i >= 2 and words[i - 1].norm == "من" and _noun_of(words[i - 2], argument_markers().spans)


def after_venue(words: list[Word], i: int) -> bool:
    """Word i is the genitive of a gathering's noun (قمة أبوجا، مؤتمر جنيف): the place it met in."""
    return i >= 1 and _noun_of(words[i - 1], argument_markers().venues)

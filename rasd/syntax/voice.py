"""Verb voice: is the verb at a word passive, and is its subject a setting rather than a party.

Arabic news writes most passives without vowels (اعتقل الصحفي), so voice is read from three
signs: a damma the writer did put on the verb (قُتل، اعتُقل، استُهدف); a verb whose letters are
passive in any case (اغتيل، أصيب); and a harm verb whose subject is a number of people (قتل 11
مدنياً، 11 مدنياً قتلوا): a count is who suffered. The subject of a passive verb is the one it was
done to; its doer is named, if at all, by على يد / من قبل. A scene verb (شهدت الضفة اقتحامات) has
a place or a time for its subject.
"""
from __future__ import annotations

import regex

from rasd.events.lexicon import Word, keys, readings
from rasd.syntax.lexicon import syntax_words

DAMMA = "\u064f"
_LETTER = regex.compile(r"\p{L}\p{M}*")
_DIGIT = regex.compile(r"\d")
_ALEF = ("ا", "أ", "إ", "آ")


def _letters(written: str) -> list[str]:
    """The letters of a written word, each with the marks written on it (tatweel dropped)."""
    return [m.group() for m in _LETTER.finditer(written.replace("\u0640", ""))]


def damma_marked(written: str, prefix: str = "") -> bool:
    """A perfect verb with a damma on its first letter (قُتل، أُصيب) or, when it opens with alef
    (forms VII, VIII, X), on its second or third (اعتُقل، استُهدف): the passive. An active perfect
    never carries a damma there; the person endings (قتلُوا) come later in the word."""
    letters = _letters(written)[len(prefix):]
    if not letters:
        return False
    if DAMMA in letters[0]:
        return True
    return letters[0][0] in _ALEF and any(DAMMA in x for x in letters[1:3])


def _stem_reading(w: Word, stem: str | None):
    """The reading of the word as the verb `stem` (the trigger's), else its plainest verb reading."""
    rs = readings(w.norm)
    return next((r for r in rs if r.key == stem), None) if stem else (rs[0] if rs else None)


PLURAL_ENDINGS = ("وا", "و", "ا", "ن")


def counted(words: list[Word], i: int, text: str, suffix: str = "") -> bool:
    """A number of people stands as the verb's subject: right after the bare verb (قتل 11 مدنياً،
    اعتقل ثلاثة شبان; قتلت ثلاثة has its own subject, "she") or, with the verb's plural ending,
    right before it (11 مدنياً قتلوا)."""
    sw = syntax_words()
    w = words[i]
    if suffix == "":
        after_end = words[i + 1].start if i + 1 < len(words) else len(text)
        return bool(_DIGIT.search(text[w.end:after_end])) or (i + 1 < len(words) and words[i + 1].norm in sw.numbers)
    if suffix not in PLURAL_ENDINGS:
        return False
    lo = words[i - 2].start if i >= 2 else (words[i - 1].start if i >= 1 else w.start)
    gap = text[lo:w.start]
    if any(ch in "،,.؛;:!?؟" for ch in gap):
        return False
    return bool(_DIGIT.search(gap)) or any(words[j].norm in sw.numbers for j in range(max(0, i - 2), i))


def is_passive(words: list[Word], i: int, text: str, stem: str | None = None) -> bool:
    """The verb at word i is passive (see the module docstring); `stem` is its lexicon stem."""
    sw = syntax_words()
    w = words[i]
    r = _stem_reading(w, stem)
    if r is None:
        return False
    if r.key in sw.passive:
        return True
    if not r.key.startswith("~") and damma_marked(text[w.start:w.end], r.prefix):
        return True
    return r.key in sw.count and counted(words, i, text, r.suffix)


def scene_verb(w: Word) -> bool:
    """شهدت، تشهد، عاشت: a verb whose subject is where (or when) the event in its object happened."""
    return not syntax_words().scene.isdisjoint(keys(w.norm, "V"))


def scene_subject(words: list[Word], first: int) -> bool:
    """The name starting at word `first` is the subject of a scene verb right before it
    (شهدت الضفة الغربية، وتشهد مدينة نابلس)."""
    return first > 0 and scene_verb(words[first - 1])

"""Offset-preserving Arabic normalisation for matching.

`normalize("أَكَّدَ")` gives "اكد"; `NormalizedText` keeps, for each character of the normalised
string, the index of the original character it came from, so a match found in the normalised
view maps back to an exact span of the original text. The original is never replaced.

What is folded (the usual choices of Arabic IR, e.g. Larkey's light stemming normaliser):
diacritics (harakat, shadda, sukun, tanwin, dagger alef) and tatweel are dropped;
أ إ آ ٱ → ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Arabic-Indic and Persian digits → ASCII;
Latin letters are lower-cased; NBSP and other spaces → " ".
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

_DROP = set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660)) \
    | {"\u0670", "\u0640"} | set(chr(c) for c in range(0x06D6, 0x06EE)) | {"\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
         "ک": "ك", "ی": "ي", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)   # Extended (Persian) Arabic-Indic


def _DROP_MARK(ch: str) -> bool:
    return ch in _DROP and ch not in "\u200c\u200d\u200e\u200f\ufeff"


# one translate table does the whole fold in C; presentation forms (rare) go through NFKC
_TABLE = {ord(c): None for c in _DROP} | {ord(k): v for k, v in _FOLD.items()} \
    | {c: chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}


def normalize_char(ch: str) -> str:
    """The normalised form of one character: '' when it is dropped."""
    if ord(ch) > 0xFB00:   # presentation forms and full-width letters
        return unicodedata.normalize("NFKC", ch).translate(_TABLE).lower()
    return ch.translate(_TABLE)


_PRESENTATION = re.compile("[\ufb00-\U0010ffff]")


def normalize(text: str) -> str:
    if _PRESENTATION.search(text):
        return "".join(normalize_char(c) for c in text)
    return text.translate(_TABLE)


@dataclass(slots=True)
class NormalizedText:
    """A normalised view of `original` with a map back to original offsets."""
    original: str
    text: str
    index: list[int]   # index[i] = offset in `original` of normalised char i; index[len] = len(original)

    @classmethod
    def of(cls, original: str) -> "NormalizedText":
        folded = normalize(original)
        if len(folded) == len(original) and not _PRESENTATION.search(original):
            return cls(original, folded, list(range(len(original) + 1)))   # one to one
        out: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(original):
            n = normalize_char(ch)
            for c in n:
                out.append(c)
                index.append(i)
        index.append(len(original))
        return cls(original, "".join(out), index)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original [start, end)."""
        if end <= start:
            o = self.index[start]
            return o, o
        o_end = self.index[end - 1] + 1
        # keep the diacritics that sit on the last letter
        while o_end < len(self.original) and _DROP_MARK(self.original[o_end]):
            o_end += 1
        return self.index[start], o_end

    def from_original(self, offset: int) -> int:
        """The first normalised position at or after an original offset."""
        return bisect_right(self.index, offset - 1)

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

_DROP = set(chr(c) for c in range(0x0610, 0x061B)) | set(chr(c) for c in range(0x064B, 0x0660)) \
    | {"\u0670", "\u0640"} | set(chr(c) for c in range(0x06D6, 0x06EE)) | {"\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}
_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
         "ک": "ك", "ی": "ي", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\t": " "}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)   # Extended (Persian) Arabic-Indic


def _DROP_MARK(ch: str) -> bool:
    """A mark written on the letter before it (harakat, shadda…), not tatweel or a format char."""
    return ch in _DROP and ch not in "\u0640\u200c\u200d\u200e\u200f\ufeff"


def _translate_table() -> list[str | None]:
    """A translate table indexed by code point: str.translate does the whole fold in C (a list is
    faster than a dict there); code points past the BMP are left as they are."""
    table: list[str | None] = [chr(i) for i in range(0x10000)]
    for c in _DROP:
        table[ord(c)] = None
    for c, f in _FOLD.items():
        table[ord(c)] = f
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    return table


_TABLE = _translate_table()
_PRESENTATION = re.compile("[\ufb00-\uffff]")      # presentation forms and full-width letters (NFKC)
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")


def normalize_char(ch: str) -> str:
    """The normalised form of one character: '' when it is dropped."""
    if _PRESENTATION.match(ch):
        return unicodedata.normalize("NFKC", ch).translate(_TABLE).lower()
    return ch.translate(_TABLE)


def normalize(text: str) -> str:
    if _PRESENTATION.search(text):
        return "".join(normalize_char(c) for c in text)
    return text.translate(_TABLE)


class NormalizedText:
    """A normalised view of `original` with a map back to original offsets.

    Without presentation forms every kept character maps to exactly one character, so the map is
    just the sorted positions of the dropped characters (small, and built with one regex pass);
    text with presentation forms, which NFKC may expand, keeps an explicit per-character index.
    """
    __slots__ = ("original", "text", "_dropped_at", "_index")

    def __init__(self, original: str):
        self.original = original
        self._index: list[int] | None = None
        if _PRESENTATION.search(original):
            out: list[str] = []
            index: list[int] = []
            for i, ch in enumerate(original):
                for c in normalize_char(ch):
                    out.append(c)
                    index.append(i)
            index.append(len(original))
            self.text, self._index, self._dropped_at = "".join(out), index, []
            return
        self.text = original.translate(_TABLE)
        # the normalised position just before which the j-th dropped character sat
        self._dropped_at = [m.start() - j for j, m in enumerate(_DROP_RE.finditer(original))]

    @classmethod
    def of(cls, original: str) -> "NormalizedText":
        return cls(original)

    def offset(self, i: int) -> int:
        """The original offset of normalised position i (i == len(text) gives len(original))."""
        if self._index is not None:
            return self._index[i]
        if i >= len(self.text):
            return len(self.original)
        return i + bisect_right(self._dropped_at, i)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original [start, end)."""
        if end <= start:
            o = self.offset(start)
            return o, o
        o_end = self.offset(end - 1) + 1
        # keep the diacritics that sit on the last letter (غداً keeps its tanween)
        while o_end < len(self.original) and _DROP_MARK(self.original[o_end]):
            o_end += 1
        return self.offset(start), o_end

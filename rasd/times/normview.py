"""A fast offset-keeping normalised view of an article for the time patterns.

Same folding as rasd.text.normalize (diacritics and tatweel dropped, hamza forms and digits
folded), done with one str.translate; since every kept character maps to exactly one
character, offsets map back through the sorted list of dropped positions. Text with
presentation forms (which can expand) falls back to rasd.text.NormalizedText.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from rasd.text.normalize import _DROP, _FOLD, NormalizedText

_EXPANDING = re.compile("[\ufb00-\uffff]")
_DROP_RE = re.compile("[" + "".join(sorted(_DROP)) + "]")


@lru_cache(maxsize=1)
def _table() -> list[str | None]:
    """A translate table indexed by code point (faster than a dict for str.translate)."""
    table: list[str | None] = [chr(i) for i in range(0x10000)]
    for c in _DROP:
        table[ord(c)] = None
    for c, f in _FOLD.items():
        table[ord(c)] = f
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    return table


class NormView:
    """`text` is the normalised article; `to_original(s, e)` maps a match back."""

    __slots__ = ("original", "text", "_slow", "_dropped_at")

    def __init__(self, original: str):
        self.original = original
        self._slow = None
        if _EXPANDING.search(original):
            self._slow = NormalizedText.of(original)
            self.text = self._slow.text
            return
        self.text = original.translate(_table())
        dropped = [m.start() for m in _DROP_RE.finditer(original)]
        # the normalised position just before which the j-th dropped character sat
        self._dropped_at = [p - j for j, p in enumerate(dropped)]

    def _orig(self, i: int) -> int:
        return i + bisect_right(self._dropped_at, i)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self._slow is not None:
            return self._slow.to_original(start, end)
        o_start = self._orig(start)
        o_end = self._orig(end - 1) + 1
        # keep the marks written on the last letter (غداً keeps its tanween)
        while o_end < len(self.original) and self.original[o_end] in _DROP and self.original[o_end] != "\u0640":
            o_end += 1
        return o_start, o_end

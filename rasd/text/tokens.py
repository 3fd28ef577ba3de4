"""Tokenisation with offsets, splitting the Arabic proclitics و ف ب ل ك and the article ال.

Arabic writes conjunctions, prepositions and the article onto the next word: وبالمدينة is
و + ب + ال + مدينة. Splitting them is ambiguous without a lexicon (وزير is one word, وزار is
و + زار), so the tokenizer splits only where the written form is unambiguous: the article ال
before a stem of two letters or more, a proclitic chain ending in ال (وال، بال، فال، كال، وبال …),
لل (ل + ال), and لـ written with tatweel. Every other reading is offered by `clitic_readings`,
which lexicon matchers use to try the word with and without its possible proclitics.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from rasd.text.normalize import normalize

# a word: letters and marks (with tatweel inside); a number (with decimal separators); else one symbol
_TOKEN_RE = regex.compile(r"[\p{L}\p{M}\u0640]+|\d+(?:[.,٫]\d+)*|\S")
PROCLITIC_CHAINS = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال")
_CHAIN_RE = regex.compile("|".join(PROCLITIC_CHAINS))     # alternatives longest first
PROCLITICS = "وفبلك"                                      # the single-letter proclitics
_FIRST = set(PROCLITICS + "ا")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str
    clitic: bool = False      # a split-off proclitic (و، ب، ال …)

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()


def _split_word(start: int, word: str) -> list[Token]:
    """Split the unambiguous proclitic chain off one word (offsets kept)."""
    norm = normalize(word)
    if norm[:1] not in _FIRST:
        return [Token(start, start + len(word), word, norm)]
    # لـ with tatweel: "لـرويترز"
    if len(word) > 2 and word[0] == "ل" and word[1] == "\u0640":
        j = 1
        while j < len(word) and word[j] == "\u0640":
            j += 1
        return [Token(start, start + j, word[:j], "ل", True)] + _split_word(start + j, word[j:])
    m = _CHAIN_RE.match(norm)
    if m is None or len(norm) - m.end() < 2:
        return [Token(start, start + len(word), word, norm)]
    chain = m.group()
    # ل before the article drops its alef: لل = ل + ل(ال)
    parts = list(chain[:-2]) + (["ل", "ل"] if chain.endswith("لل") else ["ال"])
    pieces: list[Token] = []
    pos = 0
    for part in parts:
        # walk the original word so that diacritics stay with their letter
        begin = pos
        while pos < len(word) and normalize(word[begin:pos]) != part:
            pos += 1
        while pos < len(word) and normalize(word[pos]) == "":   # trailing marks
            pos += 1
        pieces.append(Token(start + begin, start + pos, word[begin:pos], part, True))
    rest = word[pos:]
    return pieces + [Token(start + pos, start + len(word), rest, normalize(rest))]


def tokenize(text: str, split_clitics: bool = True) -> list[Token]:
    """Words, numbers and symbols of `text` with offsets; proclitics split off unless told not to."""
    words = [Token(m.start(), m.end(), m.group(), normalize(m.group())) for m in _TOKEN_RE.finditer(text)]
    return split_proclitics(words) if split_clitics else words


def split_proclitics(words: list[Token]) -> list[Token]:
    """The written words with their unambiguous proclitic chains split off as tokens of their own."""
    tokens: list[Token] = []
    for w in words:
        if w.is_word and len(w.text) > 2 and w.norm[:1] in _FIRST:
            tokens.extend(_split_word(w.start, w.text))
        else:
            tokens.append(w)
    return tokens


def clitic_readings(norm_word: str, min_stem: int = 2) -> list[tuple[int, str]]:
    """Possible (prefix length, stem) readings of a normalised word, longest stem first.

    "وبالمدينه" → [(0, "وبالمدينه"), (1, "بالمدينه"), (2, "المدينه"), (4, "مدينه")].
    A matcher looks each stem up in its lexicon and keeps the first that is known.
    """
    readings = [(0, norm_word)]
    i = 0
    while i < len(norm_word) - min_stem and i < 3 and norm_word[i] in PROCLITICS:
        # ل before ال drops the alef: لل+stem = ل + ال + stem
        if norm_word[i] == "ل" and norm_word[i + 1:i + 2] == "ل" and len(norm_word) - i - 2 >= min_stem:
            readings.append((i + 1, "ال" + norm_word[i + 2:]))
            readings.append((i + 2, norm_word[i + 2:]))
            return readings
        i += 1
        readings.append((i, norm_word[i:]))
        if norm_word.startswith("ال", i) and len(norm_word) - i - 2 >= min_stem:
            readings.append((i + 2, norm_word[i + 2:]))
            return readings
    if i == 0 and norm_word.startswith("ال") and len(norm_word) - 2 >= min_stem:
        readings.append((2, norm_word[2:]))
    return readings

"""The words and mentions the entity recognisers work on.

`Word` is a word, number or symbol of the text with its offsets and normalised form; `Mention` is a
recogniser's candidate over a range of words. `readings` gives the proclitic readings of a word
(و ف ب ل ك، لـ), which the recognisers leave out of a mention: "لرويترز" gives "رويترز".
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.geo.gazetteer import Place
from rasd.resources import load_list
from rasd.text import normalize, normalize_char, tokenize

_PREFIXES = tuple(normalize(p) for p in load_list("proclitics.tsv"))
# prepositions after which a place is expected (في، من، إلى، قرب)
_LOCATIVE = frozenset(normalize(w) for w in load_list("entities/locatives.tsv"))


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    norm: str
    is_word: bool = True      # a word, not a number or a punctuation mark

    def __post_init__(self):
        self.is_word = self.norm[:1].isalpha()


@dataclass(slots=True)
class Mention:
    i: int                       # first word
    j: int                       # one past the last word
    start: int                   # character offsets in the article text (clitics left out)
    end: int
    type: str
    name: str                    # the name this mention gives (without a place classifier)
    key: str | None = None       # identity when a lexicon knows it
    certainty: int = 1
    head: str | None = None      # the normalised head word that opened it
    role: str = "name"           # name | force (قوات X: belongs to X) | anaphor | side (stands for a state)
    core: tuple[str, ...] = ()   # for force mentions: the words of the body it belongs to
    places: tuple[Place, ...] = ()
    country: str | None = None
    surface: str = ""            # the mention as written
    alias_of: "Mention | None" = None   # a short form in parentheses right after a name
    given_only: bool = False     # a person read from a given name alone (no title, no lexicon entry)


def read_words(text: str, written: list | None = None) -> list[Word]:
    """The words, numbers and symbols of the text; from the segment stage's written words when given."""
    if written is not None:
        return [Word(t.start, t.end, t.text, t.norm) for t in written]
    return [Word(t.start, t.end, t.text, t.norm) for t in tokenize(text, split_clitics=False)]


def offset_after(word: Word, n_norm: int) -> int:
    """Offset in the text after the first `n_norm` normalised characters of `word`."""
    if n_norm <= 0:
        return word.start
    count = 0
    for k, ch in enumerate(word.text):
        count += len(normalize_char(ch))
        if count >= n_norm:
            k += 1
            while k < len(word.text) and normalize_char(word.text[k]) == "":
                k += 1
            return word.start + k
    return word.end


def words_within(words: list, start: int, end: int) -> list[int]:
    """Indexes of the words overlapping [start, end) (words in text order)."""
    k = bisect_right(words, start, key=lambda w: w.end)
    out = []
    while k < len(words) and words[k].start < end:
        out.append(k)
        k += 1
    return out


@lru_cache(maxsize=1 << 16)
def readings(norm: str) -> tuple[tuple[int, str], ...]:
    """(proclitic length, stem) readings of a word, the bare word first; لل gives ل + ال."""
    out = [(0, norm)]
    for p in _PREFIXES:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            rest = norm[len(p):]
            if p.endswith("ل") and rest.startswith("ل"):
                out.append((len(p), "ا" + rest))       # لل + stem = ل + ال + stem
            else:
                out.append((len(p), rest))
    return tuple(out)


# the sound plural endings (رافعين، مسلحون): a plural of people or a participle, rarely a name
SOUND_PLURAL = ("ين", "ون")


def future_prefixed(norm: str) -> bool:
    """Written with the future prefix سـ before an imperfect's person letter (سيجري، ستواصل، سنرد)."""
    return norm[:1] == "س" and norm[1:2] in ("ي", "ت", "ن")


def tanween(text: str) -> bool:
    """Written with tanween (سوياً، اتصالاً): an indefinite noun or adverb, never a name or a town."""
    return any("\u064b" <= ch <= "\u064d" for ch in text)


def _definite(norm: str) -> bool:
    return (norm.startswith("ال") and len(norm) > 3) or (norm.startswith("لل") and len(norm) > 4)


def _latin(norm: str) -> bool:
    """A word in Latin script (outlets cited by their own names: CNN، RT، Al Monitor)."""
    return bool(norm) and "a" <= norm[0] <= "z"

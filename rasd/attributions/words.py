"""What one written word is to the attribution grammar: its stems without و/ف/ب/ل, its word
classes (rasd/data/attributions/), whether it is determined, and whether a cue starts at it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rasd.attributions import lexicon as lex
from rasd.attributions.view import View

WF = "وف"
WORD = re.compile(r"\w+")
AFTER_PUNCT = set("،,»”\")")
# particles of the clause around a cue (clause_words.tsv)
NEGATION = lex.clause_words("negation")
CONTRAST = lex.clause_words("contrast")
KANA = lex.clause_words("kana")
OPENER = lex.clause_words("opener")
RESUME = lex.clause_words("resume")
RELATIVE = lex.clause_words("relative")
AN_COMPOUND = lex.clause_words("ancompound")
_MEDIUM_LINK = lex.clause_words("mediumlink")


def stems(norm: str) -> list[str]:
    """The word, then without و/ف, then without a following ب/ل (وبحسب → بحسب → حسب)."""
    out = [norm]
    if len(norm) >= 3 and norm[0] in WF:
        out.append(norm[1:])
        if len(norm) > 4 and norm[1] in "بل":
            out.append(norm[2:])
    return out


def word_has(view: View, i: int, cls: str) -> bool:
    return view.is_word(i) and cls in classes(view.norm(i))


@lru_cache(maxsize=1 << 16)
def classes(norm: str) -> frozenset[str]:
    """Word classes of a written word, with its و/ف/ب/ل removed or not."""
    out: set[str] = set()
    for s in stems(norm):
        out |= lex.word_classes().get(s, frozenset())
    return frozenset(out)


def definite(norm: str) -> bool:
    return norm.startswith("ال") or norm.startswith("لل")


def strip_article(norm: str) -> str:
    for p in ("وال", "بال", "فال", "لل", "ال"):
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            return norm[len(p):]
    return norm


def ends_phrase(view: View, j: int) -> bool:
    """Words that cannot continue a speaker phrase."""
    n = view.norm(j)
    return (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time")
            or (n[:1] in WF and lex.has_class(n[1:], "comp")))


def cue_word(view: View, j: int) -> bool:
    """A cue starts at token j, all its words there: "على ما" is a cue, "علي" alone (a name) is not."""
    return any(c.kind not in ("tail", "denial")
               and all(view.is_word(j + x) and view.norm(j + x) == w for x, w in enumerate(c.words[1:], 1))
               for s in stems(view.norm(j)) for c in lex.cues().get(s, ()))


@lru_cache(maxsize=1 << 16)
def is_cue(norm: str) -> bool:
    return any(c.kind not in ("tail", "denial") for s in stems(norm) for c in lex.cues().get(s, ()))


def mention_starts(view: View, j: int) -> bool:
    t = view.toks[j]
    return any(s == t.start for s, _e, _ent in view.mentions_in(t.start, t.end))


def describes_medium(norm: str) -> bool:
    """A word after a statement medium that describes it or says where it was put out
    ("بيان صادر عن"، "البيان الصادر"، "في بيان مقتضب نشرته على …")."""
    return lex.has_class(norm, "mediummod") or (norm[:2] == "ال" and lex.has_class(norm[2:], "mediummod")) \
        or norm in _MEDIUM_LINK

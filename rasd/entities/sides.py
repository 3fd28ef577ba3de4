"""Demonyms and sides standing for a state (الروس، الجانب الروسي، الاحتلال الروسي → روسيا), and
regions named by a direction (جنوب لبنان، الشمال السوري، القطاع الأوسط)."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from rasd.entities.lexicon import _country_rows
from rasd.entities.words import Mention, _definite, readings
from rasd.resources import load_list
from rasd.text import normalize

# nouns that, with a country's nisba, stand for the state itself (الجانب الروسي → روسيا)
_SIDE_WORDS = frozenset(normalize(w) for w in load_list("side_heads.tsv"))


@lru_cache(maxsize=1)
def _realms() -> dict[str, frozenset[str]]:
    """Each realm noun (normalised, with ال: المملكه) → the codes of the states whose names open with it."""
    nouns = {normalize(w) for w in load_list("entities/realm_nouns.tsv")}
    out: dict[str, set[str]] = {n: set() for n in nouns}
    for code, names, _, _ in _country_rows():
        for name in names:
            parts = name.split()
            first = normalize(parts[0])
            first = first if first.startswith("ال") else "ال" + first       # مملكة البحرين
            if len(parts) > 1 and first in out:
                out[first].add(code)
    return {n: frozenset(c) for n, c in out.items()}


class Sides:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon and the helpers of
    rasd.entities.reading."""

    def _sides(self, ws, i, out):
        """Demonyms and sides standing for a state: الروس، الجانب الروسي، الاحتلال الروسي."""
        lex = self.lex
        w = ws[i]
        if not w.is_word:
            return
        for p, stem in readings(w.norm)[:2]:
            code = lex.people_of.get(stem)
            if code:
                s, e = self._span(ws, i, p, i + 1)
                out.append(Mention(i, i + 1, s, e, "GPE", lex.country_name[code], "country:" + code, 2,
                                   role="side", country=code))
                return
            if stem in _SIDE_WORDS and i + 1 < len(ws):
                code = lex.adjective_of.get(ws[i + 1].norm)
                if code and ws[i + 1].norm.startswith("ال"):
                    s, e = self._span(ws, i, p, i + 2)
                    out.append(Mention(i, i + 2, s, e, "GPE", lex.country_name[code], "country:" + code, 2,
                                       role="side", country=code))
                    return

    def _regions(self, ws, i, out, found):
        """جنوب لبنان (direction + country or region), الشمال السوري, القطاع الأوسط."""
        lex = self.lex
        w = ws[i]
        if not w.is_word or i + 1 >= len(ws):
            return
        for p, stem in readings(w.norm)[:3]:
            nxt = ws[i + 1].norm
            if stem in lex.directions:
                # الشمال السوري، الحدود التركية: a definite direction or border noun with a nisba
                if _definite(stem) and nxt in lex.adjective_of and nxt.startswith("ال"):
                    j = i + 2
                else:
                    continue
            elif stem in lex.area_nouns and nxt in lex.direction_adjectives:
                j = i + 2
                while j < len(ws) and ws[j].norm in lex.direction_adjectives:
                    j += 1
            else:
                continue
            s, e = self._span(ws, i, p, j)
            out.append(Mention(i, j, s, e, "LOC", self._text(ws, i, p, j), certainty=2))
            return

    def _realm_nouns(self, ws, chosen: list[Mention]) -> list[Mention]:
        """المملكة، السلطنة alone (باتجاه المملكة، أمن السلطنة): the one state with such a name that the
        article names, by name or adjective, more often than any other (entities/realm_nouns.tsv)."""
        realms, lex = _realms(), self.lex
        used = {k for m in chosen for k in range(m.i, m.j)}
        named: Counter | None = None          # the article's states, counted at the first realm noun
        out = []
        for i, w in enumerate(ws):
            if i in used or not w.is_word:
                continue
            for p, stem in readings(w.norm)[:3]:
                codes = realms.get(stem)
                if codes is None:
                    continue
                nxt = ws[i + 1] if i + 1 < len(ws) else None
                if nxt is not None and nxt.is_word and nxt.norm.startswith("ال") and nxt.norm not in lex.stop:
                    break                    # المملكة الحيوانية: a description, not the state
                if named is None:
                    named = Counter(m.country for m in chosen if m.country)
                    named.update(lex.adjective_of[x.norm] for x in ws if x.norm in lex.adjective_of)
                ranked = sorted(((named[c], c) for c in codes if named[c]), reverse=True)
                if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
                    code = ranked[0][1]
                    s, e = self._span(ws, i, p, i + 1)
                    out.append(Mention(i, i + 1, s, e, "GPE", lex.country_name[code], "country:" + code, 2,
                                       role="side", country=code))
                break
        return out

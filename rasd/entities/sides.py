"""Demonyms and sides standing for a state (الروس، الجانب الروسي، الاحتلال الروسي → روسيا), and
regions named by a direction (جنوب لبنان، الشمال السوري، القطاع الأوسط)."""
from __future__ import annotations

from rasd.entities.words import Mention, _definite, readings
from rasd.resources import load_list
from rasd.text import normalize

# nouns that, with a country's nisba, stand for the state itself (الجانب الروسي → روسيا)
_SIDE_WORDS = frozenset(normalize(w) for w in load_list("side_heads.tsv"))


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

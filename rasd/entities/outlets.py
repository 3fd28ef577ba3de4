"""Media outlets: the outlet in an attribution frame (بحسب "سودان تربيون"، عبر CNN، في تصريح خاص
لسودان تربيون) and the outlet's dateline at the head of a line (مدار الساعة ـ، بغداد - شفق نيوز -)."""
from __future__ import annotations

import regex

from rasd.entities.words import Mention, Word, _definite, _latin, readings

_DATELINE = regex.compile(r"(?m)^[ \t]*(\p{L}+(?: \p{L}+){0,2})[ \t]*[-–ـ/]+[ \t]")
# a place, then the outlet: "بغداد - شفق نيوز -"، "الخرطوم – سودان تربيون:"، "عدن (المصدر أونلاين)"
_PLACE_DATELINE = regex.compile(r"(?m)^[ \t]*(\p{L}+(?: \p{L}+)?)[ \t]*(?:[-–ـ/:]+|\()[ \t]*"
                                r"(\p{L}+(?: \p{L}+){0,2})[ \t]*(?:\)|[-–ـ/:]+|$)")


def _line_matches(pattern, text: str):
    """The matches `pattern.finditer(text)` gives for a pattern anchored with (?m)^ that never runs
    past its line: tried at each line's start only, not at every character of the text."""
    pos = 0
    while True:
        m = pattern.match(text, pos)
        if m is not None:
            yield m
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return


class Outlets:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists (the
    media frames among them), and the helpers of rasd.entities.reading."""

    def _framed_outlet(self, ws, i, out):
        """The outlet in an attribution frame: a quoted or Latin-script name after a preposition
        (بحسب "سودان تربيون"، عبر CNN، لـRT), or the name after a noun of speech and لـ/مع
        (في تصريح خاص لسودان تربيون إن …، في مقابلة مع "الشرق")."""
        w, n = ws[i], len(ws)
        if w.norm[:1] == "ل" and _latin(w.norm[1:]):
            self._outlet_after(ws, i, 1, out, plain=False)      # لـThe National
            return
        stems = {st for p, st in readings(w.norm)[:2] if not p or w.norm[0] in "وف"}
        if any(self.lex.heads.get(st, ("", ""))[1] == "media" for st in stems) and i + 1 < n \
                and _latin(ws[i + 1].norm):
            self._outlet_after(ws, i + 1, 0, out, plain=False)  # صحيفة The Guardian
            return
        if stems & self.frame_preps:
            k = i + 1
            if k < n and ws[k].norm in ("ل", "لـ", "عن") and w.norm not in ("ل", "لـ"):
                k += 1                                   # وفقا لـ "X"، نقلا عن "X"
            # a lone لـ after a reporting verb takes a plain name too (قال لـ عربي بوست إن …)
            plain = w.norm in ("ل", "لـ") and any(st in self.report_verbs for x in ws[max(0, i - 4):i]
                                                   for _, st in readings(x.norm)[:2])
            self._outlet_after(ws, k, 0, out, plain=plain)
            return
        if not stems & self.statement_nouns:
            return
        k = i + 1
        while k < n and ws[k].norm in self.statement_qualifiers:
            k += 1
        if k >= n or not ws[k].is_word:
            return
        if ws[k].norm in ("ل", "لـ", "مع"):
            self._outlet_after(ws, k + 1, 0, out, plain=True)
        elif ws[k].norm[:1] == "ل" and len(ws[k].norm) > 3:
            self._outlet_after(ws, k, 1, out, plain=True)   # لسودان تربيون: the proclitic stays out

    def _outlet_after(self, ws, k, p, out, plain):
        """An outlet's name starting at word k (its first p normalised letters a proclitic)."""
        lex, n = self.lex, len(ws)
        if k >= n:
            return
        q = self._quoted(ws, k, limit=5) if not p else None
        if q is not None:
            inner = ws[k + 1:q]
            known = self._known(inner)
            if known is None or known.type == "MEDIA":
                out.append(Mention(k + 1, q, inner[0].start, inner[-1].end, "MEDIA",
                                   self._text(ws, k + 1, 0, q), certainty=1))
            return
        j = k
        while j < n and j - k < 4 and _latin(ws[j].norm[p if j == k else 0:]):
            j += 1
        if j > k:
            s, e = self._span(ws, k, p, j)
            out.append(Mention(k, j, s, e, "MEDIA", self._text(ws, k, p, j), certainty=1))
            return
        if not plain:
            return
        first = ws[k].norm[p:]
        if first in lex.given or first in lex.titles or first in lex.heads or first in lex.stop \
                or _definite(first) or not ws[k].is_word:
            return                                   # لمحمد علي (a person)، للصحفيين، لموقع (a head)
        j = k
        while j < n and j - k < 3 and ws[j].is_word and ws[j].norm not in lex.stop and ws[j].norm[:1] != "و" \
                and not ws[j].norm.endswith(("ين", "ون", "ات")) and ws[j].norm not in self.common_words:
            j += 1
        ends = j >= n or not ws[j].is_word or ws[j].norm in lex.stop
        if j > k and ends:
            s, e = self._span(ws, k, p, j)
            out.append(Mention(k, j, s, e, "MEDIA", self._text(ws, k, p, j), certainty=1))

    def _datelines(self, text: str, ws: list[Word]) -> list[Mention]:
        """The outlet's dateline at the head of a line, "مدار الساعة ـ" or "السيمر /", or after the
        place it reports from, "بغداد - شفق نيوز -" or "عدن (المصدر أونلاين)": a MEDIA name unless its
        words are a place (دمشق ـ), a date (ومنذ منتصف أبريل/نيسان) or a story label (عاجل -، خاص -)."""
        plain, placed = list(_line_matches(_DATELINE, text)), list(_line_matches(_PLACE_DATELINE, text))
        if not plain and not placed:
            return []                            # most articles: the word index below is not needed
        at = {w.start: n for n, w in enumerate(ws)}
        out = []
        for m in plain:
            span = self._outlet_words(ws, at, m.start(1), m.end(1))
            if span:
                out.append(Mention(*span, ws[span[0]].start, ws[span[1] - 1].end, "MEDIA", m.group(1), certainty=2))
        for m in placed:
            place = self._words_between(ws, at, m.start(1), m.end(1))
            if place is None or not self.is_place(ws[place[0]:place[1]]):
                continue
            span = self._outlet_words(ws, at, m.start(2), m.end(2))
            if span:
                out.append(Mention(*span, ws[span[0]].start, ws[span[1] - 1].end, "MEDIA", m.group(2), certainty=2))
        return out

    @staticmethod
    def _words_between(ws: list[Word], at: dict[int, int], start: int, end: int) -> tuple[int, int] | None:
        i = at.get(start)
        if i is None:
            return None
        j = i
        while j < len(ws) and ws[j].end <= end:
            j += 1
        return (i, j) if j > i else None

    def is_place(self, words: list[Word]) -> bool:
        names = [w.norm for w in words]
        hit = self.lex.names.match(names[0], names[1:])
        return " ".join(names) in self.gaz.places or " ".join(names) in self.gaz.regions \
            or bool(hit and hit[0] == len(names) and hit[1].type in ("GPE", "LOC"))

    def _outlet_words(self, ws: list[Word], at: dict[int, int], start: int, end: int) -> tuple[int, int] | None:
        """The words [start, end) as an outlet's name, unless they are a place, a known name, a date,
        a story label or open with a function word."""
        span = self._words_between(ws, at, start, end)
        if span is None:
            return None
        i, j = span
        names = [w.norm for w in ws[i:j]]
        if not all(w.is_word for w in ws[i:j]) or names[0] in self.dateline_labels \
                or any(st in self.lex.stop for _, st in readings(names[0])) \
                or any(x in self.lex.stop and x in self.common_words for x in names) \
                or " ".join(names) in self.gaz.places or " ".join(names) in self.gaz.regions:
            return None
        hit = self.lex.names.match(names[0], names[1:])
        if hit and hit[0] == len(names):
            return None                              # a known name: the lexicon gives it its type
        return span

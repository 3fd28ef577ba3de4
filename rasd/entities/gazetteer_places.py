"""Gazetteer places (GeoNames Arabic names): a word or words the gazetteer lists, kept when the
article's country context, the place's size or its form (after a locative, joined to a town)
supports it."""
from __future__ import annotations

from rasd.entities.words import _LOCATIVE, Mention, Word, _definite, readings, tanween
from rasd.geo.gazetteer import capital_codes

FOREIGN_CITY = 150_000     # a city abroad this large is a place after في or with بـ (في جنيف، بجنيف)


class GazetteerPlaces:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists, and the
    helpers of rasd.entities.reading."""

    def _gazetteer(self, ws, i, out):
        w = ws[i]
        if not w.is_word:
            return
        lex, gaz = self.lex, self.gaz
        rs = readings(w.norm)
        if any(stem in lex.stop or stem in lex.heads for _, stem in rs):
            return
        if tanween(w.text):
            return                                   # سوياً، جميعاً: an indefinite noun or adverb, never a town
        for p, stem in rs:
            for n in gaz.lengths.get(stem, ()):
                if i + n > len(ws):
                    continue
                name = " ".join([stem] + [x.norm for x in ws[i + 1:i + n]])
                places = gaz.places.get(name)
                if not places:
                    continue
                if n == 1 and p == 0 and w.text.endswith("ة") and i > 0 and ws[i - 1].text.endswith("ة") \
                        and not _definite(ws[i - 1].norm) and ws[i - 1].norm not in lex.heads:
                    continue             # بانسيابية عالية: an adjective agreeing with the noun before it
                if n == 1 and (stem in lex.stop or stem in lex.given or stem in lex.titles or stem in lex.heads
                               or stem in self.not_places or len(stem) < 3 or stem in lex.adjective_of
                               or (stem in self.common_words and not self._coordinated_with_place(ws, i))):
                    continue
                s, e = self._span(ws, i, p, i + n)
                out.append(Mention(i, i + n, s, e, "GPE", self._text(ws, i, p, i + n), certainty=1,
                                   places=places))
                return

    def _coordinated_with_place(self, ws: list[Word], i: int) -> bool:
        """Whether ws[i] is joined by و to a known town right before or after it (أم درمان وبحري،
        العلم والشرقاط): then a common word that GeoNames lists as a town is that town."""
        def town(k: int) -> bool:
            return 0 <= k < len(ws) and any(st in self.gaz.places and st not in self.common_words
                                            for _, st in readings(ws[k].norm)[:2])
        pair_before = i >= 2 and ws[i - 2].norm + " " + ws[i - 1].norm in self.gaz.places
        joined_before = ws[i].norm[:1] == "و" and (town(i - 1) or pair_before)
        joined_after = i + 1 < len(ws) and ws[i + 1].norm[:1] == "و" and town(i + 1)
        return joined_before or joined_after

    @staticmethod
    def _locative(ws: list[Word], m: Mention) -> bool:
        """A place read where a place is expected: after في، من، إلى، قرب … or with ب/ل on it (بحرستا)."""
        return (m.i > 0 and ws[m.i - 1].norm in _LOCATIVE) or _clitic(ws, m)[-1:] in ("ب", "ل")

    @staticmethod
    def _in(ws: list[Word], m: Mention) -> bool:
        """After في or with بـ on it (في جنيف، بجنيف): where something happens (من طراز، إلى سدة are idioms)."""
        return (m.i > 0 and ws[m.i - 1].norm in ("في", "وفي")) or _clitic(ws, m)[-1:] == "ب"

    def _supported_places(self, ws: list[Word], chosen: list[Mention]) -> list[Mention]:
        """Keep a gazetteer-only place when the article's countries, its size or its form support it.

        The article's countries are those it names (countries, sides, regions, nisba adjectives) and
        those of its unambiguous large towns. A small place is kept in a country the article is about; a town of
        100 000 anywhere in the Arab world; a city of 150 000 anywhere after في or with بـ (في جنيف،
        بجنيف); a city of a million or a national capital anywhere.
        """
        context = {m.country for m in chosen if m.country}
        # a nisba adjective of an Arab-world country (الرئيس الفلسطيني) adds it too; for other countries
        # it is mostly a side's label (الدعم الأمريكي), and their Arabic-script namesakes are too many
        context |= {c for w in ws if (c := self.lex.adjective_of.get(w.norm)) in self.arabic_countries}
        for m in chosen:
            if m.places and len({p.country for p in m.places}) == 1 and m.places[0].population >= 100000 \
                    and m.places[0].country in self.arabic_countries:
                context.add(m.places[0].country)
        kept = []
        capitals = capital_codes()                   # a capital stands for its state anywhere (زار الوفد واشنطن)
        for m in chosen:
            if not m.places:
                kept.append(m)
                continue
            top = m.places[0]
            multi = m.j - m.i > 1
            local = [p for p in m.places if p.country in context
                     and (p.country in self.arabic_countries or p.population >= 50000)]
            capital = capitals.get(" ".join(x.norm for x in ws[m.i:m.j])[len(_clitic(ws, m)):]) == top.country
            ok = top.population >= 1_000_000 or capital \
                or (top.population >= FOREIGN_CITY and self._in(ws, m)) \
                or any(p.country in self.arabic_countries and p.population >= 100000 for p in m.places) \
                or (local and (multi or local[0].population >= 20000 or self._locative(ws, m)
                               or (not _definite(ws[m.i].norm) and local[0].population >= 5000)))
            if ok:
                m.country = (local or m.places)[0].country
                kept.append(m)
        return kept


def _clitic(ws: list[Word], m: Mention) -> str:
    """The proclitics written on the mention's first word (بحرستا → ب)."""
    w = ws[m.i]
    return w.norm[:m.start - w.start] if m.start > w.start else ""

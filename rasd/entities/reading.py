"""What the entity recognisers ask of the words around a candidate: an adjective, a known name,
a quotation closed soon, and a mention's offsets and text as written."""
from __future__ import annotations

from rasd.entities.words import Word, _definite, offset_after, readings

_OPENERS = {"«": "»", '"': '"', "“": "”", "(": ")", "'": "'", "„": "”"}


class Reading:
    """Part of `Recognizer` (rasd.entities.recognize), which loads the lexicon, the gazetteer and the
    word lists these use; the recognisers in the other modules share them."""

    def _adjective(self, norm: str) -> bool:
        if not _definite(norm) or norm in self.lex.stop:
            return False
        return "adjective" in self.lex.parts.get(norm, ()) or norm in self.lex.adjective_of \
            or norm in self.lex.direction_adjectives \
            or (len(norm) >= 5 and norm.endswith(("ي", "يه", "يين", "يون")))

    def _proper_len(self, ws: list[Word], j: int) -> int:
        """Words of a known name (lexicon, gazetteer, given name) starting at j; 0 when none."""
        nm = ws[j].norm
        hit = self.lex.names.match(nm, [x.norm for x in ws[j + 1:j + 8]])
        if hit:
            return hit[0]
        return 1 if nm in self.gaz.places or nm in self.lex.given else 0

    def _prepositional_common(self, norm: str) -> bool:
        """بإدانة، للمطالبة: ب or ل written on a word the corpora use outside names; no name goes on with
        one. A word whose rest reads as an imperfect verb (بيشار: يشار) is a name: no preposition goes on a verb."""
        return len(norm) >= 5 and norm[0] in ("ب", "ل") and norm[1] not in ("ي", "ن") \
            and norm[1:] in self.corpus_common and norm not in self.given_any

    def _common_definite(self, nm: str) -> bool:
        """A definite word that is a head noun, a common word or a plural, not a family name."""
        return nm[2:] in self.lex.heads or nm in self.common_words or nm in self.not_places \
            or nm.endswith(("ات", "ين", "ون"))

    def _names_at(self, ws: list[Word], k: int, stem: str) -> bool:
        """Whether a lexicon name (read from `stem`, ws[k] without its proclitic) starts at word k."""
        return stem in self.lex.names.by_first \
            and self.lex.names.match(stem, [x.norm for x in ws[k + 1:k + 8]]) is not None

    def _span(self, ws: list[Word], i: int, p: int, j: int) -> tuple[int, int]:
        return offset_after(ws[i], p), ws[j - 1].end

    def _quoted(self, ws: list[Word], k: int, limit: int = 6) -> int | None:
        """If ws[k] opens a quotation or parenthesis closed within `limit` words, the closer's index."""
        if k >= len(ws) or ws[k].text not in _OPENERS:
            return None
        closer = _OPENERS[ws[k].text]
        for m in range(k + 1, min(len(ws), k + limit + 2)):
            if ws[m].text == closer:
                return m if m > k + 1 else None
            if not ws[m].is_word:
                return None
        return None

    def _known(self, span: list[Word]):
        """The lexicon entry named by exactly these words, if any."""
        if not span:
            return None
        for _, stem in readings(span[0].norm):
            hit = self.lex.names.match(stem, [x.norm for x in span[1:]])
            if hit and hit[0] == len(span):
                return hit[1]
        return None

    def _text(self, ws, i, p, j) -> str:
        """The words i..j as written, without the proclitics of the first (لل → ال)."""
        s, e = self._span(ws, i, p, j)
        # words as written, a space only where the text has one (جان-مارك stays one word)
        out = "".join((" " if k > i and ws[k].start > ws[k - 1].end else "") + ws[k].text
                      for k in range(i, j))[s - ws[i].start:] if j > i else ""
        if p and ws[i].norm[p - 1:p + 1] == "لل":
            out = "ا" + out
        return out

    @staticmethod
    def text_of(start: int, end: int, ws: list[Word], k: int, n: int) -> str:
        text = " ".join(x.text for x in ws[k:k + n])
        return text[start - ws[k].start:]

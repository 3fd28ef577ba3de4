"""Place names after a place classifier and in lists.

- a classifier and the name it opens (مدينة دوما، محافظة خراسان، ريف حلب الجنوبي);
- coordinated place lists after a plural classifier (مناطق عربين وجوبر وزملكا وعين ترما);
- unknown members of a و-list with a known place in it, and bare names listed after a locative
  (على مسرابا وسقبا وجسرين), read once the other recognisers have chosen.
"""
from __future__ import annotations

from rasd.entities.words import SOUND_PLURAL, Mention, Word, _definite, offset_after, readings
from rasd.resources import load_list
from rasd.text import normalize

_LIST_OPENERS = frozenset(normalize(w) for w in load_list("entities/list_openers.tsv"))


class PlaceNames:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists, and the
    helpers of rasd.entities.reading."""

    def _place_words(self, ws: list[Word], k: int, listed: bool = False) -> int:
        """End of a place name starting at k (one word, two when the first opens a compound name
        such as عين ترما or the pair is a known place); 0 words when ws[k] is not a name."""
        lex, n = self.lex, len(ws)
        if k >= n or not ws[k].is_word:
            return k
        nm = ws[k].norm
        if nm in lex.stop or (nm in lex.titles and "place" not in lex.parts.get(nm, ()) and nm not in self.gaz.places) \
                or nm in lex.adjective_of:
            return k
        if nm not in self.gaz.places and any(st in lex.stop or st in lex.directions or st in lex.heads
                                             for p, st in readings(nm)[1:]):
            return k
        if k + 1 < n and ws[k + 1].is_word and ws[k + 1].norm not in lex.stop:
            pair = nm + " " + ws[k + 1].norm
            if pair in self.gaz.places or pair in self.gaz.regions or "place" in lex.parts.get(nm, ()) \
                    or nm in lex.directions:
                return k + 2
            second = ws[k + 1].norm
            if listed and nm not in self.gaz.places and _definite(second) and not self._adjective(second) \
                    and second not in lex.heads and second not in lex.titles and not second.endswith(("ين", "ات")) \
                    and (second not in self.not_places or self._list_goes_on(ws, k + 2)):
                return k + 2
        if nm in lex.heads or nm in self.not_places or (nm[:1] == "و" and nm[1:] in lex.heads) \
                or nm.endswith(("ها", "هم", "هما")):
            return k
        if nm not in self.gaz.places and not _definite(nm):
            # an adjective after a classifier is not a name (منطقة عسكرية، حي سكني)
            if nm in lex.place_adjectives or nm.endswith("يه") or (not listed and nm.endswith("ي")) \
                    or (nm[:1] == "م" and nm.endswith("ه") and len(nm) >= 5 and nm not in self.gaz.regions):
                return k     # (مدينة تاريخية، مدينة محاصرة: a nisba or a participle, list or not)
        return k + 1

    def _list_goes_on(self, ws: list[Word], k: int) -> bool:
        """Whether a و-list continues (or plainly ends) at k: then a common word before it closes a
        two-word name (وعيتا الشعب وكفرا)."""
        return k < len(ws) and ws[k].norm.startswith("و") and len(ws[k].norm) > 3 \
            and ws[k].norm[1:] not in self.lex.stop

    def _listed_name(self, norm: str) -> bool:
        """A word the gazetteer or the name lexicon knows, with or without a proclitic."""
        return any(st in self.gaz.places or st in self.lex.names.by_first for _, st in readings(norm))

    def _place_head(self, ws, i, p, head, typ, role, out):
        lex = self.lex
        k = i + 1
        if role == "places":
            items = []
            j = self._place_words(ws, k)
            # a two-word first member, told by the و-list that follows it (بلدات ميس الجبل والضهيرة)
            if j == k + 1 and j + 1 < len(ws) and ws[j].is_word and _definite(ws[j].norm) \
                    and not self._adjective(ws[j].norm) and ws[j].norm not in lex.stop \
                    and ws[j + 1].norm.startswith("و") and len(ws[j + 1].norm) > 3:
                j += 1
            while j > k:
                items.append((k, j))
                if j < len(ws) and ws[j].norm.startswith("و") and len(ws[j].norm) > 2 and ws[j].norm[1:] not in lex.stop:
                    k = j
                    cut = offset_after(ws[j], 1)
                    stripped = Word(cut, ws[j].end, ws[j].text[cut - ws[j].start:], ws[j].norm[1:])
                    sub = [stripped] + ws[j + 1:j + 3]
                    e = self._place_words(sub, 0, listed=True)
                    j = k + e
                else:
                    break
            for a, b in items:
                pa = 1 if a > i + 1 else 0
                s, e = self._span(ws, a, pa, b)
                name = self._text(ws, a, pa, b)
                out.append(Mention(a, b, s, e, "GPE", name, certainty=2, head=head))
            return
        if k + 2 < len(ws) and ws[k].norm in lex.directions and _definite(ws[k].norm) \
                and not _definite(ws[k + 1].norm) and ws[k + 1].norm.endswith(("ي", "يه")):
            k += 2           # العاصمة الجنوب أفريقية بريتوريا: a compound adjective (South African), then the name
        j = self._place_words(ws, k, listed=head not in self.single_heads)
        if j == k:
            return
        if role == "place" and _definite(ws[i].norm[p:]) and not self._listed_name(ws[k].norm):
            return           # العاصمة is a whole noun phrase: العاصمة دمشق, not العاصمة تحتم، العاصمة احتفالا
        # direction adjectives after an area (ريف حلب الجنوبي الغربي)
        while j < len(ws) and ws[j].norm in lex.direction_adjectives:
            j += 1
        s, e = self._span(ws, i, p, j)
        if role == "area":
            out.append(Mention(i, j, s, e, typ, self._text(ws, i, p, j), certainty=2, head=head))
        else:
            # the span is the name, as newswire NER gold marks it: مدينة [دوما]، محافظة [خراسان]
            name = " ".join(x.text for x in ws[k:j])
            s = ws[k].start
            out.append(Mention(i, j, s, e, typ if head not in self.vague_heads or ws[k].norm in self.gaz.places else "LOC",
                               name, certainty=2, head=head))

    def _coordinated_places(self, ws: list[Word], chosen: list[Mention]) -> list[Mention]:
        """Places joined to a place by و or a comma (عربين وجوبر وزملكا وعين ترما): in a list of three
        or more with a known place in it, the unknown members are places too."""
        at = {m.i: m for m in chosen}
        used = {k for m in chosen for k in range(m.i, m.j)}
        out: list[Mention] = []
        for m in chosen:
            if m.type not in ("GPE", "LOC") or m.role != "name" or (m.key or "").startswith("country:") \
                    or any(x.i < m.i < x.j for x in out):
                continue
            chain, new, j = [m], [], m.j
            while j < len(ws):
                k = j + 1 if ws[j].text in "،," else j
                if k >= len(ws) or not ws[k].is_word:
                    break
                if k in at and at[k].type in ("GPE", "LOC") and not (at[k].key or "").startswith("country:"):
                    chain.append(at[k])
                    j = at[k].j
                    continue
                w = ws[k]
                p = 1 if w.norm.startswith("و") and len(w.norm) > 3 else 0
                if not p or k in used:
                    break
                cut = offset_after(w, p)
                view = [Word(cut, w.end, w.text[cut - w.start:], w.norm[p:])] + ws[k + 1:k + 3]
                n = self._place_words(view, 0, listed=True)
                if n and view[0].norm.endswith("ت") and view[0].norm not in self.gaz.places:
                    break                        # …، ورفعت العلم: a verb opens the next clause
                if n == 0 or (n == 2 and k + 1 in used) or (_definite(view[0].norm) and view[0].norm.endswith(SOUND_PLURAL)):
                    break
                e = ws[k + n - 1].end
                item = Mention(k, k + n, cut, e, "GPE", self.text_of(cut, e, ws, k, n), certainty=1)
                chain.append(item)
                new.append(item)
                j = k + n
            new.extend(self._members_before(ws, m, used, at))
            chain.extend(x for x in new if x.j <= m.i)
            if len(chain) >= 3 and new:
                out.extend(new)
                used.update(x for it in new for x in range(it.i, it.j))
        return out

    def _unknown_lists(self, ws: list[Word], chosen: list[Mention]) -> list[Mention]:
        """Three or more bare names joined by و after a locative preposition (على مسرابا وسقبا وجسرين;
        منها سقبا وكفربطنا وحمورية وجسرين): a list of places even when the gazetteer knows none of them."""
        used = {k for m in chosen for k in range(m.i, m.j)}
        out: list[Mention] = []
        for i, w in enumerate(ws):
            if w.norm not in _LIST_OPENERS:
                continue
            items, k = [], i + 1
            while k < len(ws) and ws[k].is_word and k not in used:
                x = ws[k]
                p = 1 if items and x.norm.startswith("و") and len(x.norm) > 3 else 0
                if items and not p:
                    break
                stem = x.norm[p:]
                if not self._bare_name(stem):
                    break
                n = 2 if "place" in self.lex.parts.get(stem, ()) and k + 1 < len(ws) and ws[k + 1].is_word \
                    and self._bare_name(ws[k + 1].norm) else 1
                cut = offset_after(x, p)
                items.append(Mention(k, k + n, cut, ws[k + n - 1].end, "GPE",
                                     self.text_of(cut, ws[k + n - 1].end, ws, k, n), certainty=1))
                k += n
            ends = k >= len(ws) or not ws[k].is_word or ws[k].norm in self.lex.stop
            if len(items) >= 3 and ends:
                out.extend(items)
        return out

    def _bare_name(self, stem: str) -> bool:
        """A word that may be an unknown place name: not a function word, verbal noun, plural or adjective."""
        lex = self.lex
        return len(stem) >= 3 and not _definite(stem) and stem not in lex.stop and stem not in lex.heads \
            and stem not in lex.place_adjectives and stem not in lex.titles and stem not in lex.given \
            and not stem.startswith("ت") and not stem.endswith(("ت", "ون", "ها", "هم")) \
            and stem not in lex.adjective_of and stem not in self.not_places and stem not in self.common_words

    def _members_before(self, ws, m, used, at) -> list[Mention]:
        """Unknown members before a known place in a و-list (جوبر وزملكا وعين ترما وعربين)."""
        out: list[Mention] = []
        first = m.i
        while ws[first].norm.startswith("و") and first > 0:
            k = first - 1
            if k in used or not ws[k].is_word:
                break
            start = k - 1 if k > 0 and "place" in self.lex.parts.get(ws[k - 1].norm.lstrip("و")[:], ()) \
                and ws[k - 1].norm.lstrip("و") != "" else k
            if start in used or start in at:
                break
            w = ws[start]
            p = 1 if w.norm.startswith("و") and len(w.norm) > 3 else 0
            cut = offset_after(w, p)
            view = [Word(cut, w.end, w.text[cut - w.start:], w.norm[p:])] + ws[start + 1:k + 1]
            n = self._place_words(view, 0, listed=True)
            if n != k - start + 1:
                break
            out.append(Mention(start, k + 1, cut, ws[k].end, "GPE", self.text_of(cut, ws[k].end, ws, start, n),
                               certainty=1))
            if not p:
                break
            first = start
        return out

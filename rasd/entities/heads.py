"""Names the lexicon knows, and names opened by a head word.

- lexicon names: countries, well-known actors and outlets, named regions (rasd/data/entities, geo);
- head patterns: an organisation, media, facility or place head and the name it opens
  (جيش الإسلام، وكالة سبوتنيك، معبر عربين، مدينة دوما، ريف حلب الجنوبي), including the Arabic
  construct chain (هيئة أركان جيش الإسلام) and nisba adjectives (وزارة الدفاع التركية). A place head
  hands its name to rasd.entities.places.
"""
from __future__ import annotations

from rasd.entities.words import _LOCATIVE, Mention, Word, _definite, future_prefixed, offset_after, readings
from rasd.resources import load_rows
from rasd.text import normalize

# الماضي، المقبل: after العام it is a year, not a name's adjective
_TIME_MODIFIERS = frozenset(normalize(row[0]) for row in load_rows("times/modifiers.tsv"))


def _marked(text: str) -> set[str]:
    """The hamza-carrying alefs and alef maqsura in a word: letters normalisation folds away."""
    return set(text) & set("أإآى")


def _nisba_like(norm: str) -> bool:
    """Ends as a relational adjective does (سلمية، وطني); a name ending in ـاي (تيغراي، شنغهاي،
    أوروغواي) does not: the adjective of a word in alef is written ـاوي (صحراوي)."""
    return norm.endswith(("ي", "يه")) and not norm.endswith("اي")


class HeadNames:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists, and the
    helpers of rasd.entities.reading."""

    def _name_tail(self, ws: list[Word], k: int, definite: bool) -> int:
        """End of the name words after a head at k: a construct chain closed by a definite word or a
        known proper name, then definite adjectives and ل-complements (لحقوق الإنسان)."""
        lex, n = self.lex, len(ws)
        j = good = k
        complement = -1                              # where the last ل-complement (or the genitive) ended
        while j < n and j - k < 7:
            w = ws[j]
            nm = w.norm
            if not w.is_word or (nm in lex.stop and not self._name_adjective(ws, j, k)) or nm in lex.titles:
                break
            if definite:
                if self._adjective(nm) or self._name_adjective(ws, j, k) or (j > k and nm[:1] == "و" and _nisba_like(nm[1:]) and _definite(nm[1:])
                                           and nm[1:] not in lex.adjective_of and self._adjective(ws[j - 1].norm)):
                    # للحقوق الاقتصادية والاجتماعية: two adjectives joined by و (a nationality names another state)
                    if complement == j:
                        complement = j + 1           # the complement's noun with its adjective
                    j += 1
                    good = j
                    continue
                if nm.startswith("لل") and len(nm) > 4 and "scope" in lex.parts.get(ws[j - 1].norm, ()) \
                        and not any(st in lex.stop for _, st in readings(nm)):
                    j += 1
                    good = j
                    continue
                if nm.startswith("ل") and j + 1 < n and _definite(ws[j + 1].norm) \
                        and ws[j + 1].norm not in lex.stop \
                        and not any(st in lex.stop for _, st in readings(nm)):
                    j += 2
                    good = complement = j
                    continue
                if j == complement and self._joined_complement(ws, j):
                    j += 1                           # لمكافحة الجريمة والإرهاب: a second noun of the complement
                    good = complement = j
                    continue
                break
            if _definite(nm):
                definite = True
                j += 1
                good = j
                if j == k + 1:
                    complement = j                   # مجلس الأمن والدفاع: a second genitive joined by و
                continue
            if "place" in lex.parts.get(nm, ()) and j + 1 < n and ws[j + 1].is_word \
                    and ws[j + 1].norm not in lex.stop:
                definite = True                      # قاعدة عين الأسد: a compound place name
                j += 2
                good = j
                continue
            n_proper = self._proper_len(ws, j)
            if n_proper == 1 and j > k and _nisba_like(nm) and nm not in lex.given \
                    and not self.lex.names.match(nm, []):
                n_proper = 0                         # تنظيم اعتصامات سلمية: a town's name read as an adjective
            if not n_proper and ((nm.startswith("و") and j > k) or nm.startswith(("ي", "ل"))
                                 or (len(nm) >= 5 and future_prefixed(nm))
                                 or nm in lex.adjective_of or _nisba_like(nm)):
                break                                # a verb (ستزور: a future), a preposition or an indefinite adjective
            if n_proper == 1 and nm in lex.given:
                while n_proper < 3 and j + n_proper < n and self._surname_word(ws[j + n_proper].norm):
                    n_proper += 1                    # قاعدة عثمان دقنة الجوية: named after a man
            if n_proper:
                definite = True
                j += n_proper
                good = j
                continue
            if j - k >= 2 and self._unheard(nm):
                definite = True                      # جبهة تحرير شعب تيغراي: a chain closed by a foreign name
                j += 1
                good = j
                continue
            j += 1
        return good

    def _office_of_body(self, ws: list[Word], head: str, k: int, j: int) -> bool:
        """An office of a body (المكتب السياسي) whose adjectives (from k, before j) end at a
        ل-complement that is a body's head (لحركة، للجبهة): the body is meant, and named after it."""
        if "office" not in self.lex.parts.get(head, ()):
            return False
        k = next((x for x in range(k, j) if not self._adjective(ws[x].norm)), j)
        if k >= len(ws) or ws[k].norm[:1] != "ل":
            return False
        nm = ws[k].norm
        bare = nm[2:] if nm.startswith("لل") else nm[1:]
        return self.lex.heads.get(bare, ("", ""))[1] == "org"

    def _name_adjective(self, ws: list[Word], j: int, k: int) -> bool:
        """العام، العامة after a definite word of a name (قوات الأمن العام، النيابة العامة): the name's
        adjective, though it is a time word when a modifier follows (العام الماضي)."""
        return j > k and _definite(ws[j - 1].norm) and "adjective" in self.lex.parts.get(ws[j].norm, ()) \
            and not (j + 1 < len(ws) and ws[j + 1].norm in _TIME_MODIFIERS)

    def _unheard_definite(self, nm: str) -> bool:
        """A definite word that news corpora and the common-word list never use (التنف، الوطية): a name."""
        return _definite(nm) and nm.startswith("ال") and nm not in self.corpus_common and nm not in self.common_words \
            and nm[2:] not in self.corpus_common and not _nisba_like(nm) and nm not in self.not_places

    def _surname_word(self, nm: str) -> bool:
        """An indefinite word that may go on a man's name inside a head's name: no function word,
        head, adjective, common word or word with a proclitic."""
        lex = self.lex
        return len(nm) >= 3 and not _definite(nm) and nm not in lex.stop and nm not in lex.heads \
            and not self._adjective(nm) and not _nisba_like(nm) and nm not in self.corpus_common \
            and nm not in self.common_words and nm[:1] not in ("و", "ب", "ل", "ف")

    def _joined_complement(self, ws: list[Word], j: int) -> bool:
        """A definite noun joined by و right after a ل-complement and closing the phrase
        (لمكافحة الفساد والجريمة، للتنمية والإعمار): not a head, a name or a place opening an entity
        of its own (لحقوق الإنسان والقوات الحكومية)."""
        nm = ws[j].norm
        noun = nm[1:]
        if nm[:1] != "و" or not _definite(noun) or noun in self.lex.stop or noun[2:] in self.lex.heads \
                or noun in self.gaz.places or self.lex.names.match(noun, []):
            return False
        return j + 1 >= len(ws) or not ws[j + 1].is_word or not _definite(ws[j + 1].norm) \
            or ws[j + 1].norm in self.lex.adjective_of       # مجلس الأمن والدفاع السوداني: the body's nationality

    def _unheard(self, norm: str) -> bool:
        """A word news corpora use in no common sense (تيغراي، ماسينا): after a construct chain it is
        the name that closes it."""
        return len(norm) >= 4 and norm not in self.corpus_common and norm not in self.common_words \
            and not norm.startswith(("ال", "و", "ب", "ف", "ل")) and not _nisba_like(norm)

    def _lexicon(self, ws, i, out):
        w = ws[i]
        if not w.is_word or (i > 0 and ws[i - 1].norm in self.name_blockers):
            return
        rest = None
        for p, stem in readings(w.norm):
            if stem not in self.lex.names.by_first:
                continue
            rest = rest or [x.norm for x in ws[i + 1:i + 8]]
            hit = self.lex.names.match(stem, rest)
            if hit:
                n, known = hit
                if known.type == "ORG" and i + n < len(ws) and self._joined_complement(ws, i + n):
                    return                           # مجلس الأمن والدفاع: another body than مجلس الأمن
                s, e = self._span(ws, i, p, i + n)
                out.append(Mention(i, i + n, s, e, known.type, known.name, known.key, 3,
                                   country=known.country))
                return

    def _portfolio(self, ws, i, out):
        """الخارجية الإيرانية، وأعلنت الدفاع الروسية: a portfolio before a state's feminine adjective (one
        agreeing with the وزارة left out) is that state's ministry."""
        if i + 1 >= len(ws) or not ws[i + 1].is_word:
            return
        after = ws[i + 1].norm
        if after not in self.lex.adjective_of or not after.endswith("يه") or not _definite(after):
            return
        for p, stem in readings(ws[i].norm)[:2]:
            if stem in self.portfolios:
                s, e = self._span(ws, i, p, i + 2)
                out.append(Mention(i, i + 2, s, e, "ORG", self._text(ws, i, p, i + 2), certainty=2, head="وزاره"))
                return

    def _heads(self, ws, i, out):
        w = ws[i]
        if not w.is_word:
            return
        lex = self.lex
        if any(st in lex.stop for _, st in readings(w.norm)):
            return                                   # بقيادة، برئاسة: "led by", not a head
        for p, stem in readings(w.norm):
            definite = stem.startswith("ال") and len(stem) > 4
            head = stem[2:] if definite else stem
            if head not in lex.heads or (not definite and head in lex.definite_heads):
                continue
            typ, role = lex.heads[head]
            if _marked(w.text) - set(lex.head_spelling.get(head, "")) and _marked(w.text[-len(head):]):
                continue                             # وأدى (a verb) is not وادي (a valley)
            k = i + 1
            q = None if definite else self._quoted(ws, k)
            if q is not None:                        # وكالة (سبوتينيك)، فصيل "جيش الإسلام"
                inner = ws[k + 1:q]
                name = " ".join(x.text for x in inner)
                inner_known = self._known(inner)
                if head in self.vague_heads and " ".join(x.norm for x in inner) in self.gaz.places:
                    typ = "GPE"                      # منطقة (جازان): a known town, not an area
                if role in ("media", "place", "places", "force") or inner_known:
                    s, e = inner[0].start, inner[-1].end
                    m = Mention(k + 1, q, s, e, typ, name, certainty=2, head=head,
                                role="force" if role == "force" and not inner_known else "name",
                                core=tuple(x.norm for x in inner))
                else:
                    s, e = offset_after(ws[i], p), ws[q].end
                    m = Mention(i, q + 1, s, e, typ, self._text(ws, i, p, i + 1) + " " + name,
                                certainty=2, head=head)
                    inner_known = self._known([Word(0, 0, "", head)] + inner)
                if inner_known:
                    m.key, m.type, m.name = inner_known.key, inner_known.type, inner_known.name
                out.append(m)
                return
            if role == "org" and "district" in lex.parts.get(head, ()) and not definite and k < len(ws) \
                    and ws[k].is_word and (not _definite(ws[k].norm) or any(
                        pl.country in self.arabic_countries for pl in self.gaz.places.get(ws[k].norm, ()))):
                typ, role = "GPE", "area"                # مديرية حيس، مديرية الصليف (a district), not مديرية الأمن
            if role in ("place", "area", "places"):
                if definite and head not in self.definite_heads:
                    return
                self._place_head(ws, i, p, head, typ, role, out)
                return
            if k >= len(ws):
                return
            if ws[k].norm in lex.given and not definite and role in ("org", "force"):
                return                               # بقيادة خليفة حفتر: a person follows, not a name
            j = self._name_tail(ws, k, definite)
            if j == k and "unit" in lex.parts.get(head, ()) and not definite and self._unit_name(ws, k):
                j = k + 1                            # لواء فاطميون، كتيبة الفاتحين: a unit's one-word name
            if j == k and role == "fac" and head not in self.weak_heads and not definite \
                    and self._unit_name(ws, k, facility=True):
                j = k + 1                            # مطار معيتيقة، معسكر زمزم: a facility's one-word name
            if j == k and definite and role == "org" and "led" in lex.parts.get(ws[k].norm, ()) \
                    and k + 1 < len(ws) and self._proper_len(ws, k + 1):
                # التحالف بقيادة السعودية: the body named by its leader; the leader is its own mention
                s, e = self._span(ws, i, p, k)
                out.append(Mention(i, k, s, e, typ, self._text(ws, i, p, k), certainty=2, head=head))
                return
            if j == k and role == "force" and not definite and ws[k].norm in lex.adjective_of:
                j = k + 1                            # قوات إسرائيلية، طائرات روسية: a state's, by its indefinite adjective
            if j == k:
                return
            if definite and self._office_of_body(ws, head, k, j):
                return                               # المكتب السياسي | لحركة حماس: the body named next
            if head in self.weak_heads and not any(self._proper_len(ws, x) and ws[x].norm not in self.not_places
                                                   and ws[x].norm not in self.common_words for x in range(k, j)) \
                    and not any(self._adjective(ws[x].norm) for x in range(k, min(j, k + 2))) \
                    and not (j - k == 3 and self._joined_complement(ws, k + 1)) \
                    and not any(ws[x].norm[:1] == "ل" for x in range(k + 1, j)) \
                    and not (role == "fac" and j == k + 1 and self._unheard_definite(ws[k].norm)):
                return                               # (a ل-complement names an institution: جهاز الردع لمكافحة …;
                                                     # a word no corpus uses names a base: قاعدة التنف)
            if role == "fac" and j < len(ws) and ws[j].norm.isdigit() and len(ws[j].norm) <= 3:
                j += 1                               # قاعدة البرج 22: a numbered post
            core = tuple(x.norm for x in ws[k:j])
            s, e = self._span(ws, i, p, j)
            known = self._lexicon_prefix(ws, i, stem, j) or self._lexicon_prefix(ws, k, ws[k].norm, j) \
                or self._known(ws[k:j])
            if role == "force":
                if ws[k].norm in self.gaz.places or ws[k].norm in self.gaz.regions \
                        or lex.heads.get(ws[k].norm, ("", ""))[1] == "org":
                    return                           # عناصر جهاز الردع: the members of a body the next head names
                if known:                            # مسلحو هيئة تحرير الشام: the force is the body
                    out.append(Mention(i, j, s, e, known.type, known.name, known.key, 3, head=head,
                                       country=known.country))
                    return
                out.append(Mention(i, j, s, e, "ORG", self._text(ws, i, p, j), certainty=2, head=head,
                                   role="force", core=core))
            else:
                if "site" in lex.parts.get(head, ()) and not p and not known and ws[k].norm in self.corpus_common \
                        and not (i > 0 and any(st in self.publish_verbs or st in self.frame_preps
                                               for _, st in readings(ws[i - 1].norm)[:2])):
                    return                           # موقع التصوير، موقع المحافظة: a site, not a website
                if "site" in lex.parts.get(head, ()) and not p and not known and ws[k].norm in self.gaz.places:
                    typ = "FAC"                      # استهدف موقع المالكية: a military position, not a website
                m = Mention(i, j, s, e, typ, self._text(ws, i, p, j), certainty=2, head=head)
                if known and known.type in ("ORG", "MEDIA"):
                    m.key, m.type = known.key, known.type
                out.append(m)
            return

    def _unit_name(self, ws: list[Word], k: int, facility: bool = False) -> bool:
        """An armed unit's (or a facility's) one-word indefinite name, closed by the end of the phrase."""
        lex = self.lex
        if k >= len(ws) or not ws[k].is_word:
            return False
        nm = ws[k].norm
        after = ws[k + 1].norm if k + 1 < len(ws) else ""
        # the phrase ends, or another of the same kind follows (وحقل خباز وحقل باي حسن)
        ends = not after or not ws[k + 1].is_word or after in lex.stop \
            or (after[:1] == "و" and after[1:] in lex.heads) or after in _LOCATIVE or after in lex.directions
        return ends and len(nm) >= 3 and nm not in lex.stop and nm not in lex.place_adjectives \
            and nm not in lex.heads and nm not in self.common_words \
            and not nm.endswith(("ي", "يه") if facility else ("ه", "ي", "يه")) and not nm.startswith(("ي", "ت"))

    def _lexicon_prefix(self, ws, i, stem, j):
        """The lexicon entry that names words i.. when only adjectives follow it up to j
        (ميليشيا الحوثي الانقلابية → جماعة الحوثي)."""
        hit = self.lex.names.match(stem, [x.norm for x in ws[i + 1:j]])
        if hit and i + hit[0] <= j and all(self._adjective(x.norm) for x in ws[i + hit[0]:j]):
            return hit[1]
        return None

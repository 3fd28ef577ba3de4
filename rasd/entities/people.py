"""People's names: a given name and the surname words after it (حمزة بيرقدار، رامي عبد الرحمن), a
title and the name after its qualifiers (الرئيس التركي رجب طيب أردوغان), a name before the role that
describes it, the name after a naming verb (يدعى X) and a name built on عبد (غريب عبد الحافظ)."""
from __future__ import annotations

from rasd.entities.words import Mention, Word, _definite, future_prefixed, readings, tanween


def _taf_il(norm: str) -> bool:
    """A verbal noun of the تفعيل pattern (تحرير، تنسيق، تطوير): it opens a title's construct chain
    (رئيس تحرير الصحيفة) though it starts with ت as an imperfect verb does."""
    return len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي"


class People:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists (the
    person cues among them), and the helpers of rasd.entities.reading."""

    def _person(self, ws, i, out):
        lex = self.lex
        w = ws[i]
        if not w.is_word:
            return
        for p, stem in readings(w.norm)[:3]:
            if p and w.norm[0] not in "وف":
                continue
            if stem in lex.stop and not w.text.endswith("ي") and not w.text.endswith(self.given_in_alef_maqsura):
                continue                             # على (preposition) reads as علي once normalised; يحيى is a name
            starts = stem in lex.given or self._compound_at(ws, i + 1, stem) or (stem == "ابو" and i + 1 < len(ws) and ws[i + 1].norm in lex.given) \
                or (stem in self.given_any and i + 2 < len(ws) and ws[i + 1].norm == "بن" and ws[i + 2].is_word
                    and ws[i + 2].norm not in lex.stop) \
                or (stem == "عبد" and i + 1 < len(ws) and ws[i + 1].is_word and ws[i + 1].norm not in lex.stop)
            if not starts or stem in lex.adjective_of and not (i + 1 < len(ws) and _definite(ws[i + 1].norm)):
                continue
            j, unknown = (i + 2 if "particle" in lex.parts.get(stem, ()) else i + 1), 0
            n = len(ws)
            while j < n and j - i < 5:
                nm = ws[j].norm
                if not ws[j].is_word or (nm in lex.stop and not (nm in lex.given and ws[j].text.endswith("ي"))) \
                        or nm in lex.titles or nm in lex.heads \
                        or nm in lex.adjective_of or nm in lex.people_of or len(nm) < 2:
                    break                            # (لـ "…": a lone proclitic is no name word; علي as written is one)
                if "particle" in lex.parts.get(nm, ()) and j + 1 < n and ws[j + 1].is_word \
                        and ws[j + 1].norm not in lex.stop:
                    j += 2
                    if _definite(ws[j - 1].norm) and not (j + 1 < n and self._family(ws[j].norm)):
                        break
                    continue
                if nm in lex.given or self._compound_at(ws, j, ws[j - 1].norm):
                    j += 1                           # صلاح الدين: the second half of a compound given name
                    continue
                if nm.startswith("ال") and len(nm) > 3:      # a surname with the article ends the name
                    if unknown and self._common_definite(nm):
                        break                        # نجيب ميقاتي | الرئاسة: after a surname, a noun follows
                    j += 1
                    if j + 1 < n and self._family(ws[j].norm):
                        continue                     # محمد بن عبد الرحمن آل ثاني: the family name goes on
                    break
                if unknown == 1 and j + 1 < n and ws[j + 1].is_word:
                    break                            # يحيى سريع | استهداف …: a second unknown word ends the clause or is not a name
                if nm.startswith("و") or unknown >= 2 or any(self._names_at(ws, j, st) or st in lex.stop
                                                                 or (p and (_definite(st) or st in lex.heads))
                                                                 for p, st in readings(nm)):
                    break                            # not لرويترز, للصحفيين, وقال …
                unknown += 1
                j += 1
            if j - i < 2:
                continue
            if " ".join([stem] + [x.norm for x in ws[i + 1:j]]) in self.gaz.places:
                return                               # خميس مشيط: a town named like a man
            s, e = self._span(ws, i, p, j)
            out.append(Mention(i, j, s, e, "PERSON", self._text(ws, i, p, j), certainty=2, given_only=True))
            return

    def _titled_person(self, ws, i, out):
        """A title with its qualifiers, then a name the given-name list may not know:
        الرئيس التركي رجب طيب أردوغان، وزير الخارجية الإيراني حسين أمير عبد اللهيان، المبعوث الأممي
        إلى ليبيا X Y، رئيس حكومة تصريف الأعمال اللبنانية X Y، العميد X Y."""
        lex, n = self.lex, len(ws)
        title = self.title_word(ws[i].norm)
        if title is None:
            return
        # a rank or honorific is followed by the name itself (اللواء جاسم السعدي), a role by its qualifiers
        j = i + 1 if title in self.honorifics else self._qualifiers_end(ws, i + 1)
        while title in self.honorifics and j < n and ws[j].norm in lex.adjective_of and _definite(ws[j].norm):
            j += 1                                   # الشاعر الروماني أوفيد: the honorific's nationality
        if j == i + 1 and title not in self.honorifics:
            return                                   # وزير خارجية …، أكد الوزير ضرورة …: a role needs its qualifiers
        while j < n and ws[j].norm in self.ranks:    # الفريق أول ركن
            j += 1
        k = self._name_end(ws, j, 6 if any(self._family(x.norm) for x in ws[j:j + 6]) else 4,
                           after_rank=title in self.honorifics)
        if k - j >= 2:
            out.append(Mention(j, k, ws[j].start, ws[k - 1].end, "PERSON", self._text(ws, j, 0, k), certainty=2))

    def _person_before_title(self, ws, i, out):
        """A name the given-name list may not know, right before a role that describes it: "قال فولكر
        بيرتس، رئيس البعثة الأممية، إن …"، "أكد هانس غروندبرغ المبعوث الأممي أن …". The name follows a
        function word, a reporting verb or the start of a clause."""
        lex = self.lex
        if ws[i].norm not in lex.titles:
            return
        t = i - 1 if i > 0 and ws[i - 1].text in "،," else i
        for size in (3, 2):
            a = t - size
            if a < 0 or not all(self._bare_name_word(ws[k].norm, last=k == t - 1) for k in range(a, t)):
                continue
            before = ws[a - 1] if a > 0 else None
            if before is None or not before.is_word or any(st in lex.stop for _, st in readings(before.norm)):
                out.append(Mention(a, t, ws[a].start, ws[t - 1].end, "PERSON", self._text(ws, a, 0, t), certainty=1))
                return

    def _bare_name_word(self, nm: str, last: bool) -> bool:
        """A word that may be part of a person's name standing alone (not a function word, a known
        name of something else, an adjective or a common word); only the last may carry ال."""
        lex = self.lex
        if len(nm) < 2 or not nm[:1].isalpha() or nm in lex.stop or nm in lex.titles or nm in lex.heads \
                or nm in lex.adjective_of or nm in lex.people_of or nm in self.common_words \
                or nm in self.naming or nm in self.objects or nm[:1] == "و" or nm in lex.names.by_first:
            return False
        if nm in lex.given:
            return True
        if _definite(nm):
            return last and nm[2:] not in lex.heads
        return not nm.endswith(("ي", "يه", "ين", "ون", "ات")) and nm not in self.gaz.places \
            and not any(p and (st in lex.stop or st in lex.heads) for p, st in readings(nm))

    def _qualifiers_end(self, ws: list[Word], j: int) -> int:
        """End of a title's qualifiers: definite words (الدفاع الإسرائيلي), a construct chain closed by
        a definite word (حكومة تصريف الأعمال اللبنانية) and prepositional phrases on a definite word or a
        known name (باسم الجيش، إلى ليبيا، للأمين العام)."""
        lex, n = self.lex, len(ws)
        end = start = j
        preps = set()                                # the prepositions met (المتحدث باسم الحكومة باسم العوضي: a name)
        while j < n and j - start < 9:
            if not ws[j].is_word:
                close = self._quoted(ws, j)
                if close is None:
                    break
                j = end = close + 1                  # قائد "قوات سوريا الديمقراطية" (قسد) X: a quoted or bracketed qualifier
                continue
            nm = ws[j].norm
            if j == start and "titlepart" in lex.parts.get(nm, ()):      # الأمين العام، المدير العام
                j = end = j + 1
                continue
            if nm in self.title_preps and nm not in preps and j + 1 < n and ws[j + 1].is_word \
                    and (_definite(ws[j + 1].norm) or self._proper_len(ws, j + 1)) \
                    and ws[j + 1].norm not in lex.stop and ws[j + 1].norm not in lex.given:
                preps.add(nm)
                j += 1 + max(1, self._proper_len(ws, j + 1) if not _definite(ws[j + 1].norm) else 1)
                end = j
                continue
            if nm in lex.stop or nm in lex.titles and j > start:
                break
            if _definite(nm):
                j += 1
                end = j
                continue
            # an indefinite word opens a construct chain, closed by a definite word soon, right after
            # the title (رئيس حكومة تصريف الأعمال) or with ل on it (نائب الأمين العام لحزب الله); after
            # definite qualifiers it is the name (رئيس الوزراء الجديد كامل إدريس)
            opens = j == start or j > end or nm[:1] == "ل"
            if opens and j - end < 2 and (not nm.startswith(("ي", "ت", "و")) or _taf_il(nm)) and nm not in lex.given \
                    and j + 1 < n and ws[j + 1].is_word:
                j += 1
                continue
            break
        return end

    def _name_end(self, ws: list[Word], j: int, limit: int, after_rank: bool = False) -> int:
        """End of the words of a name starting at j (a title or a naming verb before it): unknown words,
        a hyphenated foreign name (جان-إيف) as one, an ال-surname ending it."""
        lex, n = self.lex, len(ws)
        k = j
        verb_like = None                             # the first word that may be a verb (يزور، تيم)
        object_after = False                         # the name ends before a construct object
        while k < n and k - j < limit and ws[k].is_word:
            nm = ws[k].norm
            if tanween(ws[k].text):
                break                                # رئيس الوزراء القطري | مؤتمراً صحفياً: an indefinite noun
            if "particle" in lex.parts.get(nm, ()) and k + 1 < n and ws[k + 1].is_word:
                k += 2
                continue
            if k > j and self._compound_at(ws, k, ws[k - 1].norm):
                k += 1                               # عطاء الله مهاجراني: the name runs on past الله
                continue
            # a known town is not a name word (زار الرئيس الفرنسي بيروت); a hamlet abroad that shares a
            # foreign first name (توم) is
            top = self.gaz.places[nm][0] if nm in self.gaz.places and nm not in lex.given else None
            # (after a verb-shaped first word too: رئيسة الوزراء تزور بغداد)
            place_break = top is not None and (k == j or k == j + 1 and verb_like == j) and (top.population >= 100000 or not after_rank and (
                top.population >= 20000 or top.country in self.arabic_countries))
            # a given name that is also a function word opens the name after a title when a surname
            # follows (المتحدث باسم الحكومة باسم العوضي)
            given_stop = k == j and nm in lex.given and k + 1 < n and ws[k + 1].is_word \
                and ws[k + 1].norm not in lex.stop and _definite(ws[k + 1].norm) and not self._common_definite(ws[k + 1].norm)
            # علي as written is the name, not the preposition على it folds into
            # (before a common word it is the preposition misspelt: علي الرغم)
            written_given = nm in lex.given and ws[k].text.endswith("ي") and k + 1 < n and ws[k + 1].is_word \
                and (ws[k + 1].norm not in self.corpus_common or ws[k + 1].norm in self.given_any)
            if (nm in lex.stop and not given_stop and not written_given) or nm in lex.titles or nm in lex.heads or nm in lex.place_adjectives \
                    or place_break or len(nm) < 2 or nm in lex.adjective_of or nm in self.naming or nm[:1] == "و" \
                    or (k == j and nm in self.objects) \
                    or not (given_stop or written_given) and any(self._names_at(ws, k, st) or st in lex.stop
                                              or (p and (_definite(st) or st in lex.heads)) for p, st in readings(nm)):
                break                                # not لموقع، للوكالة: a proclitic on a head or a definite word
            if verb_like is None and nm[:1] in "يتن" and nm not in lex.given:
                verb_like = k
            if (k > j and _definite(nm) and self._common_definite(nm)) or self._prepositional_common(nm):
                break                                # X Y | الرئاسة، X Y | بإدانة: a noun after the name
            if k == j and nm[:1] in ("ب", "ل") and nm not in self.given_any and k + 1 < n \
                    and ws[k + 1].norm in self.corpus_common:
                break                                # النائب العام | بفتح تحقيق: a preposition opens no name
            if k == j and ws[k].text.endswith(("ه", "ها", "هم")) and nm not in self.given_any \
                    and any(x in self.corpus_common for x in (nm, nm[:-1], nm[:-2])):
                break                                # زعيم التيار | أنصاره: a common noun with its pronoun
            if k - j >= 2 and not _definite(nm) and self._common_after_name(nm):
                break                                # يحيى سريع | استهداف السفينة: the verb's object after the name
            if (k - j >= 2 or k == j and nm in self.corpus_common) and self._construct_object(ws, k):
                object_after = True
                break                                # يشار غولر | منفذي الهجوم، الأمير | قيد الاعتقال: a noun and its genitive
            if k - j >= 2 and future_prefixed(nm) and len(nm) >= 5 and nm not in lex.given:
                break                                # أنتوني بلينكن | سيجري اتصالاً: a future verb after the name
            k += 1
            if k + 1 < n and ws[k].text in "-‐" and ws[k].start == ws[k - 1].end \
                    and ws[k + 1].start == ws[k].end and ws[k + 1].is_word:
                k += 1                               # جان-إيف: the hyphen joins one name
                continue
            if _definite(nm) and not (k + 1 < n and self._family(ws[k].norm)):
                break
        # a word shaped like an imperfect verb is a name only when the name plainly ends after it
        # (المبعوث … تيم ليندركينغ إن …), not when more words run on (وزير الدفاع يزور بغداد)
        if verb_like is not None and k < n and ws[k].is_word and ws[k].norm not in lex.stop and not object_after:
            k = verb_like
        return k

    def _construct_object(self, ws: list[Word], k: int) -> bool:
        """An indefinite word that is no name word, followed by a definite common noun: a construct
        chain (منفذي الهجوم، مرتكبي الجريمة), the verb's object after a name, not the name's next word."""
        nm = ws[k].norm
        if _definite(nm) or nm in self.given_any or self.lex.parts.get(nm) or k + 1 >= len(ws) or not ws[k + 1].is_word:
            return False
        nxt = ws[k + 1].norm
        return _definite(nxt) and nxt not in self.given_any and (nxt in self.corpus_common or self._common_definite(nxt))

    def _family(self, norm: str) -> bool:
        """آل, the particle of a family name (آل ثاني): the name goes on past a definite word before it."""
        return "family" in self.lex.parts.get(norm, ())

    def _compound_at(self, ws: list[Word], k: int, first: str) -> bool:
        """Whether word k completes a compound given name opened by `first` (صلاح الدين، نصر الله):
        a given name or an opener (a common noun alone: نصر، عطاء) before الدين or الله."""
        parts = self.lex.parts
        return k < len(ws) and "compound" in parts.get(ws[k].norm, ()) \
            and (first in self.lex.given or "opener" in parts.get(first, ()))

    def _named_person(self, ws, i, out):
        """يدعى X Y، المدعو X: the words after a naming verb are a name, one word or more."""
        w = ws[i]
        if not w.is_word or not any(stem in self.naming for p, stem in readings(w.norm)[:2] if not p or w.norm[0] == "و"):
            return
        if i > 0 and ws[i - 1].norm == "ما":
            return                                   # ما يدعى: "the so-called", not a person's name
        j = i + 1
        k = self._name_end(ws, j, 3)
        if k > j and not (k == j + 1 and (_definite(ws[j].norm) or len(ws[j].norm) < 3)):
            out.append(Mention(j, k, ws[j].start, ws[k - 1].end, "PERSON", self._text(ws, j, 0, k), certainty=2))

    def _particle_person(self, ws, i, out):
        """X عبد Y: a name built on عبد (غريب عبد الحافظ) even when X is not a listed given name."""
        if i + 2 < len(ws) and ws[i + 1].norm == "عبد" and ws[i].is_word and ws[i + 2].is_word \
                and ws[i].norm not in self.lex.stop and ws[i].norm not in self.lex.titles \
                and not _definite(ws[i].norm):
            s, e = self._span(ws, i, 0, i + 3)
            out.append(Mention(i, i + 3, s, e, "PERSON", self._text(ws, i, 0, i + 3), certainty=1))

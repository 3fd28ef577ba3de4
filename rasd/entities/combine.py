"""Deciding between candidates: the non-overlapping mentions (`_select`), and how the statistical
tagger's mentions join the rules' — its spans read as mentions, its wider names over the rules' bare
guesses, its ends for the rules' people, and the rules' guesses on common words it does not back."""
from __future__ import annotations

from rasd.entities.heads import _nisba_like
from rasd.entities.words import SOUND_PLURAL, Mention, Word, _definite, future_prefixed, readings, tanween, words_within


def _wider(model_mentions: list[Mention], chosen: list[Mention], n_words: int) -> list[Mention]:
    """The model's mentions that hold a bare guess of the rules (certainty 1 at most) shorter than
    themselves and overlap no surer rule mention. `chosen` do not overlap (`_select`), so each word
    has at most one mention over it: the words under a model mention give those it meets, not a
    scan of them all for each (an empty mention, which covers no word, is checked as before)."""
    cover: list[Mention | None] = [None] * n_words
    empty = []
    for r in chosen:
        if r.j > r.i:
            for k in range(r.i, r.j):
                cover[k] = r
        else:
            empty.append(r)
    out = []
    for m in model_mentions:
        met = {id(r): r for k in range(m.i, m.j) if (r := cover[k]) is not None}.values()
        if any(r.certainty > 1 for r in met) \
                or any(r.certainty > 1 and r.i < m.j and m.i < r.j for r in empty):
            continue
        if any(r.certainty <= 1 and m.i <= r.i and r.j <= m.j
               and (m.j - m.i > r.j - r.i or (m.type == "PERSON" and r.places))
               for r in (*met, *empty)):
            out.append(m)
    return out


def _select(cands: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: the longest first, then the most certain, then the earliest."""
    order = sorted(cands, key=lambda m: (-(m.j - m.i), -m.certainty, m.i))
    taken: list[Mention] = []
    used = bytearray(max((m.j for m in cands), default=0))    # 1 for each word taken
    for m in order:
        if m.j > m.i and used.find(1, m.i, m.j) >= 0:
            continue
        taken.append(m)
        used[m.i:m.j] = b"\x01" * (m.j - m.i)
    return sorted(taken, key=lambda m: m.start)


class ModelJoin:
    """Part of `Recognizer` (rasd.entities.recognize): its lexicon, gazetteer and word lists, and the
    helpers of the other recogniser modules."""

    def _unbacked_guesses(self, ws: list[Word], chosen: list[Mention], model_mentions: list[Mention]) -> list[Mention]:
        """Guesses on words the annotated corpora use mostly outside names, where the model reads
        no name either, are dropped: a one-word gazetteer match (سلالة، سلطات، مرات، العمارة are
        villages in GeoNames) unless a locative stands before it (في، إلى) or it is listed with a
        town; a given name whose next word is such a word, and no given name itself (علي الرغم is
        على الرغم; جمال المظلات, نادر جدا are no people; مجدي رمضان is)."""
        common = self.corpus_common
        if not common:
            return chosen
        named = bytearray(len(ws))
        for m in model_mentions:
            named[m.i:m.j] = b"\x01" * (m.j - m.i)

        def is_common(k: int) -> bool:
            return ws[k].norm in common or any(st in common for _, st in readings(ws[k].norm))

        frames = self.report_verbs | self.frame_preps | self.statement_nouns

        def framed(m: Mention) -> bool:
            """After a reporting verb or a preposition of sources (ذكرت، بحسب، لـ) or with لـ on it."""
            prev = ws[m.i - 1].norm if m.i > 0 else ""
            return prev in frames or prev[1:] in frames and prev[:1] in "وف" or \
                ws[m.i].norm[:m.start - ws[m.i].start][-1:] == "ل"

        def settled(m: Mention) -> bool:
            """Named after an indefinite classifier that is no common noun too (مدينة دوما، مصفاة
            الزاوية، بلدتي مسرابا ومديرا; not مناطق الاشتباكات، منطقة حرة): the construct needs a name
            after it, so the word is one, common or not."""
            before = ws[m.i - 1].norm.lstrip("وف") if m.i > 0 else ""
            role = self.lex.heads.get(m.head, ("", ""))[1]
            if m.j < len(ws) and ws[m.j].text[:1].isdigit():
                return True                      # منطقة كيلو 16: a place named with its number
            # (a dual head names two places, the first with its article too: منطقتي القائم وعكاشات)
            return before[:2] != "ال" and m.head not in self.vague_heads and m.head not in self.weak_heads \
                and (role != "places" or not _definite(ws[m.i].norm) or "dual" in self.lex.parts.get(m.head, ()))

        def guess(m: Mention) -> bool:
            if named.find(1, m.i, m.j) >= 0:
                return False
            if m.certainty == 1 and m.places and m.j - m.i == 1:
                return is_common(m.i) and not self._locative(ws, m) and not self._coordinated_with_place(ws, m.i)
            if m.certainty == 2 and m.head is not None and m.type in ("GPE", "LOC", "FAC") and m.role == "name" \
                    and not settled(m):
                return all(is_common(k) for k in range(m.i, m.j))   # العاصمة | تحتم، منطقة | حرة
            if m.certainty == 3 and m.type == "MEDIA" and m.j - m.i == 1:
                return is_common(m.i) and not framed(m)   # بنا (with us) is no news agency (ذكرت الحياة is one)
            return m.given_only and m.j - m.i >= 2 and is_common(m.i + 1) and ws[m.i + 1].norm not in self.given_any

        def town_of(m: Mention) -> Mention:
            """An outlet's one-word name that is also a town, listed with towns (دير الزور والميادين): the town."""
            if m.certainty != 3 or m.type != "MEDIA" or m.j - m.i != 1 or framed(m) \
                    or not self._coordinated_with_place(ws, m.i):
                return m
            found: list[Mention] = []
            self._gazetteer(ws, m.i, found)
            return found[0] if found else m
        return [m for m in map(town_of, chosen) if not guess(m)]

    def _model_ends(self, ws: list[Word], chosen: list[Mention], model_mentions: list[Mention]) -> list[Mention]:
        """A person the rules read without a lexicon entry ends where the model's person from the
        same word ends when it stops before a word the corpora use mostly outside names (صدام حسين |
        عقوبة، عادل عبد المهدي | فرض، حسن شيخ محمود | الهجوم) or, for a name read from a given name
        alone, when the model reads on (حسن نصر الله، محمد الخامس): the model knows where a name stops.
        A family name with the article that names use (مهدي المشاط) or a nisba (الحوثي) stays; a
        titled name is not stretched (the model may take the title in). A name the rules close at a
        complementiser (قال يحيى سريع إن …) keeps its last word."""
        persons = [m for m in model_mentions if m.type == "PERSON"]
        if not persons:
            return chosen
        out = []
        for m in chosen:
            model = next((x for x in persons if x.i < m.j and m.i < x.j), None) \
                if m.type == "PERSON" and m.certainty == 2 and m.key is None else None
            if model is not None and model.start == m.start and (
                    (model.j > m.j and m.given_only)
                    or (model.j < m.j and self._common_after_name(ws[model.j].norm)
                        and not (m.j < len(ws) and ws[m.j].norm in self.complementisers))):   # قال يحيى سريع إن
                model.certainty, model.given_only = m.certainty, m.given_only
                m = model
            out.append(m)
        return out

    def _closes_chain(self, last: str, word: str) -> bool:
        """After a definite word (last), a common indefinite word or an unknown sound plural (رافعين،
        مسلحون) is no part of the name: the article closes a construct chain, and only definite
        adjectives, ل-complements and names (جنين، فلسطين) follow it inside one."""
        if not _definite(last) or _definite(word) or word[:1] == "ل":
            return False
        if word in self.corpus_common:
            return True
        return word.endswith(SOUND_PLURAL) and word not in self.gaz.places and word not in self.given_any \
            and word not in self.lex.names.by_first

    def _coordinated_place(self, last: str, word: str) -> bool:
        """و joins two places the gazetteer knows (الناصرية والديوانية): each is a name of its own."""
        places = self.gaz.places
        return word[:1] == "و" and word[1:] in places and (last in places or last[:1] == "و" and last[1:] in places)

    def _common_verb(self, norm: str) -> bool:
        """A word shaped as an imperfect verb (يلتقي، سيلتقي، وتؤكد) that the corpora use outside names
        (نجاح، نظير، سيد are names as well: ن and a short stem are left alone)."""
        bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 4 else norm
        bare = bare[1:] if future_prefixed(bare) else bare
        return bare[:1] in ("ي", "ت") and len(bare) >= 4 and (bare in self.corpus_common or norm in self.corpus_common) \
            and norm not in self.given_any and bare not in self.given_any

    def _joined_stop(self, norm: str) -> bool:
        """و or ف on a word that ends names (ودان، فأكد): a conjunction on a verb, not a name like وليد."""
        return norm[:1] in ("و", "ف") and norm[1:] in self.lex.stop and len(norm) >= 4 and norm not in self.given_any

    def _common_after_name(self, norm: str) -> bool:
        """A word the corpora use mostly outside names and no given name, and not a family name's
        nisba (الحوثي): where the model ends a person before it, the name ends (حسن شيخ محمود | الهجوم)."""
        return norm in self.corpus_common and norm not in self.given_any and not _nisba_like(norm)

    def _tagged(self, ws: list[Word], tagged) -> list[Mention]:
        """Mentions from a statistical tagger's (start, end, type) spans: the words inside, cut where
        a function word stands (a name never runs across one: أفاد، و…), in a name of no person where
        a common indefinite word follows a definite one (the article closes a construct chain), and in
        a place's where و joins two places the gazetteer knows."""
        out = []
        stop = self.lex.stop
        for start, end, typ in tagged:
            if typ not in ("PERSON", "ORG", "GPE", "LOC", "FAC", "MEDIA"):
                continue
            run = []                             # the words up to the first that cannot be a name's
            inside = words_within(ws, start, end)
            end_word = inside[-1] + 1 if inside else 0
            for n in inside:
                if typ != "PERSON" and run and self._closes_chain(ws[run[-1]].norm, ws[n].norm):
                    break                        # الجامعة | رافعين: a definite word closes the chain
                if typ in ("GPE", "LOC") and run and self._coordinated_place(ws[run[-1]].norm, ws[n].norm):
                    break                        # الناصرية | والديوانية: two places, not one name
                if typ == "PERSON" and run and self._prepositional_common(ws[n].norm):
                    break                        # هانس غروندبرغ | بإدانة: a preposition on a common noun
                if run and tanween(ws[n].text):
                    break                        # محمد بن سلمان | اتصالاً: an indefinite noun
                # محمد الخامس; طالب الدوسري (طالب: a verb, and a given name the model reads as one)
                kept = typ == "PERSON" and ("regnal" in self.lex.parts.get(ws[n].norm, ()) if run
                                            else ws[n].norm in self.given_any and n + 1 < end_word)
                if not kept and not (ws[n].is_word and ws[n].norm not in stop
                                       and (not run or ws[n].norm[:1] != "و" or ws[n].norm[1:] not in stop)):
                    break
                run.append(n)
            while run and typ == "PERSON" and (self._common_verb(ws[run[0]].norm) or self._joined_stop(ws[run[0]].norm)):
                run.pop(0)                       # يلتقي | الأحمد، ودان | الأمين العام: the verb before its subject
            if run:
                i, j = run[0], run[-1] + 1
                s = max(start, ws[i].start)
                if j == i + 1:
                    stem = next((st for p, st in readings(ws[i].norm) if ws[i].start + p >= s), ws[i].norm)
                    if stem in self.lex.heads or "ال" + stem in self.lex.heads:
                        continue                 # a head alone (قناة، وزارة) names nothing
                    before = ws[i - 1] if i > 0 else None
                    if typ != "PERSON" and ws[i].text.endswith(("ي", "ية")) and before is not None \
                            and before.is_word and not _definite(before.norm) and before.norm not in stop \
                            and before.norm not in self.lex.heads:
                        continue                 # اتفاق سلمي: an adjective after the noun it qualifies
                if typ != "PERSON" and j == i + 2 and ws[i].norm in self.lex.heads and not _definite(ws[i].norm) \
                        and _nisba_like(ws[i + 1].norm) and not _definite(ws[i + 1].norm) \
                        and ws[i + 1].norm not in self.gaz.places and ws[i + 1].norm not in self.lex.names.by_first:
                    continue                     # شركة ليبيرية، منظمة دولية: a head and its indefinite adjective describe, not name
                if typ == "PERSON" and j == i + 1 and ws[i].text.endswith("ة") and i > 0 \
                        and ws[i - 1].text.endswith(("ة", "ات")) and not _definite(ws[i - 1].norm) \
                        and ws[i - 1].norm not in self.lex.titles:
                    continue                     # منطقة آمنة، ممرات آمنة: a feminine name-word agreeing with its noun
                if typ == "PERSON" and j == i + 1 and _definite(ws[i].norm) and ws[i].norm in self.lex.adjective_of \
                        and i > 0 and _definite(ws[i - 1].norm):
                    continue                     # الرئيس المصري | عبد الفتاح السيسي: a nationality after its noun
                if typ == "PERSON" and i >= 2 and ws[i - 2].norm == "ما" and ws[i - 1].norm in self.naming:
                    continue                     # ما يدعى حراس الدين: "the so-called", a body and not a person
                if typ == "PERSON" and j == i + 1 and _definite(ws[i].norm) and ws[i].norm.endswith(("ات",) + SOUND_PLURAL) \
                        and ws[i].norm[2:] in self.corpus_common and ws[i].norm not in self.given_any:
                    continue                     # وتأتي الغارات: a plural common noun is no one
                if typ == "PERSON" and all(ws[n].norm in self.lex.titles for n in range(i, j)):
                    continue                     # العقيد | "تركي المالكي": the title before a quoted name is no one
                if typ == "PERSON" and j - i >= 2 and all(_definite(ws[n].norm) for n in range(i, j)) \
                        and ws[i].norm not in self.given_any and ws[i].norm[2:] not in self.given_any \
                        and ws[j - 1].norm.endswith(("ي", "يه")):
                    continue                     # الوسيط الأفريقي، المبعوث الأممي: a description, no name
                name = " ".join([ws[i].text[s - ws[i].start:]] + [w.text for w in ws[i + 1:j]])
                out.append(Mention(i, j, s, ws[j - 1].end, typ, name, certainty=0))
        return out

"""Reading one statement from its cue: verbs and participles, and the tail every kind shares
(channel and time adjuncts, the content, what the cue needs)."""
from __future__ import annotations

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import Channel, channel_at
from rasd.attributions.content import Content, content_after
from rasd.attributions.context import Context, Draft
from rasd.attributions.cues import Hit
from rasd.attributions.phrases import Phrase, speaker_phrase
from rasd.attributions.speakers import Speaker, in_context
from rasd.attributions.subjects import fronted_subject, subject_before, without_object
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import (AN_COMPOUND, CONTRAST, KANA, NEGATION, RELATIVE, RESUME, WORD, cue_word,
                                     describes_medium, mention_starts, strip_article, word_has)
from rasd.text import normalize


class Statements(Context):
    """Reads verbs and participles; _finish is the tail every cue kind ends with."""

    # -- shared tail: channel adjuncts and the content
    def _finish(self, h: Hit, speaker: Speaker, k: int, pre: list[Channel]) -> Draft | None:
        v = self.view
        sl, sr = v.sentence_range(h.i)
        if not pre and h.cue.kind == "verb" and sl < h.i:
            opening = channel_at(v, sl, h.i)       # "وفي تصريح لقناة العربية، قال …"
            if opening and opening.end <= h.i and all(v.char(x) in "،," or not v.is_word(x) for x in range(opening.end, h.i)):
                pre = [opening]
        content = content_after(v, k, sr)
        if content is None:
            # "وقال:" at the end of a line, the quotation on the next
            si = v.sent_of[h.i]
            if si + 1 < len(v.sent_bounds) and (v.char(sr - 1) == ":" or k >= sr):
                a, b = v.sent_bounds[si + 1]
                if a < b and (v.char(a) in OPENERS or v.char(a) == STRAIGHT or v.char(a) in "-–"):
                    content = content_after(v, a, b)
        if content is None:
            content = self._quotation_before(h)
        if content is None and h.relative and h.stance == "DENY":
            at = v.toks[h.i].start               # «وهو ما نفاه الجيش.»: the claim before is its content
            content = Content(at, at, False, False, [])
        if content is None:
            return None
        needs = h.cue.needs.split(",")
        if "comp" in needs and not content.introduced and not content.direct \
                and not (h.stance == "DEMAND" and _addressee_first(v, content.start)):
            return None
        if "b" in needs and not v.text[content.start:content.start + 1] == "ب":
            return None
        for need in needs:
            if need.startswith("has=") and normalize(need[4:]) not in {strip_article(w) for w in
                                                                        WORD.findall(normalize(v.text[content.start:content.end]))}:
                return None
        if "bx" in needs and not _b_complement_near(v, min(content.start, v.toks[min(k, len(v.toks) - 1)].start)):
            return None
        if "an" in needs and (not content.by_an or _first_norm(v, content.start) in AN_COMPOUND):
            return None
        channels = [c for c in pre + content.channels if not c.setting]
        d = Draft(h, v.sent_of[h.i], speaker, content)
        if channels:
            d.channel = channels[0]
        return d

    def _quotation_before(self, h: Hit) -> Content | None:
        """A quotation that opens the sentence before its cue: '"لن نتراجع …"، قال أحد القادة'."""
        v = self.view
        sl, _sr = v.sentence_range(h.i)
        close = h.i - 1
        while close > sl and v.char(close) in "،,":
            close -= 1
        opener = next((o for o, c in v.quote_close.items() if c == close), None)
        if opener is None or opener != sl or v.words_between(opener, close) < 3:
            return None
        return Content(v.toks[opener].end, v.toks[close].start, True, False, [])

    def _skip_adjuncts(self, j: int, limit: int) -> tuple[int, list[Channel]]:
        v = self.view
        pre: list[Channel] = []
        while j < limit:
            c = channel_at(v, j, limit)
            if c:
                pre.append(c)
                j = c.end
            elif v.is_word(j) and (v.in_time[j] or lex.has_class(v.norm(j), "time")):
                j += 1
            elif v.char(j) == "(" and j in v.paren_close and v.words_between(j, v.paren_close[j]) <= 3 \
                    and all(v.in_time[x] or not v.is_word(x) for x in range(j, v.paren_close[j])):
                j = v.paren_close[j] + 1
            else:
                break
        return j, pre

    def _verb(self, h: Hit) -> Draft | None:
        v = self.view
        sl, sr = v.sentence_range(h.i)
        j, pre = self._skip_adjuncts(h.e, sr)
        fronted = fronted_subject(v, h, sl)
        if fronted:
            if "subj" in h.cue.needs.split(",") and not self._source_like(fronted, False):
                return None       # "الأزمة تهدد حياة الملايين": no source speaks
            return self._finish(h, self._speaker_from(fronted, h.cue.gender), j, pre)
        antecedent = self._relative_antecedent(h, sl)
        if antecedent is not None:             # "… المرصد السوري، الذي اتهم قوات الأمن بـ": the relative's noun speaks
            return self._finish(h, self._speaker_from(antecedent, h.cue.gender), j, pre)
        wide = h.stance in ("DEMAND", "ACCUSE", "THREATEN") or "b" in h.cue.needs.split(",")
        # وهددوا باتخاذ …، قالوا إن: a verb written with its plural subject has no subject after it
        # (a verb before its subject stays singular: قال الشهود), so what follows is the content
        phrase = None if h.cue.gender == "p" else speaker_phrase(v, j, sr, stop_b="wide" if wide else "narrow")
        if phrase and word_has(v, phrase.start, "page") and phrase.end > phrase.start + 1:
            phrase = Phrase(phrase.start + 1, phrase.end)        # "صفحة المتحدث العسكري": its owner speaks
        if phrase and word_has(v, phrase.start, "medium"):
            # "وذكر البيان" / "وذكر بيان لقيادة العمليات": the document is the channel, its issuer the speaker
            pre.append(Channel(phrase.start, phrase.start + 1, None, v.span(phrase.start, phrase.start + 1).text))
            x = phrase.start + 1
            while x < sr and v.is_word(x) and describes_medium(v.norm(x)) and v.norm(x) not in ("في", "علي"):
                x += 1          # "بيان صادر عن الجيش": the issuer after عن
            by_an = v.norm(x) == "عن"
            issuer = speaker_phrase(v, x + 1, sr) if by_an else \
                speaker_phrase(v, x, sr) if v.norm(x).startswith("ل") else None
            if issuer and self._source_like(issuer, not by_an):
                speaker = self._speaker_from(issuer, "-", strip_l=not by_an)
                k = issuer.end
            else:
                speaker = in_context(self._earlier(), v.sent_of[h.i], "-")
                if speaker is None:
                    return None
                k = phrase.start + 1
        elif phrase and h.stance == "DEMAND" and _complement_at(v, phrase.end) and (
                (v.words_between(phrase.start - 1, phrase.end) <= 2
                 and not v.mentions_in(v.toks[phrase.start].start, v.toks[phrase.end - 1].end)
                 and not self._source_like(phrase, False)) or self._joined_to_statement(h)) \
                and (speaker := in_context(self._earlier(), v.sent_of[h.i], h.cue.gender)) is not None:
            # "…، وحث الطرفين على احترام تعهداتهما": those called on, the caller named before; after a
            # statement of this sentence (واتهم الوزير …، وطالب المبعوث الأممي بإدانة …) a joined call
            # is the same speaker's, made to the one named after it
            k = phrase.start
        elif phrase and self._joined_description(h, phrase):
            # "…، ووصف الهجوم بأنه «جريمة»": a description joined to the sentence's statement or act
            # is its subject's, and what follows is the thing described
            speaker = self._joined_describer(h)
            k = phrase.start
        elif phrase:
            needs = h.cue.needs.split(",")
            if "subj" in needs and not self._source_like(phrase, False):
                return None       # "وقُدّر عدد القتلى بنحو 50": a passive, its subject is no source
            if "obj" in needs:
                phrase = without_object(v, phrase)
            speaker = self._speaker_from(phrase, h.cue.gender)
            k = speaker.phrase_end or phrase.end
            pre += self._reporter_channel(phrase)
        else:
            opens_clause = v.norm(h.i)[:1] in "وف" and v.norm(h.i)[1:] in lex.cues()
            before = None if opens_clause else subject_before(v, h.i, sl)
            if before is None and h.cue.gender == "p" and opens_clause:
                subject = self._main_subject(h.i)      # أمهل قادة المجلس … وهددوا: the first verb's subject
                if subject is not None:
                    return self._finish(h, subject, j, pre)
            if before:
                speaker = self._speaker_from(before, h.cue.gender)
            elif self._mid_clause(h.i):
                return None       # "قتل طالب جامعي": a noun that reads like a cue, inside a clause
            elif "obj" in h.cue.needs.split(",") and (h.with_object or self._after_comma(h)) \
                    and (speaker := self._joined_describer(h)) is not None:
                pass              # "رفض التجمع البيان، ووصفه بأنه …"، "…، ووصف الهجوم بأنه …": the subject it shares
            elif "subj" in h.cue.needs.split(","):
                return None       # "وُصفت إصابته بالخطيرة": a passive has no speaker
            else:
                speaker = in_context(self._earlier(), v.sent_of[h.i], h.cue.gender, strict=True) or self._last_mentioned(h.i) \
                    or in_context(self._earlier(), v.sent_of[h.i], h.cue.gender)
                if speaker is None:
                    return None
            k = j
        return self._finish(h, speaker, k, pre)

    def _relative_antecedent(self, h: Hit, sl: int):
        """The source a relative pronoun right before the cue refers to ("… على لسان المتحدث باسم
        الخارجية الذي قال إن …"، "… المرصد السوري، الذي اتهم …"), else None."""
        v = self.view
        if v.norm(h.i - 1) not in RELATIVE:
            return None
        before = subject_before(v, h.i - 1, sl)
        if before is None and v.char(h.i - 2) in "،,":
            before = subject_before(v, h.i - 2, sl)    # a comma before the relative (المرصد، الذي)
        if before and (any(word_has(v, before.start, c) for c in ("role", "anon", "body", "media"))
                       or mention_starts(v, before.start)):
            return before
        return None

    def _joined_description(self, h: Hit, phrase) -> bool:
        """A describing verb (وصف: it takes an object) joined by و after a comma, with no source after it."""
        return "obj" in h.cue.needs.split(",") and self._after_comma(h) \
            and not self._source_like(phrase, False) and self._joined_describer(h) is not None

    def _after_comma(self, h: Hit) -> bool:
        """The cue is written with و right after a comma: it joins the clause before."""
        return self.view.norm(h.i)[:1] == "و" and self.view.char(h.i - 1) in "،,"

    def _joined_describer(self, h: Hit):
        """The subject a joined verb shares: the speaker of this sentence's statement before it, else the
        subject of the verb that opens the sentence."""
        return in_context(self._earlier(), self.view.sent_of[h.i], h.cue.gender, reach=0) or self._main_subject(h.i)

    def _joined_to_statement(self, h: Hit) -> bool:
        """The cue is written with و after a comma, and a statement of the same sentence comes before it."""
        v = self.view
        return self._after_comma(h) and any(
            d.sentence == v.sent_of[h.i] and v.toks[d.hit.i].start < v.toks[h.i].start for d in self.drafts)

    def _mid_clause(self, i: int) -> bool:
        """A verb with no و/ف that follows a plain word of its clause (not a particle, connector,
        complementiser, time word or another cue) and has no subject before it."""
        v = self.view
        if not v.is_word(i - 1) or v.norm(i)[:1] in "وف" and v.norm(i)[1:] in lex.cues():
            return False
        n = v.norm(i - 1)
        return not (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time")
                    or word_has(v, i - 1, "connector") or n in KANA or n in CONTRAST or n in NEGATION
                    or cue_word(v, i - 1) or v.in_time[i - 1] or n in RESUME)

    def _participle(self, h: Hit) -> Draft | None:
        """"مضيفاً / مشيراً إلى أن": the speaker of this sentence's statement, else the actor it names
        ("قصف الحزب موقع البغدادي مؤكداً تحقيق إصابات"), else the speaker just before."""
        v = self.view
        si = v.sent_of[h.i]
        speaker = in_context(self._earlier(), si, h.cue.gender, reach=0) or self._clause_actor(h.i) \
            or in_context(self._earlier(), si, h.cue.gender, reach=1)
        if speaker is None:
            return None
        sl, sr = v.sentence_range(h.i)
        j, pre = self._skip_adjuncts(h.e, sr)
        return self._finish(h, speaker, j, pre)


def _b_complement_near(view: View, char_start: int, reach: int = 6) -> bool:
    """A ب word (بأنه، بنحو، بالخطيرة) among the first words of a content."""
    words = WORD.findall(view.text[char_start:char_start + 120])[:reach]
    return any(normalize(w)[:1] == "ب" and len(w) > 2 for w in words)


def _first_norm(view: View, char_start: int) -> str:
    """The normalised first word of a content span."""
    m = WORD.search(view.text, char_start)
    return normalize(m.group()) if m else ""


ADDRESSEE_TITLE_WORDS = 3      # words of a title before the party a demand is addressed to
ADDRESSEE_TITLE_CHARS = 60


def _addressee_first(view: View, char_start: int) -> bool:
    """A content that opens with the party a demand is addressed to, then what it is asked to do
    («طالبت واشنطن قوات الدعم السريع بوقف هجومها»، «دعا الوزير الأمم المتحدة إلى التدخل»)."""
    # the party may follow its title: «طالب المبعوث الأممي هانس غروندبرغ بإدانة …»
    near = [(s, e) for s, e, _ent in view.mentions_in(char_start, char_start + ADDRESSEE_TITLE_CHARS)
            if s >= char_start and len(WORD.findall(view.text[char_start:s])) <= ADDRESSEE_TITLE_WORDS]
    first = min((s for s, _e in near), default=None)
    nxt = WORD.search(view.text, max(e for s, e in near if s == first)) if near else None
    return nxt is not None and _asks(normalize(nxt.group()))


def _complement_at(view: View, j: int) -> bool:
    """Token j opens what a demand asks."""
    return view.is_word(j) and _asks(view.norm(j))


def _asks(norm: str) -> bool:
    """What a demand asks opens with إلى، على or a ب verbal noun (بوقف، بالانسحاب)."""
    return norm in ("الي", "علي") or (norm[:1] == "ب" and len(norm) > 3)


"""From cues to Attribution records: find the cues, then build each statement in reading order."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import Channel, channel_at, outlet_phrase
from rasd.attributions.content import Content, content_after, mostly_quoted
from rasd.attributions.lexicon import Cue
from rasd.attributions.phrases import Phrase, object_word, speaker_phrase
from rasd.attributions.speakers import Speaker, clean, corefer, in_context, link_entity, make_speaker
from rasd.attributions.view import OPENERS, STRAIGHT, View
from rasd.attributions.words import cue_word, definite, stems, strip_article, word_has
from rasd.model import Article, Attribution, Span
from rasd.text import normalize

_WORD = re.compile(r"\w+")
_NEGATION = lex.clause_words("negation")
_SUBJUNCTIVE = lex.clause_words("subjunctive")
_AFTER_PUNCT = set("،,»”\")")
_CONTRAST = lex.clause_words("contrast")
_KANA = lex.clause_words("kana")
_MEDIUM_LINK = lex.clause_words("mediumlink")
_BOUNDARY = lex.clause_words("boundary")
_OPENER = lex.clause_words("opener")
_RESUME = lex.clause_words("resume")
_RELATIVE = lex.clause_words("relative")
_AN_COMPOUND = lex.clause_words("ancompound")
_RESUMPTIVE = lex.clause_words("resumptive")
_RELATIVE_SUFFIXES = ("ها", "هم", "ه")
_MEDIA_CHANNEL_TYPES = ("MEDIA", "ORG", "PERSON", "GPE")


@dataclass(slots=True)
class Hit:
    i: int              # first token of the cue
    e: int              # token after it
    cue: Cue
    stance: str
    relative: bool = False      # "ما أعلنته X": inside another statement's content, and not ending it


@dataclass(slots=True)
class Draft:
    hit: Hit
    sentence: int
    speaker: Speaker
    content: Content
    channel: Channel | None = None
    channel_speaker: Speaker | None = None     # a relay's outlet ("نقلت الوكالة عن …")
    channel_text: str | None = None


# ---------------------------------------------------------------- cues
@lru_cache(maxsize=1 << 16)
def _cues_for(norm: str) -> tuple[Cue, ...]:
    """Cues (not verbal nouns) that a written word can open, with its و/ف/ب/ل removed or not."""
    return tuple(c for s in stems(norm) for c in lex.cues().get(s, ()) if c.kind not in ("masdar", "denial"))


def _match(view: View, i: int) -> tuple[Cue, int, bool] | None:
    n = view.norm(i)
    for cue in _cues_for(n):      # longest first: "على حد وصفها" before "على ما"
        j, k = i + 1, 1
        while k < len(cue.words) and view.is_word(j) and view.norm(j) == cue.words[k]:
            j += 1
            k += 1
        if k == len(cue.words):
            return cue, j, False
    if view.norm(i - 1) in ("ما", "مما", "لما"):    # "ما أعلنته هيئة الأركان": a cue with its object pronoun
        for suf in _RELATIVE_SUFFIXES:
            if n.endswith(suf) and len(n) - len(suf) >= 3:
                for s in stems(n[:-len(suf)]):
                    for cue in lex.cues().get(s, ()):
                        if cue.kind == "verb":
                            return cue, i + 1, True
    return None


def _classes_of(norm: str) -> bool:
    """The word (with or without و/ف) belongs to a closed class: not a verb opening a clause."""
    return any(lex.word_classes().get(s, frozenset()) - {"time"} for s in stems(norm))


def _mention_starts(view: View, j: int) -> bool:
    t = view.toks[j]
    return any(s == t.start for s, _e, _ent in view.mentions_in(t.start, t.end))


def _plain_noun(view: View, j: int) -> bool:
    """Token j is an undetermined common word right before (no punctuation): not a name, a mention,
    a class word or a cue."""
    if not view.is_word(j) or view.toks[j].end != view.toks[j + 1].start - 1 or j == view.sentence_range(j)[0]:
        return False        # a name opening its sentence ("نتنياهو يهدد …") is a subject
    n = view.norm(j)
    t = view.toks[j]
    return (not definite(n) and not n.startswith(("وال", "فال")) and not lex.word_classes().get(n) and n not in lex.given_names()
            and not cue_word(view, j) and n not in _NEGATION and n not in _SUBJUNCTIVE and n not in _KANA
            and n not in _CONTRAST and n not in _RESUME and not view.mentions_in(t.start, t.end))


def _opens_clause(view: View, i: int, prev_norm: str) -> bool:
    """The word at i opens its clause: written with و/ف, first in its sentence, after punctuation,
    or after a particle that resumes a clause (قد، ثم، كما …)."""
    own = view.norm(i)
    sl, _sr = view.sentence_range(i)
    return (own[:1] in "وف" or i == sl or view.char(i - 1) in _AFTER_PUNCT or view.char(i - 1) in "،,:؛"
            or prev_norm in _RESUME or prev_norm in _OPENER or prev_norm == "قد")


def _imperfect(cue: Cue) -> bool:
    w = cue.words[0]
    return w[:1] == "ي" or (w[:1] == "ت" and not w.startswith("تابع"))


def _describes_medium(norm: str) -> bool:
    """A word after a statement medium that describes it or says where it was put out
    ("بيان صادر عن"، "البيان الصادر"، "في بيان مقتضب نشرته على …")."""
    return lex.has_class(norm, "mediummod") or (norm[:2] == "ال" and lex.has_class(norm[2:], "mediummod")) \
        or norm in _MEDIUM_LINK


def find_hits(view: View) -> list[Hit]:
    hits: list[Hit] = []
    i = 0
    words, in_quote = view.words, view.in_long_quote
    while i < len(view.toks):
        if not words[i] or in_quote[i]:
            i += 1
            continue
        m = _match(view, i)
        if m is None:
            i += 1
            continue
        hit = _admit(view, i, *m)
        if hit:
            hits.append(hit)
            i = hit.e
        else:
            i = m[1]
    return hits


def _admit(view: View, i: int, cue: Cue, e: int, relative: bool) -> Hit | None:
    """Keep a cue only where it reports speech."""
    pn = view.norm(i - 1) if view.is_word(i - 1) else ""
    if cue.kind in ("verb", "relay"):
        if pn in _NEGATION:
            # "لم ينفِ" confirms; any other negated cue reports nothing
            return Hit(i - 1, e, cue, "CONFIRM") if cue.stance == "DENY" else None
        if _imperfect(cue) and pn in _SUBJUNCTIVE:
            return None
        if _imperfect(cue) and _plain_noun(view, i - 1):
            return None        # "لافتات تندد بالحصار": a clause describing the noun, not a statement
        if cue.words[0].startswith("تابع") and view.norm(e).startswith("ل"):   # تابع لـ: "affiliated to"
            return None
        if pn in _RELATIVE and view.norm(e) in _RESUMPTIVE:
            return None        # "الاتفاق الذي أعلن عنه الطرفان": a clause describing the agreement
        if "lead" in cue.needs.split(",") and not _opens_clause(view, i, pn):
            return None        # "تسلل المسلحون عبر الحدود": the preposition, not the verb
        return Hit(i, e, cue, cue.stance, relative)
    if cue.kind == "part":
        nxt = e + 1 if view.norm(e) in ("الي", "علي") else e
        opens = (lex.has_class(view.norm(nxt), "comp") or view.norm(e) in ("الي", "علي") or view.char(e) in OPENERS
                 or view.char(e) in (STRAIGHT, ":") or object_word(view, e) or view.norm(e)[:1] == "ب"
                 or (cue.stance == "THREATEN" and view.norm(e) == "من"))      # محذرة من …
        if cue.gender == "f" and not opens:
            return None        # مطالبة، داعية، متابعة are nouns too: the feminine form must open a content
        if view.char(i - 1) in _AFTER_PUNCT or pn == "و" or lex.has_class(view.norm(nxt), "comp") \
                or (cue.gender == "m" and object_word(view, e)) or view.char(e) == ":":
            return Hit(i, e, cue, cue.stance)       # … "قائلاً: "…"": a colon opens the words said
        return None
    if cue.kind == "frame":
        needs_verb = cue.words[-1] == "ما" or cue.words[0] in ("حسبما", "وفقما")
        j = e + 1 if view.norm(e) in ("ما", "لما") else e      # وفق ما أفاد، وفقاً لما أعلنته
        v = _match(view, j) if view.is_word(j) else None
        if v and v[0].kind == "verb" and (j > e or needs_verb):
            return Hit(i, v[1], cue, v[0].stance)
        return None if needs_verb else Hit(i, e, cue, cue.stance)
    return Hit(i, e, cue, cue.stance)       # report, tail


# ---------------------------------------------------------------- subjects
def _subject_before(view: View, i: int, sent_start: int) -> Phrase | None:
    """A subject written before its verb: "المرصد السوري أكد", "وكان جيش الإسلام قد نفى",
    "إلا أن مصدراً مقرباً من الحكومة قال"."""
    j = i - 1
    if view.norm(j) == "قد":
        j -= 1
        k = j
        while k >= sent_start and i - k < 10 and view.norm(k) not in _KANA:
            k -= 1
        if k >= sent_start and view.norm(k) in _KANA and k < j:
            return Phrase(k + 1, j + 1)
    if view.norm(j) in _KANA:
        j -= 1
    end = j + 1
    words = 0
    while j >= sent_start:
        ch = view.char(j)
        if ch in ("»", "”", '"', ")"):
            opener = next((o for o, c in list(view.quote_close.items()) + list(view.paren_close.items()) if c == j), None)
            if opener is None or view.words_between(opener, j) > 4 or opener < sent_start:
                break
            words += view.words_between(opener, j)
            j = opener - 1
            continue
        if not view.is_word(j):
            break
        n = view.norm(j)
        if (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time") or n in _KANA
                or word_has(view, j, "connector") or cue_word(view, j) or n in _CONTRAST or view.in_time[j]):
            break
        words += 1
        j -= 1
        if words > 7:
            break
    start = j + 1
    if start >= end or words == 0:
        return None
    if words > 7:
        # unpunctuated text: the subject is the determined phrase closing the run ("… في إدلب الجبهة الوطنية للتحرير كانت قد")
        window = [x for x in range(start, end) if view.is_word(x)][-4:]
        start = next((x for x in window if definite(view.norm(x)) and not definite(view.norm(x - 1))), None)
        if start is None:
            return None
    first = next((x for x in range(start, end) if view.is_word(x)), None)
    if first is None:
        return None
    fn = view.norm(first)
    bounded = view.norm(start - 1) in ("ان", *_CONTRAST) or view.norm(start - 1) in _KANA
    plausible = (bounded or definite(fn) or fn.startswith("وال") or any(word_has(view, first, c) for c in ("role", "anon", "body", "media"))
                 or fn in lex.given_names() or view.char(start) in OPENERS or view.char(start) == STRAIGHT
                 or any(s == view.toks[first].start for s, _e, _ in view.mentions_in(view.toks[first].start, view.toks[first].end)))
    return Phrase(start, end) if plausible else None


def _fronted_subject(view: View, h: Hit, sent_start: int) -> Phrase | None:
    """A subject that certainly stands before its verb, so that what follows the verb is its object:
    "وكانت مصر قد أعلنت في وقت سابق عزمها …" (كان … قد), "… أن القوات تتهم المسلحين …" (a
    determined noun right before an imperfect verb, SVO)."""
    prev = view.norm(h.i - 1)
    if prev == "قد":
        fronted = _subject_before(view, h.i, sent_start)
        return fronted if fronted and view.norm(fronted.start - 1) in _KANA else None
    if _imperfect(h.cue) and view.is_word(h.i - 1) and (definite(prev) or prev.startswith("وال")) \
            and not view.in_time[h.i - 1] and not any(lex.has_class(prev, c) for c in ("stop", "comp", "time", "connector")):
        return _subject_before(view, h.i, sent_start)
    return None


# ---------------------------------------------------------------- building
class Builder:
    def __init__(self, article: Article):
        self.view = View.of(article)
        self.drafts: list[Draft] = []
        self.rejected: set[int] = set()

    # speakers seen so far, with their sentence
    def _earlier(self) -> list[tuple[int, Speaker]]:
        out = []
        for d in self.drafts:
            out.append((d.sentence, d.speaker))
            if d.channel_speaker:
                out.append((d.sentence, d.channel_speaker))
        return out

    def _speaker_from(self, phrase: Phrase, gender: str, strip_l: bool = False) -> Speaker:
        v = self.view
        words = [v.norm(x) for x in range(phrase.start, phrase.end) if v.is_word(x)]
        if strip_l and words:
            words[0] = ("ا" + words[0][1:]) if words[0].startswith("لل") else words[0][1:]
        prior = corefer(words, [sp for _s, sp in self._earlier()])
        if prior:
            return prior
        return make_speaker(v, phrase, gender, strip_l)

    def build(self, hits: list[Hit]) -> None:
        for h in hits:
            if h.i in self.rejected or h.cue.kind == "tail":
                continue
            kind = h.cue.kind
            if kind == "verb":
                d = self._verb(h)
            elif kind == "part":
                d = self._participle(h)
            elif kind == "frame":
                d = self._frame(h)
            elif kind == "relay":
                d = self._relay(h)
            else:
                d = self._report(h)
            if d is None or d.content.end - d.content.start < 4:
                continue
            self._close_content(d, hits)
            if d.content.end - d.content.start < 4:
                continue
            self.drafts.append(d)

    # -- the content of an indirect statement ends where the next statement starts
    def _close_content(self, d: Draft, hits: list[Hit]) -> None:
        v = self.view
        c = d.content
        for h in hits:
            t = v.toks[h.i]
            if t.start < c.start or h.i == d.hit.i or h.i in self.rejected:
                continue
            if t.start >= c.end:
                break
            if (not c.open_end and h.cue.kind != "tail") or h.relative:
                continue
            if self._independent(h):
                end = t.start
                k = h.i - 1
                while k >= 0 and v.toks[k].start >= c.start and (v.char(k) in "،,.:؛" or v.norm(k) in _BOUNDARY):
                    end = v.toks[k].start
                    k -= 1
                c.end = max(c.start, end)
                while c.end > c.start and v.text[c.end - 1] in " \n\t،,.:؛":
                    c.end -= 1
                first = next((x for x in range(len(v.toks)) if v.toks[x].start >= c.start), h.i)
                c.direct = mostly_quoted(v, first, h.i)
                return
            self.rejected.add(h.i)
        while c.end > c.start and v.text[c.end - 1] in " \n\t،,؛":
            c.end -= 1

    def _independent(self, h: Hit) -> bool:
        v = self.view
        prev_char = v.char(h.i - 1)
        pn = v.norm(h.i - 1)
        own = v.norm(h.i)
        if h.cue.kind == "tail":
            return True
        if h.cue.kind == "part":
            nxt = h.e + 1 if v.norm(h.e) in ("الي", "علي") else h.e
            return prev_char in _AFTER_PUNCT or pn == "و" or lex.has_class(v.norm(nxt), "comp")
        if h.cue.kind in ("frame", "report"):
            prefixed = own[:1] in "وف" and own != h.cue.words[0]
            return prev_char in _AFTER_PUNCT or prefixed or pn == "و"
        if own[:1] in "وف" and own[1:] and any(c.kind in ("verb", "relay") for c in lex.cues().get(own[1:], ())):
            return True
        if prev_char in _AFTER_PUNCT or pn in _OPENER:
            return True
        sl, _sr = v.sentence_range(h.i)
        subj = _subject_before(v, h.i, sl)
        if not subj:
            return False
        before = v.norm(subj.start - 1)
        return (before in _CONTRAST or before in _KANA or v.norm(h.i - 1) == "قد" or v.char(subj.start - 1) in _AFTER_PUNCT
                or (before == "ان" and v.norm(subj.start - 2) in _CONTRAST))

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
        if content is None:
            return None
        needs = h.cue.needs.split(",")
        if "comp" in needs and not content.introduced and not content.direct:
            return None
        if "b" in needs and not v.text[content.start:content.start + 1] == "ب":
            return None
        for need in needs:
            if need.startswith("has=") and normalize(need[4:]) not in {strip_article(w) for w in
                                                                        _WORD.findall(normalize(v.text[content.start:content.end]))}:
                return None
        if "bx" in needs and not _b_complement_near(v, min(content.start, v.toks[min(k, len(v.toks) - 1)].start)):
            return None
        if "an" in needs and (not content.by_an or _first_norm(v, content.start) in _AN_COMPOUND):
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
        fronted = _fronted_subject(v, h, sl)
        if fronted:
            if "subj" in h.cue.needs.split(",") and not self._source_like(fronted, False):
                return None       # "الأزمة تهدد حياة الملايين": no source speaks
            return self._finish(h, self._speaker_from(fronted, h.cue.gender), j, pre)
        wide = h.stance in ("DEMAND", "ACCUSE", "THREATEN") or "b" in h.cue.needs.split(",")
        phrase = speaker_phrase(v, j, sr, stop_b="wide" if wide else "narrow")
        if phrase and word_has(v, phrase.start, "page") and phrase.end > phrase.start + 1:
            phrase = Phrase(phrase.start + 1, phrase.end)        # "صفحة المتحدث العسكري": its owner speaks
        if phrase and word_has(v, phrase.start, "medium"):
            # "وذكر البيان" / "وذكر بيان لقيادة العمليات": the document is the channel, its issuer the speaker
            pre.append(Channel(phrase.start, phrase.start + 1, None, v.span(phrase.start, phrase.start + 1).text))
            x = phrase.start + 1
            while x < sr and v.is_word(x) and _describes_medium(v.norm(x)) and v.norm(x) not in ("في", "علي"):
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
        elif phrase:
            needs = h.cue.needs.split(",")
            if "subj" in needs and not self._source_like(phrase, False):
                return None       # "وقُدّر عدد القتلى بنحو 50": a passive, its subject is no source
            if "obj" in needs:
                phrase = _without_object(v, phrase)
            speaker = self._speaker_from(phrase, h.cue.gender)
            k = speaker.phrase_end or phrase.end
            pre += self._reporter_channel(phrase)
        else:
            opens_clause = v.norm(h.i)[:1] in "وف" and v.norm(h.i)[1:] in lex.cues()
            before = None if opens_clause else _subject_before(v, h.i, sl)
            if before is None and v.norm(h.i - 1) in _RELATIVE:
                # "… على لسان المتحدث باسم الخارجية الذي قال إن …": the relative's noun speaks
                before = _subject_before(v, h.i - 1, sl)
                if before and not (any(word_has(v, before.start, c) for c in ("role", "anon", "body", "media"))
                                   or _mention_starts(v, before.start)):
                    before = None
            if before:
                speaker = self._speaker_from(before, h.cue.gender)
            elif self._mid_clause(h.i):
                return None       # "قتل طالب جامعي": a noun that reads like a cue, inside a clause
            elif "subj" in h.cue.needs.split(","):
                return None       # "وُصفت إصابته بالخطيرة": a passive has no speaker
            else:
                speaker = in_context(self._earlier(), v.sent_of[h.i], h.cue.gender, strict=True) or self._last_mentioned(h.i) \
                    or in_context(self._earlier(), v.sent_of[h.i], h.cue.gender)
                if speaker is None:
                    return None
            k = j
        return self._finish(h, speaker, k, pre)

    def _mid_clause(self, i: int) -> bool:
        """A verb with no و/ف that follows a plain word of its clause (not a particle, connector,
        complementiser, time word or another cue) and has no subject before it."""
        v = self.view
        if not v.is_word(i - 1) or v.norm(i)[:1] in "وف" and v.norm(i)[1:] in lex.cues():
            return False
        n = v.norm(i - 1)
        return not (lex.has_class(n, "comp") or lex.has_class(n, "stop") or lex.has_class(n, "time")
                    or word_has(v, i - 1, "connector") or n in _KANA or n in _CONTRAST or n in _NEGATION
                    or cue_word(v, i - 1) or v.in_time[i - 1] or n in _RESUME)

    def _clause_actor(self, i: int) -> Speaker | None:
        """The first actor named in the clause a participle hangs on (its subject, VSO):
        "ثم توجه تشوركين إلى جلسة لمجلس الأمن، معلناً …" → تشوركين."""
        v = self.view
        sl, _sr = v.sentence_range(i)
        end = i - 1 if v.char(i - 1) in "،," else i
        start = end - 1
        while start > sl and v.char(start) not in "،,":
            start -= 1
        lo, hi = v.toks[start].start, v.toks[end].start
        named = {strip_article(v.norm(x)) for x in range(start, end) if v.is_word(x)}
        for si, sp in reversed(self._earlier()):     # a speaker met before and named again here
            if v.sent_of[i] - si <= 2 and sp.keys & named and not sp.anonymous:
                return replace(sp, role=None)
        subject = self._main_subject(i)      # "ووصل الوفد المصري إلى الدوحة، مؤكداً …": not الدوحة
        if subject:
            return replace(subject, role=None)
        for s, e, ent in v.mentions:
            if lo <= s and e <= hi and ent.type in ("PERSON", "ORG", "GPE", "MEDIA"):
                return Speaker(v.text[s:e], s, e, ent.id, False, None, "m",
                               frozenset(strip_article(w) for w in v.text[s:e].split()))
        return None

    def _main_subject(self, i: int) -> Speaker | None:
        """The subject after the verb that opens the sentence (VSO), for a participle later in it:
        "وظهر القائد الميداني في تسجيل مصور، متوعداً …" → القائد الميداني."""
        v = self.view
        sl, _sr = v.sentence_range(i)
        first = next((x for x in range(sl, i) if v.is_word(x)), None)
        if first is None or first + 1 >= i:
            return None
        n = v.norm(first)
        if definite(n) or _classes_of(n) or n in _NEGATION or n in _KANA or v.in_time[first]:
            return None         # the sentence does not open with a verb
        phrase = speaker_phrase(v, first + 1, i)
        if phrase is None:
            return None
        head = v.norm(phrase.start)
        if not (definite(head) or any(word_has(v, phrase.start, c) for c in ("role", "body", "anon"))
                or head in lex.given_names()):
            return None
        return self._speaker_from(phrase, "-")

    def _last_mentioned(self, i: int, same_sentence: bool = False) -> Speaker | None:
        """With no speaker yet, an implicit subject is the last actor named in this or the previous
        sentence ("… التي أطلقتها تركيا … وقالت إن …")."""
        v = self.view
        si = v.sent_of[i]
        lo = v.toks[v.sent_bounds[si if self.drafts or same_sentence else max(0, si - 1)][0]].start
        at = v.toks[i].start
        for s, e, ent in reversed(v.mentions):
            if lo <= s and e <= at and ent.type in ("PERSON", "ORG", "GPE", "MEDIA"):
                return Speaker(v.text[s:e], s, e, ent.id, False, None, "m",
                               frozenset(strip_article(w) for w in v.text[s:e].split()))
        return None

    def _reporter_channel(self, phrase: Phrase) -> list[Channel]:
        """"مراسل بي بي سي" / "مراسل قناة الجزيرة": the reporter's outlet is the channel."""
        v = self.view
        if not any(lex.has_class(s, "reporter") for s in stems(v.norm(phrase.start))):
            return []
        return [c] if (c := outlet_phrase(v, phrase.start + 1, phrase.end)) else []

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

    def _frame(self, h: Hit) -> Draft | None:
        v = self.view
        sl, sr = v.sentence_range(h.i)
        k = h.e
        if v.norm(k) == "ل":           # وفقاً لـ X
            k += 1
        no_verb = h.e == h.i + len(h.cue.words)        # "وفقاً للمرصد", not "وفقاً لما أعلنته لجنة …"
        strip_l = h.cue.words[0] in ("وفقا", "طبقا") and v.norm(k).startswith("ل") and no_verb
        phrase = speaker_phrase(v, k, sr, quoted_head=True)
        if phrase is None:
            return None
        # "حسب حصيلة أوردها المرصد": the source is who gave the document; "وفق اتفاق أعلنه الطرفان"
        # is the terms of an agreement, not a statement (only a document or a medium has a source)
        documented = word_has(v, phrase.start, "document") or word_has(v, phrase.start, "medium")
        for x in range(phrase.start + 1, min(phrase.end + 1, sr)):
            n = v.norm(x)
            base = n[:-2] if n.endswith("ها") else n[:-1] if n.endswith("ه") else ""
            if base and any(c.kind == "verb" for s in stems(base) for c in lex.cues().get(s, ())):
                if not documented:
                    return None
                inner = speaker_phrase(v, x + 1, sr)
                if inner:
                    phrase = inner
                break
        doc_channel = None
        if word_has(v, phrase.start, "document") or word_has(v, phrase.start, "medium"):
            # "وفق حصيلة للمرصد السوري": the source is whoever the document belongs to
            x = phrase.start + 1
            while x < phrase.end and v.is_word(x) and not v.norm(x).startswith("ل") and x - phrase.start < 3:
                x += 1
            owner = speaker_phrase(v, x, sr) if x < phrase.end and v.norm(x).startswith("ل") else None
            after_doc = phrase.start + 1
            if word_has(v, phrase.start, "document") and after_doc < phrase.end \
                    and (v.norm(after_doc).startswith("ال") or _mention_starts(v, after_doc)):
                owner = Phrase(after_doc, phrase.end)       # "استناداً إلى أرقام الأمم المتحدة"
                strip_l = False
                phrase = owner
                owner = None
            if owner:
                if word_has(v, phrase.start, "medium"):       # "بحسب بيان للحركة": the statement came in a بيان
                    doc_channel = Channel(phrase.start, phrase.start + 1, None, v.span(phrase.start, phrase.start + 1).text)
                phrase, strip_l = owner, True
        if not self._source_like(phrase, strip_l):
            return None
        prior = next((d for d in reversed(self.drafts) if d.sentence == v.sent_of[h.i]
                      and d.content.start < v.toks[h.i].start and d.channel is None and not d.channel_speaker), None)
        if prior and self._outlet_phrase(phrase, strip_l):
            # "وأضاف المالكي أن …، حسب وكالة الأنباء السعودية": the agency carried his statement
            prior.channel = Channel(phrase.start, phrase.end, (phrase.start, phrase.end), v.span(phrase.start, phrase.end).text)
            prior.content.end = min(prior.content.end, v.toks[h.i - 1].start if v.char(h.i - 1) in "،," else v.toks[h.i].start)
            return None
        speaker = self._speaker_from(phrase, "-", strip_l)
        after, channels = self._skip_adjuncts(phrase.end, sr)
        channels = self._reporter_channel(phrase) + channels
        while after < sr and (v.char(after) in "،," or lex.has_class(v.norm(after), "comp")
                              or (v.norm(after)[:1] in "وف" and lex.has_class(v.norm(after)[1:], "comp"))):
            after += 1
        lead = [x for x in range(sl, h.i) if v.is_word(x) and not word_has(v, x, "connector")]
        words_after = v.words_between(after, sr)
        relative_after = lex.has_class(v.norm(after), "stop")
        parenthetical = v.char(h.i - 1) in "،," and v.char(phrase.end) in "،," and words_after >= 3
        use_after = (not lead) or (words_after >= 3 and v.char(h.i - 1) not in "،," and not relative_after)
        si = v.sent_of[h.i]
        lead_all = [v.norm(x) for x in range(sl, h.i) if v.is_word(x)]
        if lead_all in (["جاء", "ذلك"], ["وجاء", "ذلك"], ["ياتي", "ذلك"], ["وياتي", "ذلك"]) and si > 0:
            # "جاء ذلك حسبما أفاد …": the statement is the previous sentence
            a, b = v.sent_bounds[si - 1]
            content = Content(v.toks[a].start, v.toks[b - 1].end, False, False, []) if b > a else None
        elif parenthetical:
            # "ويقضي الاتفاق، وفق التلفزيون الرسمي، بنقل …": the whole sentence
            content = Content(v.toks[sl].start, v.toks[sr - 1].end, False, False, [])
        elif use_after and words_after:
            content = content_after(v, after, sr)
            if content and v.char(sr - 1) == ":" and v.sent_of[h.i] + 1 < len(v.sent_bounds):
                # "ينص الاتفاق على ما يلي:" — the list follows
                a, b = v.sent_bounds[v.sent_of[h.i] + 1]
                content.end = v.toks[b - 1].end
                content.open_end = False
        else:
            a = sl
            if any(d.sentence == si for d in self.drafts):
                # another statement opens this sentence: the frame covers only the clause before it
                x = h.i - 2 if v.char(h.i - 1) in "،," else h.i - 1
                while x > sl and v.char(x) not in "،,":
                    x -= 1
                a = x + 1 if x > sl else sl
            b = h.i
            while b > a and (v.char(b - 1) in "،,-" or not v.toks[b - 1].text.strip()):
                b -= 1
            if b <= a:
                return None
            content = Content(v.toks[a].start, v.toks[b - 1].end, mostly_quoted(v, a, b), False, [])
        if content is None:
            return None
        d = Draft(h, v.sent_of[h.i], speaker, content)
        if doc_channel or channels or content.channels:
            d.channel = ([doc_channel] if doc_channel else [] + channels + content.channels)[0]
        return d

    def _outlet_phrase(self, phrase: Phrase, strip_l: bool) -> bool:
        v = self.view
        n = v.norm(phrase.start)
        if strip_l:
            n = ("ا" + n[1:]) if n.startswith("لل") else n[1:]
        t = v.toks[phrase.start]
        return (lex.has_class(n, "media") or bool(lex.outlets().get(n))
                or any(e.type == "MEDIA" for _s, _e, e in v.mentions_in(t.start, v.toks[phrase.end - 1].end)))

    def _source_like(self, phrase: Phrase, strip_l: bool) -> bool:
        v = self.view
        first = next((x for x in range(phrase.start, phrase.end) if v.is_word(x)), None)
        if first is None:
            return False
        n = v.norm(first)
        if strip_l:
            n = ("ا" + n[1:]) if n.startswith("لل") else n[1:]
        base = strip_article(n)
        if any(lex.has_class(w, c) for w in (n, base, "ال" + base) for c in ("anon", "role", "body", "media")):
            return True
        if n in lex.given_names() or lex.outlets().get(n) or lex.outlets().get(base):
            return True
        if v.mentions_in(v.toks[first].start, v.toks[first].end):
            return True
        return any(base in sp.keys for _s, sp in self._earlier())

    def _relay(self, h: Hit) -> Draft | None:
        """"نقلت الوكالة عن مصادر …": the source speaks, the subject (or the outlet in context) relays."""
        v = self.view
        sl, sr = v.sentence_range(h.i)
        j = h.e
        subject = speaker_phrase(v, j, sr)
        k = subject.end if subject else j
        while k < sr and v.char(k) in "،,":
            k += 1
        if v.norm(k) == "نقلا":
            k += 1
        if v.norm(k) != "عن" or v.norm(k + 1) in _AN_COMPOUND:
            return None        # "نقل الجرحى عن طريق البحر": carried, not relayed
        source = speaker_phrase(v, k + 1, sr, quoted_head=True)
        if source is None:
            return None
        relayer = self._speaker_from(subject, h.cue.gender) if subject else in_context(self._earlier(), v.sent_of[h.i], h.cue.gender)
        speaker = self._speaker_from(source, "f" if v.norm(source.start).startswith("مصادر") else "-")
        stance = h.stance
        m = source.end
        for s in stems(v.norm(m)):
            for cue in lex.cues().get(s, ()):
                if cue.kind == "masdar":
                    stance = cue.stance
                    m += 1
                    break
            else:
                continue
            break
        d = self._finish(Hit(h.i, h.e, h.cue, stance), speaker, m, [])
        if d and relayer:
            d.channel_speaker = relayer
        return d

    def _report(self, h: Hit) -> Draft | None:
        """"وجاء في البيان: …" / "جاء في بيان لوزارة الدفاع أن …"."""
        v = self.view
        sl, sr = v.sentence_range(h.i)
        j = h.e
        if not word_has(v, j, "medium"):
            return None
        medium = (j, j + 1)
        k = j + 1
        while k < sr and v.is_word(k) and _describes_medium(v.norm(k)):
            k += 1
        if word_has(v, k, "page"):
            k += 1
        speaker = None
        if v.norm(k) == "عن":
            k += 1
        if v.is_word(k) and (v.norm(k).startswith("ل") or v.norm(k) == "ل") and not lex.has_class(v.norm(k), "comp"):
            strip = v.norm(k) != "ل"
            start = k + (0 if strip else 1)
            phrase = speaker_phrase(v, start, sr)
            if phrase and self._source_like(phrase, strip):
                speaker = self._speaker_from(phrase, "-", strip)
                k = phrase.end
        elif v.is_word(k) and not lex.has_class(v.norm(k), "comp"):
            phrase = speaker_phrase(v, k, sr)
            if phrase and self._source_like(phrase, False):
                speaker = self._speaker_from(phrase, "-")
                k = phrase.end
        if speaker is None:
            speaker = in_context(self._earlier(), v.sent_of[h.i], "-")
            if speaker is None:
                return None
        d = self._finish(h, speaker, k, [])
        if d:
            d.channel = Channel(medium[0], medium[1], None, v.span(*medium).text)
        return d

    # ---------------------------------------------------------------- output
    def attributions(self) -> list[Attribution]:
        v = self.view
        out: list[Attribution] = []
        seen: set[tuple] = set()
        for d in sorted(self.drafts, key=lambda d: v.toks[d.hit.i].start):
            cue = v.span(d.hit.i, d.hit.e)
            content = Span.of(v.text, d.content.start, d.content.end)
            stance = d.hit.stance
            if stance == "STATE":
                stance = "DENY" if _denies(content.text) else _signalled_stance(content.text) or stance
            key = (d.speaker.text, content.text)      # a page that repeats its text repeats no statement
            if key in seen:
                continue
            seen.add(key)
            channel_id, channel_text = None, None
            if d.channel_speaker:
                channel_id, channel_text = d.channel_speaker.entity, d.channel_speaker.text
            elif d.channel:
                rng = d.channel.name or (d.channel.start, d.channel.end)
                channel_id = link_entity(v, rng[0], rng[1], _MEDIA_CHANNEL_TYPES) if d.channel.name else None
                channel_text = clean(d.channel.text)
            out.append(Attribution(
                id=f"A{len(out) + 1}", cue=cue, stance=stance, speaker=d.speaker.entity,
                speaker_text=d.speaker.text, anonymous=d.speaker.anonymous, speaker_role=d.speaker.role,
                channel=channel_id, channel_text=channel_text, direct=d.content.direct, content=content))
        return out


def _without_object(view: View, phrase: Phrase) -> Phrase:
    """A determined subject followed by a determined noun that is not its adjective: the noun starts
    the object ("ووصف الشهود المشهد بأنه …" → الشهود). A feminine word after a word that is not
    feminine agrees with nothing before it only as an adjective of a plural ("الأمم المتحدة")."""
    for x in range(phrase.start + 1, phrase.end):
        n, p = view.norm(x), view.norm(x - 1)
        t = view.toks[x]
        if (view.is_word(x) and view.is_word(x - 1) and n.startswith("ال") and p.startswith("ال")
                and not n.endswith(("ي", "يه", "يين", "يون")) and not (n.endswith("ه") and not p.endswith("ه"))
                and not any(lex.has_class(n, c) for c in ("adjective", "role", "time", "stop"))
                and not any(s < t.start for s, _e, _ent in view.mentions_in(t.start, t.end))):
            return Phrase(phrase.start, x, phrase.name)
    return phrase


def _b_complement_near(view: View, char_start: int, reach: int = 6) -> bool:
    """A ب word (بأنه، بنحو، بالخطيرة) among the first words of a content."""
    words = _WORD.findall(view.text[char_start:char_start + 120])[:reach]
    return any(normalize(w)[:1] == "ب" and len(w) > 2 for w in words)


def _first_norm(view: View, char_start: int) -> str:
    """The normalised first word of a content span."""
    m = _WORD.search(view.text, char_start)
    return normalize(m.group()) if m else ""


def _word_is(word: str, form: str) -> bool:
    """A content word is the signal's word, with or without its و/ف/ب/ل proclitics."""
    return word == form or (word[:1] in "وفبل" and (word[1:] == form or (word[1:2] in "بل" and word[2:] == form)))


def _phrase_at(words: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's words start at words[i], "…" letting any words pass before the next one."""
    k = 0
    while k < len(phrase):
        if phrase[k] == "…":
            rest = phrase[k + 1:]
            return any(_phrase_at(words, j, rest) for j in range(i, len(words))) if rest else True
        if i >= len(words) or not _word_is(words[i], phrase[k]):
            return False
        i += 1
        k += 1
    return True


def _signalled_stance(text: str) -> str | None:
    """THREATEN or ACCUSE when the content of a plain statement carries a clear signal of one
    ("… وإلا فإنها ستواجه عواقب وخيمة"، "… استخدام المدنيين دروعاً بشرية")."""
    words = _WORD.findall(normalize(text))
    by_first = _signals_by_first()
    for i, w in enumerate(words):
        for form in _bare_forms(w):
            for phrase, stance in by_first.get(form, ()):
                if _phrase_at(words, i, phrase):
                    return stance
    return None


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word and the word without a و/ف/ب/ل proclitic or two."""
    if word[:1] not in "وفبل":
        return (word,)
    return (word, word[1:], word[2:]) if word[1:2] in "بل" else (word, word[1:])


@lru_cache(maxsize=1)
def _signals_by_first() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list] = {}
    for phrase, stance in lex.stance_signals():
        index.setdefault(phrase[0], []).append((phrase, stance))
    return {k: tuple(v) for k, v in index.items()}


def _denies(text: str) -> bool:
    """A plain statement whose content calls something untrue ("… غير صحيح") is a denial."""
    words = _WORD.findall(normalize(text))
    firsts = {p[0] for p in lex.denials()}
    return any(w in firsts and any(tuple(words[i:i + len(p)]) == p for p in lex.denials())
               for i, w in enumerate(words))


def attribute(article: Article) -> list[Attribution]:
    if not article.text:
        return []
    b = Builder(article)
    b.build(find_hits(b.view))
    return b.attributions()

"""What the statement builder keeps (the article view, the statements so far) and the speakers
it finds in context: an earlier speaker named again, a source-like phrase, the actor of a clause,
the last actor named, a reporter's outlet."""
from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import Channel, outlet_phrase
from rasd.attributions.content import Content
from rasd.attributions.cues import Hit
from rasd.attributions.phrases import Phrase, speaker_phrase
from rasd.attributions.speakers import Speaker, corefer, make_speaker
from rasd.attributions.view import View
from rasd.attributions.words import KANA, NEGATION, definite, mention_starts, stems, strip_article, word_has
from rasd.model import Article
from rasd.syntax.dateline import is_dateline


@dataclass(slots=True)
class Draft:
    hit: Hit
    sentence: int
    speaker: Speaker
    content: Content
    channel: Channel | None = None
    channel_speaker: Speaker | None = None     # a relay's outlet ("نقلت الوكالة عن …")
    channel_text: str | None = None


_VERB_NOUN_CLASSES = frozenset({"object", "modifier", "bmasdar"})


def _classes_of(norm: str) -> bool:
    """The word (with or without و/ف) belongs to a closed class: not a verb opening a clause."""
    return any(lex.word_classes().get(s, frozenset()) - {"time"} for s in stems(norm))


class Context:
    """The article view, the statements drafted so far, and the cues a content swallowed."""

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
            # (the same entity when it is one: محمد بن سلمان is not محمد بن عبد الرحمن)
            again = any(ent.id == sp.entity and lo <= s and e <= hi for s, e, ent in v.mentions) \
                if sp.entity else bool(sp.keys & named)
            if v.sent_of[i] - si <= 2 and again and not sp.anonymous:
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
        first = next((x for x in range(_after_dateline(v, sl, i), i) if v.is_word(x)), None)
        if first is None or first + 1 >= i:
            return None
        # "في المقابل، رفض التجمع …"، "ومن جهته، أكد …": an opening adverbial before its comma
        comma = next((x for x in range(first + 1, min(first + 4, i)) if v.char(x) in "،,"
                      and any(word_has(v, y, "connector") for y in range(first, x))), None)
        if comma is not None:
            first = next((x for x in range(comma, i) if v.is_word(x)), None)
            if first is None or first + 1 >= i:
                return None
        n = v.norm(first)
        # a verb that is also a noun of speech (رفض، تأكيد) opens the sentence when a name follows it
        verb_noun = mention_starts(v, first + 1) and all(
            lex.word_classes().get(st, frozenset()) <= _VERB_NOUN_CLASSES for st in stems(n))
        if definite(n) or (_classes_of(n) and not verb_noun) or n in NEGATION or n in KANA or v.in_time[first]:
            return None         # the sentence does not open with a verb
        phrase = speaker_phrase(v, first + 1, i)
        if phrase is None:
            return None
        head = v.norm(phrase.start)
        if not (definite(head) or any(word_has(v, phrase.start, c) for c in ("role", "body", "anon"))
                or head in lex.given_names() or mention_starts(v, phrase.start)
                or mention_starts(v, phrase.start + 1)):   # تجمع المهنيين: a name; قادة المجموعة: its owner is named
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


def _after_dateline(v: View, sl: int, end: int) -> int:
    """The first token after a dateline that opens the sentence («أبوجا - رويترز: أمهل …»): the
    place and its outlet say where the report was filed, the sentence's verb comes after them."""
    t = v.toks[sl]
    if not v.is_word(sl) or not is_dateline(v.text, t.start, t.end):
        return sl
    j = sl + 1
    while j < end and j - sl <= 6 and (not v.is_word(j) or any(
            e.type == "MEDIA" for _s, _e, e in v.mentions_in(v.toks[j].start, v.toks[j].end))):
        j += 1
    return j

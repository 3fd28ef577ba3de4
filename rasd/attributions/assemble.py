"""From cues to Attribution records: find the cues, then build each statement in reading order."""
from __future__ import annotations

from rasd.attributions import lexicon as lex
from rasd.attributions.content import Content, mostly_quoted
from rasd.attributions.context import Draft
from rasd.attributions.cues import Hit, find_hits
from rasd.attributions.sources import Sources
from rasd.attributions.speakers import clean, link_entity
from rasd.attributions.stance import denies, signalled_stance
from rasd.attributions.subjects import subject_before
from rasd.attributions.view import STRAIGHT
from rasd.attributions.words import AFTER_PUNCT, CONTRAST, KANA, OPENER
from rasd.model import Article, Attribution, Span
from rasd.text import normalize

_BOUNDARY = lex.clause_words("boundary")
_DEMONSTRATIVES = lex.clause_words("demonstrative")
_MEDIA_CHANNEL_TYPES = ("MEDIA", "ORG", "PERSON", "GPE")
_ANTECEDENTS = lex.clause_words("antecedent")


class Builder(Sources):
    """Drafts a statement for each cue in reading order, cuts each content at the next
    statement, then writes the records."""

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
            if d is not None and h.relative and h.stance == "DENY":
                self._denial_of_claim(d)
            if d is None or d.content.end - d.content.start < 4:
                continue
            self._close_content(d, hits)
            if d.content.end - d.content.start < 4 and self._denial_of_before(d) is None:
                continue
            self.drafts.append(d)

    def _denial_of_before(self, d: Draft) -> Draft | None:
        """"نفى مصدر قضائي ذلك": a denial of "that" denies the statement just before it (in this sentence
        or the one before), whose words are then its content; any other short content is no statement."""
        v = self.view
        said = normalize(v.text[d.content.start:d.content.end]).strip(" .،,")
        prior = self.drafts[-1] if self.drafts else None
        if d.hit.stance != "DENY" or said not in _DEMONSTRATIVES or prior is None or d.sentence - prior.sentence > 1:
            return None
        d.content = _copy_of(prior.content)
        return d

    def _denial_of_claim(self, d: Draft) -> None:
        """«…، وهو ما نفته وزارة الخارجية»: a denial of "what" denies the claim before it — the
        statement just before it in the sentence, else the sentence up to the relative."""
        v = self.view
        sl, _sr = v.sentence_range(d.hit.i)
        k = d.hit.i - 1                          # ما
        while k > sl and v.norm(k - 1) in _ANTECEDENTS:
            k -= 1                               # وهو ما، وهي ما
        end = v.toks[k].start
        prior = self.drafts[-1] if self.drafts else None
        if prior is not None and prior.sentence == d.sentence and prior.content.start < end:
            if prior.content.end > end:           # the claim ends where its denial is told
                prior.content = Content(prior.content.start, end, prior.content.direct, False, prior.content.channels)
            d.content = _copy_of(prior.content)
            return
        start = v.toks[sl].start
        text = v.text[start:end].rstrip(" ،,")
        if len(text) >= 4:
            d.content = Content(start, start + len(text), False, False, [])

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
                subject = subject_before(v, h.i, v.sentence_range(h.i)[0]) \
                    if h.cue.kind == "verb" and v.norm(h.i)[:1] not in "وف" else None
                before = v.norm(subject.start - 1) if subject is not None else ""
                if subject is not None and v.toks[subject.start].start > c.start and (
                        before in CONTRAST or before in KANA or v.char(subject.start - 1) in "،,"
                        or (before == "ان" and v.norm(subject.start - 2) in CONTRAST)):
                    end, k = v.toks[subject.start].start, subject.start - 1   # "…، غير أن مصدراً قضائياً نفى": not the next speaker
                while k >= 0 and v.toks[k].start >= c.start and (
                        v.char(k) in "،,.:؛" or v.norm(k) in _BOUNDARY or v.norm(k) in CONTRAST or v.norm(k) in KANA
                        or (v.norm(k) == "ان" and v.norm(k - 1) in CONTRAST)):
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
        if prev_char == STRAIGHT and h.i - 1 in v.quote_close:
            return False        # دعا إلى "حمل السلاح …": a cue word opening a quotation is the words quoted
        if h.cue.kind == "part":
            nxt = h.e + 1 if v.norm(h.e) in ("الي", "علي") else h.e
            return prev_char in AFTER_PUNCT or pn == "و" or lex.has_class(v.norm(nxt), "comp")
        if h.cue.kind in ("frame", "report"):
            prefixed = own[:1] in "وف" and own != h.cue.words[0]
            return prev_char in AFTER_PUNCT or prefixed or pn == "و"
        if own[:1] in "وف" and own[1:] and any(c.kind in ("verb", "relay") for c in lex.cues().get(own[1:], ())):
            return True
        if prev_char in AFTER_PUNCT or pn in OPENER:
            return True
        sl, _sr = v.sentence_range(h.i)
        subj = subject_before(v, h.i, sl)
        if not subj:
            return False
        before = v.norm(subj.start - 1)
        return (before in CONTRAST or before in KANA or v.norm(h.i - 1) == "قد" or v.char(subj.start - 1) in AFTER_PUNCT
                or (before == "ان" and v.norm(subj.start - 2) in CONTRAST))

    def attributions(self) -> list[Attribution]:
        v = self.view
        out: list[Attribution] = []
        seen: set[tuple] = set()
        for d in sorted(self.drafts, key=lambda d: v.toks[d.hit.i].start):
            cue = v.span(d.hit.i, d.hit.e)
            content = Span.of(v.text, d.content.start, d.content.end)
            stance = d.hit.stance
            if stance == "STATE":
                stance = "DENY" if denies(content.text) else signalled_stance(content.text) or stance
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


def attribute(article: Article) -> list[Attribution]:
    if not article.text:
        return []
    b = Builder(article)
    b.build(find_hits(b.view))
    return b.attributions()


def _copy_of(claim: Content) -> Content:
    """A denial's content: the words of the claim it denies, closed, with no channel of its own."""
    return Content(claim.start, claim.end, claim.direct, False, [])

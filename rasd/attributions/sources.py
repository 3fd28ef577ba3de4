"""Statements whose source is named after the cue: frames (بحسب X، وفقاً لما أعلنته X), relays
(نقلت الوكالة عن X) and reports (جاء في بيان لـX)."""
from __future__ import annotations

from rasd.attributions import lexicon as lex
from rasd.attributions.channels import Channel
from rasd.attributions.content import Content, content_after, mostly_quoted
from rasd.attributions.context import Draft
from rasd.attributions.cues import Hit
from rasd.attributions.phrases import Phrase, speaker_phrase
from rasd.attributions.speakers import in_context
from rasd.attributions.statements import Statements
from rasd.attributions.words import AN_COMPOUND, describes_medium, mention_starts, stems, word_has


class Sources(Statements):
    """Reads frames, relays and reports."""

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
                    and (v.norm(after_doc).startswith("ال") or mention_starts(v, after_doc)):
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
        if v.norm(k) != "عن" or v.norm(k + 1) in AN_COMPOUND:
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
        while k < sr and v.is_word(k) and describes_medium(v.norm(k)):
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

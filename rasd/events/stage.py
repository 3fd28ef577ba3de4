"""The event stage over one article (rasd.events.run): triggers, then each one coded, then the
article-level passes. See the package docstring and docs/events.md."""
from __future__ import annotations

from bisect import bisect_left

from rasd.events.coding import _code
from rasd.events.document import _Doc
from rasd.events.fatalities import annotate as count_dead
from rasd.events.lexicon import argument_markers, armed, words_of
from rasd.events.mentions import is_title, mentions_of
from rasd.events.passes import _carry_arguments, _disputes, _one_per_clause
from rasd.events.status import Cues, anaphoric_denials, share_coordinated_status, terms_of_deals
from rasd.events.triggers import find_triggers
from rasd.model import Article
from rasd.syntax import analyse
from rasd.text import split_sentences


def run(article: Article) -> Article:
    text = article.text
    words = Cues(words_of(text, article.words or None))
    if not words:
        return article
    sentences = article.sentences or split_sentences(text)
    doc = _Doc(article, words, [w.start for w in words], mentions_of(article.entities, words, text),
               frozenset(e.id for e in article.entities if e.type == "MEDIA"), sentences,
               analyse(words, text, sentences))
    for a in article.attributions:           # the words naming a speaker (قال الأمين العام للأمم المتحدة …)
        if a.content is not None and a.cue.end <= a.content.start:
            _mark_speaker_words(doc, a)
    questions = [s for s in sentences if s.text.rstrip("»”\"') ").endswith(("؟", "?"))]
    entity_spans = [(m.start, m.end) for e in article.entities for m in e.mentions]
    events = []
    # a trigger in the words that name a speaker (وقالت الوساطة القطرية إن …) is part of a name
    speaker_spans = [(a.cue.end, a.content.start) for a in article.attributions
                     if a.content is not None and a.cue.end < a.content.start]
    for t in find_triggers(text, words, questions, entity_spans + [_before_relative(words, sp) for sp in speaker_spans],
                           sentences, speaker_spans):
        coded = None if t.form.silent else _code(t, doc)
        if coded is not None:
            events.append(coded)
    places = frozenset(m.entity.id for m in doc.mentions if m.place_noun)
    forces = frozenset(e.id for e in article.entities if armed(e))
    answered = [words[j].start for j in anaphoric_denials(words)]
    share_coordinated_status(events, words)
    terms_of_deals(events)
    article.events = _disputes(_carry_arguments(_one_per_clause(events, doc.own_dead), text, places, doc.unnamed_doers, forces,
                                                 doc.clashes, doc.answered_acts), article, doc.denials, answered)
    count_dead(article.events, text, sentences, article.words or None)
    for k, v in enumerate(article.events, 1):
        v.id = f"V{k}"
    return article


def _before_relative(words, span: tuple[int, int]) -> tuple[int, int]:
    """The words naming a speaker up to a relative clause in them (غوتيريش، الذي زار المعبر أمس، أن …):
    the clause tells what he did, its verb is an event."""
    relative = argument_markers().relative
    k = bisect_left(words, span[0], key=lambda w: w.start)
    while k < len(words) and words[k].start < span[1]:
        if words[k].norm in relative:
            return span[0], words[k].start
        k += 1
    return span


def _mark_speaker_words(doc: _Doc, a) -> None:
    """The names between a cue and its content that describe the speaker (قال الأمين العام للأمم
    المتحدة …، قال X الناطق باسم جيش الإسلام): those before the named speaker, and those after him in
    a title. One after him with no title between is the cue's object (اتهم البرهان قوات الدعم السريع بـ):
    a party (an outlet there is the channel: في بيان على منصة إكس)."""
    inside = [m for m in doc.mentions if a.cue.end <= m.start and m.end <= a.content.start]
    speaker_end = max((m.end for m in inside if m.entity.id == a.speaker), default=None)
    for m in inside:
        if m.entity.id == a.speaker:
            continue
        if speaker_end is not None and m.start >= speaker_end and m.entity.type != "MEDIA" and not any(
                is_title(doc.words[k].norm) for k in range(bisect_left(doc.starts, speaker_end), m.first)):
            continue
        m.describes_speaker = True

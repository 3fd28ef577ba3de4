"""One article as the event stage reads it: its words, mentions, sentences and syntax, the clauses of
each sentence, and what the triggers coded so far have seen."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rasd.events.status import Cues, status_has_if
from rasd.model import Article, Span
from rasd.syntax import Syntax, punctuated


@dataclass
class _Doc:
    """What every trigger of one article is read against."""
    article: Article
    words: Cues
    starts: list[int]
    mentions: list
    media: frozenset[str]
    sentences: list[Span]
    syntax: Syntax
    by_sentence: dict = field(default_factory=dict)       # sentence start → (clauses, word ranges, if-clauses)
    seen_forms: set = field(default_factory=set)
    seen_kinds: set = field(default_factory=set)          # (type, mode) of the triggers coded so far
    seen_types: set = field(default_factory=set)
    referred: set = field(default_factory=set)            # (type, sentence start) of events named again
    denials: set = field(default_factory=set)             # trigger starts denied by a denial verb (نفت … وقوع)
    own_dead: set = field(default_factory=set)            # trigger starts of casualties among the speaker's men
    unnamed_doers: set = field(default_factory=set)       # trigger starts whose doer is a force left unnamed (داهمت وحدات أمنية)
    clashes: set = field(default_factory=set)             # trigger starts of fights between sides (اشتباكات، معارك)
    answered_acts: set = field(default_factory=set)       # trigger starts of acts answered by another (رداً على الهجوم)

    def word_range(self, s: Span) -> tuple[int, int]:
        return bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)

    def _time_asides_joined(self, clauses: list[Span]) -> list[Span]:
        """A time set off by commas (أن يرسل الهلال الأحمر، اليوم الجمعة، قافلة مساعدات) is no clause of
        its own: the clause goes on across it."""
        text, out = self.article.text, []
        k = 0
        while k < len(clauses):
            c = clauses[k]
            core = c.text.strip()
            inner = c.start + len(c.text) - len(c.text.lstrip())
            aside = core and 0 < k < len(clauses) - 1 and out and any(
                tx.span.start <= inner and inner + len(core) <= tx.span.end for tx in self.article.times)
            if aside:
                out[-1] = Span.of(text, out[-1].start, clauses[k + 1].end)
                k += 2
                continue
            out.append(c)
            k += 1
        return out

    def sentence_of(self, offset: int) -> Span | None:
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def clauses_of(self, sentence: Span) -> tuple[list[Span], list[tuple[int, int]], list[tuple[int, int]]]:
        if sentence.start not in self.by_sentence:
            clauses = self._time_asides_joined(punctuated(self.article.text, sentence))
            rngs = [self.word_range(c) for c in clauses]
            self.by_sentence[sentence.start] = (clauses, rngs, [r for r in rngs if status_has_if(self.words, r)])
        return self.by_sentence[sentence.start]

"""A shallow syntactic layer over each sentence, for every stage that asks who did what to whom.

Built once per article on the segment stage's words (rasd.events.lexicon.Word, normalised): the
clauses of each sentence (clauses.py), the report frames (report.py: «أعلن X أن …»), the voice of
a verb and a setting as subject (voice.py: اعتُقل، قتل 11 مدنياً، شهدت الضفة), the dateline
(dateline.py: «جنين - …»), and the owner of a
construct chain (idafa.py: قصف الطائرات التابعة للنظام). The layer reads only words and their
offsets; the language it knows is in rasd/data/syntax/. See docs/events.md.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rasd.events.lexicon import Word
from rasd.model import Span
from rasd.syntax.clauses import Clause, clauses, punctuated
from rasd.syntax.dateline import is_dateline
from rasd.syntax.idafa import affiliated_owner, after_b_noun, after_place_noun, after_span, after_venue
from rasd.syntax.report import Frame, frames, frames_over
from rasd.syntax.voice import is_passive, scene_subject

__all__ = ["Clause", "Frame", "Syntax", "affiliated_owner", "after_b_noun", "after_place_noun", "after_span", "after_venue", "analyse", "clauses", "frames", "is_dateline", "is_passive",
           "punctuated", "scene_subject"]


@dataclass
class Syntax:
    """The layer for one article: its words, the text they point into, and the frames of each sentence."""
    words: list[Word]
    text: str
    frames: list[Frame] = field(default_factory=list)

    def frames_over(self, i: int) -> list[Frame]:
        """The report frames whose content holds word i, outermost first."""
        return frames_over(self.frames, i)

    def passive(self, i: int, stem: str | None = None) -> bool:
        return is_passive(self.words, i, self.text, stem)


def analyse(words: list[Word], text: str, sentences: list[Span]) -> Syntax:
    starts = [w.start for w in words]
    out = Syntax(words, text)
    for s in sentences:
        lo, hi = bisect_left(starts, s.start), bisect_left(starts, s.end)
        out.frames.extend(frames(words, lo, hi, text))
    return out

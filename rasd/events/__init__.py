"""Event stage: PLOVER events with actor, target, place, time, status and source (issue 6).

Find the triggers (lexicon in rasd/data/events/triggers.tsv) and drop guarded, question,
condition and "without" uses; read each one's status from the cues around it and from the
attribution that carries it; give it the entity arguments its markers point to; keep one event
per type and clause (a verb and its verbal noun in one clause describe one event); let a later
event whose doer goes unnamed take the last named one. See docs/events.md.
"""
from __future__ import annotations

from rasd.model import Article


def run(article: Article) -> Article:
    # the stage is imported on first use: its modules read the syntax layer, and the layer reads this
    # package's lexicon; loading the stage with the package would make the two unimportable in one order
    from rasd.events.stage import run as run_stage
    return run_stage(article)

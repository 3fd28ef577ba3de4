"""Attribution stage: who said what, with role, stance, channel and content (issue 4).

Three steps over a token view of the article:
1. cues: reporting verbs, participles, source frames and relays from the cue lexicon
   (rasd/data/attributions/cues.tsv), leaving out cues inside quoted speech, negated or
   subjunctive verbs ("لم يعلن", "أن يعلن") (cues.py);
2. for each cue, in reading order, the speaker (explicit subject after the cue, a subject before
   it, or the speaker in context), the channel adjuncts and the content (assemble.py builds
   them with statements.py and sources.py, reading phrases.py, channels.py and content.py);
   an indirect content runs to the end of its sentence unless a following cue starts a new
   statement there; cues it swallows ("قال إن القوات هددت …") are not statements of their own;
3. speakers and channels are linked to entity ids by overlapping mentions (speakers.py).
"""
from __future__ import annotations

from rasd.attributions.assemble import attribute
from rasd.model import Article


def run(article: Article) -> Article:
    article.attributions = attribute(article)
    return article

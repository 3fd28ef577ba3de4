"""The syntax layer's language data, loaded once: rasd/data/syntax/ and the word lists it shares.

The reporting verbs and complementisers are the attribution stage's (attributions/cues.tsv,
phrase_words.tsv), the number words the fatality counter's (events/fatalities.tsv), the
relative pronouns and affiliation words the event stage's markers (events/arguments.tsv): one
list per fact, whichever stage first needed it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasd.events.lexicon import argument_markers, split_forms
from rasd.resources import load_rows
from rasd.text import normalize


@dataclass(frozen=True, slots=True)
class SyntaxWords:
    passive: frozenset[str]        # verbs passive as written (اغتيل، أصيب)
    count: frozenset[str]          # harm verbs a counted subject makes passive (قتل 11 مدنياً)
    scene: frozenset[str]          # verbs whose subject is a setting (شهدت الضفة)
    numbers: frozenset[str]        # number words (ثلاثة، عشرات)
    reporting: frozenset[str]      # one-word reporting verbs (قال، أعلن، أفاد)
    comp: frozenset[str]           # complementisers (أن، إن، بأن، أنه …)
    toll: frozenset[str]           # nouns that open a reported toll (مقتل، سقوط، ارتفاع)
    relative: frozenset[str]       # الذي، التي …
    affiliation: frozenset[str]    # التابعة، الموالية، المدعومة
    reach: int                     # words a reporter may take


def _kinds(name: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in load_rows(name):
        for form in split_forms(row[1]):
            out.setdefault(row[0], set()).update(form)
    return out


@lru_cache(maxsize=None)
def syntax_words() -> SyntaxWords:
    voice = _kinds("syntax/voice.tsv")
    report = {k: v for k, *rest in load_rows("syntax/report.tsv") for v in [rest[0]]}
    toll = {w for f in split_forms(report.get("toll", "")) for w in f}
    fatal = [r for r in load_rows("events/fatalities.tsv") if r[0] in ("number", "vague")]
    numbers = {w for r in fatal for f in split_forms(r[1]) for w in f}
    reporting = {normalize(r[0]) for r in load_rows("attributions/cues.tsv")
                 if r[2] == "verb" and " " not in r[0].strip()}
    comp = {normalize(r[0]) for r in load_rows("attributions/phrase_words.tsv") if r[1] == "comp"}
    markers = argument_markers()
    return SyntaxWords(frozenset(voice.get("passive", ())), frozenset(voice.get("count", ())),
                       frozenset(voice.get("scene", ())), frozenset(numbers), frozenset(reporting),
                       frozenset(comp), frozenset(toll), markers.relative,
                       markers.affiliation, int(report.get("reach", "8")))

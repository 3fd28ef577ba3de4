"""The statistical entity tagger: a CRF (CRFsuite) trained on the FANE corpora (rasd.entities.train),
shipped as rasd/data/models/entities.crfsuite with its licence notice beside it.

`tag` reads an article's words sentence by sentence and returns (start, end, type) spans in the
text, with proclitics left out of the span the way the rules leave them out (ولرامسفيلد →
رامسفيلد). The recogniser takes these spans as candidates beside its own (rasd.entities.recognize).
The model loads once per process, offline; without the model file rasd runs on its rules alone
and says so once in a warning.
"""
from __future__ import annotations

import warnings
from functools import lru_cache

from rasd.entities.features import Features
from rasd.entities.lexicon import lexicon
from rasd.entities.words import offset_after, readings, words_within
from rasd.geo.gazetteer import gazetteer
from rasd.resources import data_path

MODEL = "models/entities.crfsuite"
TYPES = ("PERSON", "ORG", "MEDIA", "GPE", "LOC", "FAC")
_BREAKS = frozenset(".!?؟")


@lru_cache(maxsize=1)
def model():
    """The loaded CRFsuite tagger, or None when the model file is missing."""
    import pycrfsuite

    path = data_path(MODEL)
    if not path.exists():
        warnings.warn(f"rasd: no entity model at {path}; run `rasd train entities` (rules only)", stacklevel=2)
        return None
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@lru_cache(maxsize=1)
def tagging_features() -> Features:
    """The features the shipped model knows (its attribute list beside it), else all of them."""
    import gzip

    path = data_path(MODEL).with_suffix(".attributes.gz")
    known = None
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            known = frozenset(f.read().split("\n"))
    return Features(lexicon(), gazetteer(), known)


def sentences_of(text: str, words: list) -> list[list[int]]:
    """Word indexes grouped into sentences: a break after . ! ? ؟ and where a line ends."""
    out, current = [], []
    for k, w in enumerate(words):
        if current and text.find("\n", words[k - 1].end, w.start) >= 0:      # no slice made
            out.append(current)
            current = []
        current.append(k)
        if w.text in _BREAKS:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def tag(text: str, words: list) -> list[tuple[int, int, str]]:
    """Entity spans (start, end, type) the model finds among the words (objects with start, end,
    text, norm)."""
    tagger = model()
    if tagger is None or not words:
        return []
    feats = tagging_features()
    out = []
    for sentence in sentences_of(text, words):
        labels = tagger.tag(feats.sequence([words[k].norm for k in sentence]))
        start = typ = inside = last = None
        for k, label in zip(sentence, labels):
            if start is not None and label != inside:
                out.append((start, words[last].end, typ))
                start = None
            if start is None and label != "O" and label[:2] in ("B-", "I-"):
                w = words[k]
                start, typ = offset_after(w, feats.proclitic_len(w.norm)), label[2:]
                inside = "I-" + typ
            last = k
        if start is not None:                    # a name that ends the sentence
            out.append((start, words[last].end, typ))
    out = [s for s in out if s[0] < s[1]]
    return out + _repeated(text, words, out, feats)


def _repeated(text: str, words: list, found: list[tuple[int, int, str]], feats) -> list[tuple[int, int, str]]:
    """A name the model found once is the same name where the article repeats it alone: a one-word
    mention, or a person's last name (شرودر after غيرهارد شرودر), tagged again where the model
    left it (one news story names its people the same way throughout)."""
    names: dict[str, str] = {}
    inside: set[int] = set()
    lex = feats.lex
    for start, end, typ in found:
        span = words_within(words, start, end)
        inside.update(span)
        if len(span) == 1 or (typ == "PERSON" and span):
            last = words[span[-1]]
            name = last.norm[feats.proclitic_len(last.norm):] if len(span) == 1 else last.norm
            if name not in lex.stop and name not in lex.given and len(name) > 2:
                names.setdefault(name, typ)
    out = []
    if not names:
        return out
    for k, w in enumerate(words):
        # the readings first: most words are none of the names (then whether the word is free)
        for p, stem in readings(w.norm):
            if stem in names and (p == 0 or p == feats.proclitic_len(w.norm)):
                if k not in inside and w.is_word:
                    out.append((offset_after(w, p), w.end, names[stem]))
                break
    return out

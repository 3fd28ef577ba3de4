"""Reading the FANE gold NER corpora (NewsFANE, WikiFANE; Alotaibi & Lee, COLING 2014; CC BY-SA 3.0).

The files are CoNLL-like: one `token<TAB>BIO-fine-class` per line, a blank line between sentences,
each Arabic token led by a left-to-right mark. The fine classes map to rasd's entity types through
rasd/data/entities/fane_classes.tsv.

The corpora are tokenised the Penn Arabic Treebank way: و ف ب ل are split off the word after them
and the pronoun suffixes (ه، ها، هم) off the word before, while news text writes them joined
(وقال، لألمانيا، رئيسها). `glued` puts them back, so a tagger can learn from both spellings.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rasd.resources import load_list, load_rows
from rasd.text import normalize
from rasd.text.tokens import PROCLITICS

Tagged = list[tuple[str, str]]      # (token, BIO label over rasd types: B-PERSON, I-GPE, O)

_PROCLITICS = frozenset(PROCLITICS)
_SUFFIXES = frozenset(load_list("pronoun_suffixes.tsv"))


def fane_types() -> dict[str, str]:
    return {fine: typ for fine, typ in load_rows("entities/fane_classes.tsv")}


@dataclass(frozen=True)
class Corpus:
    name: str
    sentences: list[Tagged]


def read_fane(path: Path) -> Corpus:
    """The sentences of one FANE file, labels mapped to rasd types (an unknown class is an error:
    the class table must say what every class is)."""
    types = fane_types()
    sentences: list[Tagged] = []
    current: Tagged = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = line.replace("\u200e", "").replace("\ufeff", "")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        token, _, label = line.partition("\t")
        token, label = token.strip(), label.strip()
        if not token:
            continue
        if label in ("", "O"):
            current.append((token, "O"))
            continue
        prefix, _, fine = label.partition("-")
        if prefix not in ("B", "I") or fine not in types:
            raise ValueError(f"{path.name}:{n}: unknown label {label!r} (add its class to fane_classes.tsv)")
        typ = types[fine]
        current.append((token, "O" if typ == "O" else f"{prefix}-{typ}"))
    if current:
        sentences.append(current)
    return Corpus(path.stem, [_repaired(s) for s in sentences])


def _repaired(sentence: Tagged) -> Tagged:
    """An I- label with no entity of its type before it (a class mapped to O broke the span)
    opens a new span."""
    out: Tagged = []
    before = "O"
    for token, label in sentence:
        if label.startswith("I-") and before[2:] != label[2:]:
            label = "B-" + label[2:]
        out.append((token, label))
        before = label
    return out


def glued(sentence: Tagged) -> Tagged:
    """The sentence as news text writes it: a lone proclitic joins the word after it (ل + ال → لل),
    a lone pronoun suffix the word before it. A clitic inside an entity span (the letters of an
    acronym: د ب ا) stays a token."""
    out: Tagged = []
    pending = ""
    for token, label in sentence:
        if label == "O" and token in _PROCLITICS and not pending:
            pending = token
            continue
        if pending:
            if pending == "ل" and normalize(token).startswith("ال"):
                token = "ل" + token[1:]
            token = pending + token
            pending = ""
        if label == "O" and token in _SUFFIXES and out and out[-1][0][-1:].isalpha():
            out[-1] = (out[-1][0] + token, out[-1][1])
            continue
        out.append((token, label))
    if pending:
        out.append((pending, "O"))
    return out


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """(first token, one past the last, type) of each entity in a BIO sequence."""
    out = set()
    start, typ = None, None
    for k, label in enumerate(labels + ["O"]):
        if start is not None and not label.startswith("I-" + typ):
            out.add((start, k, typ))
            start = None
        if label.startswith("B-") or (label.startswith("I-") and start is None):
            start, typ = k, label[2:]
    return out

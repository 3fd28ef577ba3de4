"""Training and measuring the entity tagger from the FANE corpora: `rasd train entities`.

    rasd train entities --fane ../shared/corpora/fane [--out rasd/data/models/entities.crfsuite]

Data: WikiFANE whole, and NewsFANE but its last 15% of sentences, which is kept as the test split
(the tail, not a random sample: neighbouring sentences of one news story would otherwise sit on
both sides). News sentences are learned in both spellings, the corpus's split clitics (و قال) and
news text's joined ones (وقال); Wikipedia's in the joined spelling only. The trainer is CRFsuite's
L-BFGS with elastic-net regularisation; fixed settings and corpus order make a run reproducible.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from rasd.entities.fane import Corpus, Tagged, glued, read_fane, spans
from rasd.entities.features import features
from rasd.text import normalize

NEWS, WIKI = "NewsFANE_Gold_2014_170K.txt", "WikiFANE_Gold_2014_500K.txt"
TEST_SHARE = 0.15
SETTINGS = {"c1": 0.05, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def news_split(news: Corpus) -> tuple[list[Tagged], list[Tagged]]:
    """(train, test) sentences of NewsFANE: the test split is the tail."""
    cut = int(len(news.sentences) * (1 - TEST_SHARE))
    return news.sentences[:cut], news.sentences[cut:]


def training_sentences(fane: Path, wiki: bool = True, limit: int | None = None) -> list[Tagged]:
    train, _ = news_split(read_fane(fane / NEWS))
    out = [s for sentence in train for s in (sentence, glued(sentence))]
    if wiki:
        out += [glued(s) for s in read_fane(fane / WIKI).sentences]
    return out[:limit] if limit else out


def _xy(sentence: Tagged) -> tuple[list[list[str]], list[str]]:
    return features().sequence([normalize(t) for t, _ in sentence]), [label for _, label in sentence]


def train(sentences: list[Tagged], out: Path, settings: dict | None = None, verbose: bool = False) -> float:
    """Train a model on the sentences into `out`; returns the seconds it took."""
    import pycrfsuite

    t0 = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for sentence in sentences:
        trainer.append(*_xy(sentence))
    trainer.set_params({**SETTINGS, **(settings or {})})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    write_attributes(out)
    write_common_words(sentences, common_words_path(out))
    return time.perf_counter() - t0


def attributes_path(model: Path) -> Path:
    return model.with_suffix(".attributes.gz")


def write_attributes(model: Path) -> None:
    """Beside the model, the attributes it has weights for (the tagger leaves the others out)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    names = sorted({attr for attr, _ in tagger.info().state_features})
    _write_gz(attributes_path(model), "\n".join(names) + "\n")


# a word is common when the corpora use it this often and this mostly outside any name
COMMON_MIN_SEEN, COMMON_SHARE = 5, 0.9


def common_words_path(model: Path) -> Path:
    return model.with_suffix(".common.gz")


def write_common_words(sentences: list[Tagged], path: Path) -> int:
    """The normalised words the training sentences use at least COMMON_MIN_SEEN times, and at
    least COMMON_SHARE of those times outside a name (سلطات، مرات، البالغ): the recogniser takes
    no village of GeoNames for one of these unless more than the gazetteer says so. Returns the
    number of words written (sorted, one a line: the same corpora give the same file)."""
    from collections import Counter

    seen, outside = Counter(), Counter()
    for sentence in sentences:
        for token, label in sentence:
            w = normalize(token)
            seen[w] += 1
            outside[w] += label == "O"
    words = sorted(w for w, n in seen.items() if n >= COMMON_MIN_SEEN and outside[w] >= COMMON_SHARE * n
                   and w[:1].isalpha())
    _write_gz(path, "\n".join(words) + "\n")
    return len(words)


def _write_gz(path: Path, text: str) -> None:
    """Gzipped UTF-8 text with no time or file name in its header: the same text, the same bytes."""
    import gzip

    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as f:
        f.write(text.encode("utf-8"))


@dataclass
class Score:
    tp: int = 0
    gold: int = 0
    sys: int = 0

    @property
    def f1(self) -> float:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        p = self.tp / self.sys if self.sys else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        return f"P {p:.3f}  R {r:.3f}  F1 {self.f1:.3f}  (tp {self.tp}, gold {self.gold}, sys {self.sys})"


# The external three-class view: ORG takes in MEDIA, LOC takes in GPE and FAC.
THREE = {"PERSON": "PER", "ORG": "ORG", "MEDIA": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


def score(gold: list[list[str]], predicted: list[list[str]], classes: dict[str, str] = THREE) -> dict[str, Score]:
    """Exact-span F1 (CoNLL style) per class and overall, over BIO sequences, in the given class view."""
    out = {"all": Score()}
    for g, p in zip(gold, predicted):
        gs = {(a, b, classes[t]) for a, b, t in spans(g) if t in classes}
        ps = {(a, b, classes[t]) for a, b, t in spans(p) if t in classes}
        for typ in {t for *_, t in gs | ps}:
            s = out.setdefault(typ, Score())
            s.tp += len({x for x in gs & ps if x[2] == typ})
            s.gold += len({x for x in gs if x[2] == typ})
            s.sys += len({x for x in ps if x[2] == typ})
        out["all"].tp += len(gs & ps)
        out["all"].gold += len(gs)
        out["all"].sys += len(ps)
    return out


def evaluate(model: Path, fane: Path) -> dict[str, Score]:
    """The model alone on the NewsFANE test split, in the three-class view."""
    import pycrfsuite

    _, test = news_split(read_fane(fane / NEWS))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold = [[label for _, label in s] for s in test]
    return score(gold, [tagger.tag(_xy(s)[0]) for s in test])


def check_corpora(fane: Path) -> None:
    missing = [name for name in (NEWS, WIKI) if not (fane / name).is_file()]
    if missing:
        raise FileNotFoundError(f"{fane}: no {', '.join(missing)} (the FANE corpora folder, e.g. ../shared/corpora/fane)")

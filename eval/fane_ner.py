"""rasd's entity stage on the NewsFANE test split (the tail rasd.entities.train keeps out of training),
scored the way three-class newswire NER gold is: PER / ORG (with MEDIA) / LOC (with GPE and FAC),
exact token spans, a clitic allowed inside a token.

    .venv/bin/python eval/fane_ner.py [--fane ../shared/corpora/fane] [--spelling split|glued] [--tagger-only | --rules-only]

Consecutive test sentences are joined into documents of --doc sentences (news stories in the
corpus run over many sentences; rasd merges mentions within a document). A token is inside a
rasd mention when the mention overlaps it. `--tagger-only` scores the CRF alone, without the rules.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasd import entities, segment  # noqa: E402
from rasd.entities import tagger  # noqa: E402
from rasd.entities.fane import glued, read_fane  # noqa: E402
from rasd.entities.train import NEWS, THREE, news_split, score  # noqa: E402
from rasd.model import Article  # noqa: E402


def document(sentences) -> tuple[str, list[tuple[int, int]], list[str]]:
    """The text of the sentences (tokens joined by spaces, a sentence a line), each token's offsets,
    and the gold labels."""
    parts, offsets, labels, at = [], [], [], 0
    for sentence in sentences:
        for token, label in sentence:
            offsets.append((at, at + len(token)))
            labels.append(label)
            parts.append(token + " ")
            at += len(token) + 1
        parts[-1] = parts[-1][:-1] + "\n"
    return "".join(parts), offsets, labels


def labels_of(spans: list[tuple[int, int, str]], offsets: list[tuple[int, int]]) -> list[str]:
    out = ["O"] * len(offsets)
    for start, end, typ in sorted(spans):
        inside = [k for k, (a, b) in enumerate(offsets) if a < end and start < b]
        for n, k in enumerate(inside):
            if out[k] == "O":
                out[k] = ("B-" if n == 0 else "I-") + typ
    return out


def rasd_spans(text: str, tagger_only: bool) -> list[tuple[int, int, str]]:
    article = segment.run(Article(raw=text, text=text))
    if tagger_only:
        return tagger.tag(article.text, article.words)
    article = entities.run(article)
    return [(m.start, m.end, e.type) for e in article.entities for m in e.mentions]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fane", type=Path, default=ROOT.parent / "shared" / "corpora" / "fane")
    ap.add_argument("--spelling", choices=("split", "glued"), default="split")
    ap.add_argument("--doc", type=int, default=20)
    ap.add_argument("--tagger-only", action="store_true")
    ap.add_argument("--rules-only", action="store_true", help="the entity stage without the model")
    a = ap.parse_args()
    if a.rules_only:
        entities.TAGGERS.clear()
    _, test = news_split(read_fane(a.fane / NEWS))
    if a.spelling == "glued":
        test = [glued(s) for s in test]
    gold, predicted = [], []
    for k in range(0, len(test), a.doc):
        text, offsets, labels = document(test[k:k + a.doc])
        gold.append(labels)
        predicted.append(labels_of(rasd_spans(text, a.tagger_only), offsets))
    result = score(gold, predicted, THREE)
    print(f"NewsFANE test split ({len(test)} sentences, {a.spelling} clitics, "
          f"{'tagger only' if a.tagger_only else 'rules only' if a.rules_only else 'rasd entity stage'})")
    for name in ("all", "PER", "ORG", "LOC"):
        print(f"  {name:4} {result[name].line()}")


if __name__ == "__main__":
    main()

"""B-cubed precision, recall and F1 of a clustering against gold labels (Bagga & Baldwin 1998)."""
from __future__ import annotations

from collections import defaultdict


def bcubed(pred: dict[str, object], gold: dict[str, object]) -> tuple[float, float, float]:
    """Scores over the items of `gold`; an item missing from `pred` counts as its own cluster."""
    ids = list(gold)
    if not ids:
        return 0.0, 0.0, 0.0
    by_pred: dict[object, set[str]] = defaultdict(set)
    by_gold: dict[object, set[str]] = defaultdict(set)
    for i in ids:
        by_pred[pred.get(i, ("missing", i))].add(i)
        by_gold[gold[i]].add(i)
    p = r = 0.0
    for i in ids:
        cp, cg = by_pred[pred.get(i, ("missing", i))], by_gold[gold[i]]
        both = len(cp & cg)
        p += both / len(cp)
        r += both / len(cg)
    p, r = p / len(ids), r / len(ids)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

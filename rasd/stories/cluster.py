"""Incremental story clustering: a new article joins the most similar story or starts one.

An article is a weighted vector of its content stems (rasd/stories/terms.py) plus its canonical
entities, places and event types as extra features; weights are sublinear tf × idf with document
frequencies kept in the store, so words every story uses weigh little and names weigh much.
A story is the mean of its articles' vectors, so the score of an article against a story is its
mean cosine with the story's articles (average link). An article joins the best story when the
score reaches JOIN_SCORE and the dates agree: both dated and more than WINDOW_DAYS apart from any
dated article of the story rules the story out. Undated articles (many are) match on content.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rasd.stories.terms import terms

JOIN_SCORE = 0.12          # mean cosine with the story's articles to join it
WINDOW_DAYS = 45          # a developing story's articles lie within this many days of each other
VECTOR_SIZE = 120         # strongest features kept per article
ENTITY_WEIGHT = 2.0       # a shared canonical actor or place counts more than a shared word
TITLE_REPEAT = 2          # the headline's words count twice


def features(record: dict, entity_ids: dict[str, int]) -> Counter:
    """Raw feature counts of one article: stems of headline and body, entities, event types."""
    c = Counter(terms(record.get("text") or ""))
    for _ in range(TITLE_REPEAT):
        c.update(terms(record.get("title") or ""))
    for e in record.get("entities", []):
        cid = entity_ids.get(e["id"])
        if cid is not None:
            c[f"@{cid}"] += len(e.get("mentions") or [1])
    for v in record.get("events", []):
        c[f"#{v['type']}"] += 1
    return c


def weigh(counts: Counter, df: dict[str, int], n_docs: int) -> dict[str, float]:
    """Sublinear tf × idf, L2-normalised, the strongest VECTOR_SIZE features."""
    w = {}
    for t, c in counts.items():
        idf = math.log((n_docs + 1) / (df.get(t, 0) + 0.5))
        w[t] = (1 + math.log(c)) * idf * (ENTITY_WEIGHT if t[0] == "@" else 1.0)
    top = sorted(w.items(), key=lambda kv: -kv[1])[:VECTOR_SIZE]
    norm = math.sqrt(sum(x * x for _, x in top)) or 1.0
    return {t: x / norm for t, x in top}


def parse_day(value: str | None) -> date | None:
    """A date from 'YYYY-MM-DD…' or 'YYYY-MM' (mid-month); None otherwise."""
    if not value or len(value) < 7:
        return None
    try:
        if len(value) >= 10 and value[7] == "-":
            return date.fromisoformat(value[:10])
        return date.fromisoformat(value[:7] + "-15")
    except ValueError:
        return None


def story_date(record: dict) -> str | None:
    """The article's date: published, else the calendar date its own times name most often."""
    day = parse_day(record.get("published"))
    if day is None:
        days = Counter(t["value"][:10] for t in record.get("times", [])
                       if t.get("type") in ("DATE", "TIME") and t.get("value") and parse_day(t["value"][:10]))
        if days:
            day = parse_day(days.most_common(1)[0][0])
    return day.isoformat() if day else None


@dataclass
class StoryState:
    id: int
    centroid: dict[str, float] = field(default_factory=dict)   # sum of member vectors
    n: int = 0
    days: list[date] = field(default_factory=list)

    def add(self, vector: dict[str, float], day: date | None) -> None:
        for t, x in vector.items():
            self.centroid[t] = self.centroid.get(t, 0.0) + x
        self.n += 1
        if day:
            self.days.append(day)

    def score(self, vector: dict[str, float]) -> float:
        return sum(x * self.centroid.get(t, 0.0) for t, x in vector.items()) / max(self.n, 1)

    def fits(self, day: date | None) -> bool:
        if day is None or not self.days:
            return True
        return all(abs((day - d).days) <= WINDOW_DAYS for d in (min(self.days), max(self.days)))


@dataclass
class StoryIndex:
    """All stories as centroids with an inverted index from feature to story, for candidate lookup."""
    stories: dict[int, StoryState] = field(default_factory=dict)
    postings: dict[str, set[int]] = field(default_factory=dict)

    def add(self, story_id: int, vector: dict[str, float], day: date | None) -> None:
        st = self.stories.setdefault(story_id, StoryState(story_id))
        st.add(vector, day)
        for t in vector:
            self.postings.setdefault(t, set()).add(story_id)

    def best(self, vector: dict[str, float], day: date | None) -> tuple[int | None, float]:
        """The story this article belongs to, with its score; (None, best score) for a new story."""
        candidates: set[int] = set()
        for t, _ in sorted(vector.items(), key=lambda kv: -kv[1])[:30]:
            candidates |= self.postings.get(t, set())
        best_id, best_score = None, 0.0
        for sid in candidates:
            st = self.stories[sid]
            if not st.fits(day):
                continue
            s = st.score(vector)
            if s > best_score:
                best_id, best_score = sid, s
        if best_score >= JOIN_SCORE:
            return best_id, best_score
        return None, best_score

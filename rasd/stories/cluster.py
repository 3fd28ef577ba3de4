"""Incremental story clustering: a new article joins the most similar story or starts one.

An article is a weighted vector of its content stems (rasd/stories/terms.py) plus its canonical
entities, places and event types as extra features; weights are sublinear tf × idf with document
frequencies kept in the store, so words every story uses weigh little and names weigh much.
A story is the mean of its articles' vectors (re-weighed as the statistics grow), so the score of an article against a story is its
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

JOIN_SCORE = 0.16          # mean cosine with the story's articles to join it
WINDOW_DAYS = 45          # a developing story's articles lie within this many days of each other
VECTOR_SIZE = 120         # strongest features kept per article
STORED_FEATURES = 200     # raw feature counts stored per article (the most frequent)
ENTITY_WEIGHT = 1.0       # a canonical actor or place weighs as a word: idf already makes rare ones count
TITLE_REPEAT = 2          # the headline's words count twice
TERM_MAX = 100            # longer "words" (URLs, hashes run together) are not story features


def features(record: dict, entity_ids: dict[str, int]) -> Counter:
    """Raw feature counts of one article: stems of headline and body, entities, event types."""
    c = Counter(x for x in terms(record.get("text") or "") if len(x) <= TERM_MAX)
    for _ in range(TITLE_REPEAT):
        c.update(x for x in terms(record.get("title") or "") if len(x) <= TERM_MAX)
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
class Weights:
    """Document frequencies of features over the stored (non-republished) articles."""
    df: dict[str, int] = field(default_factory=dict)
    n_docs: int = 0

    def vector(self, counts: dict[str, int]) -> dict[str, float]:
        return weigh(counts, self.df, self.n_docs)


REWEIGH_GROWTH = 1.25     # re-weigh a story's centroid once the store has grown by this factor


@dataclass
class StoryState:
    """A story as the sum of its articles' weighted vectors, kept from their raw feature counts
    so that it can be re-weighed as term statistics grow (early articles were weighed with few)."""
    id: int
    members: list[dict[str, int]] = field(default_factory=list)
    centroid: dict[str, float] = field(default_factory=dict)
    weighed_at: int = 0
    days: list[date] = field(default_factory=list)

    def add(self, counts: dict[str, int], day: date | None, weights: Weights) -> None:
        self.members.append(counts)
        for t, x in weights.vector(counts).items():
            self.centroid[t] = self.centroid.get(t, 0.0) + x
        if day:
            self.days.append(day)

    def score(self, vector: dict[str, float], weights: Weights) -> float:
        if weights.n_docs > self.weighed_at * REWEIGH_GROWTH + 2:
            self.centroid = {}
            for m in self.members:
                for t, x in weights.vector(m).items():
                    self.centroid[t] = self.centroid.get(t, 0.0) + x
            self.weighed_at = weights.n_docs
        return sum(x * self.centroid.get(t, 0.0) for t, x in vector.items()) / max(len(self.members), 1)

    def fits(self, day: date | None) -> bool:
        if day is None or not self.days:
            return True
        return all(abs((day - d).days) <= WINDOW_DAYS for d in (min(self.days), max(self.days)))


BUCKET_DAYS = 15          # postings are kept per term and per 15-day period of the article's date


def bucket(day: date | None) -> int | None:
    return day.toordinal() // BUCKET_DAYS if day else None


@dataclass
class StoryIndex:
    """All stories as centroids with an inverted index from feature to story, for candidate lookup.

    The index is cut by time: a feature's stories are kept per BUCKET_DAYS period of the articles
    that carry it (undated articles under None). A dated article can only join a story whose dated
    articles all lie within WINDOW_DAYS of it, so only the periods of that window and the undated
    ones are looked up: the work per article stays flat as an archive grows over years, instead of
    growing with every story that ever used a word."""
    weights: Weights = field(default_factory=Weights)
    stories: dict[int, StoryState] = field(default_factory=dict)
    postings: dict[str, dict[int | None, set[int]]] = field(default_factory=dict)   # term → period → stories

    def add(self, story_id: int, counts: dict[str, int], day: date | None) -> None:
        st = self.stories.setdefault(story_id, StoryState(story_id, weighed_at=self.weights.n_docs))
        st.add(counts, day, self.weights)
        b = bucket(day)
        for t in counts:
            self.postings.setdefault(t, {}).setdefault(b, set()).add(story_id)

    def _periods(self, day: date | None) -> list[int | None] | None:
        """The periods whose stories a new article may join; None: all of them (an undated article)."""
        if day is None:
            return None
        first, last = (day.toordinal() - WINDOW_DAYS) // BUCKET_DAYS, (day.toordinal() + WINDOW_DAYS) // BUCKET_DAYS
        return [None, *range(first, last + 1)]

    def _posted(self, term: str, periods: list[int | None] | None) -> set[int]:
        by_period = self.postings.get(term, {})
        if periods is None:
            return set().union(*by_period.values())
        return set().union(*(by_period[b] for b in periods if b in by_period))

    def best(self, counts: dict[str, int], day: date | None) -> tuple[int | None, float]:
        """The story this article belongs to, with its score; (None, best score) for a new story."""
        vector = self.weights.vector(counts)
        periods = self._periods(day)
        candidates: set[int] = set()
        for t, _ in sorted(vector.items(), key=lambda kv: -kv[1])[:30]:
            candidates |= self._posted(t, periods)
        best_id, best_score = None, 0.0
        for sid in candidates:
            st = self.stories[sid]
            if not st.fits(day):
                continue
            s = st.score(vector, self.weights)
            if s > best_score:
                best_id, best_score = sid, s
        if best_score >= JOIN_SCORE:
            return best_id, best_score
        return None, best_score

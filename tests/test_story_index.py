"""The in-memory indexes of the store: story candidates cut by time, fuzzy entity keys by length."""
from __future__ import annotations

from datetime import date, timedelta

from rasd.stories.cluster import BUCKET_DAYS, WINDOW_DAYS, StoryIndex
from rasd.stories.entities import EntityIndex

WORDS = {"هدنة": 3, "مفاوضات": 2, "الحديدة": 4, "ميناء": 2}


def index_with(story_id: int, day: date | None) -> StoryIndex:
    idx = StoryIndex()
    idx.weights.df = {w: 1 for w in WORDS} | {"خبر": 50}
    idx.weights.n_docs = 100
    idx.add(story_id, dict(WORDS), day)
    return idx


def test_a_story_is_found_across_periods_within_the_window():
    day = date(2024, 3, 1)
    idx = index_with(7, day)
    for gap in (0, BUCKET_DAYS + 1, WINDOW_DAYS):
        assert idx.best(dict(WORDS), day + timedelta(days=gap))[0] == 7
        assert idx.best(dict(WORDS), day - timedelta(days=gap))[0] == 7


def test_a_story_outside_the_window_is_not_a_candidate():
    day = date(2024, 3, 1)
    idx = index_with(7, day)
    assert idx.best(dict(WORDS), day + timedelta(days=WINDOW_DAYS + BUCKET_DAYS + 1)) == (None, 0.0)


def test_undated_articles_and_stories_meet_dated_ones():
    assert index_with(7, date(2024, 3, 1)).best(dict(WORDS), None)[0] == 7
    assert index_with(8, None).best(dict(WORDS), date(2030, 1, 1))[0] == 8


def test_fuzzy_entity_match_still_finds_a_variant_spelling():
    idx = EntityIndex()
    idx.type_of[1] = "MEDIA"
    idx.add_alias("سبوتنيك", 1)
    idx.type_of[2] = "MEDIA"
    idx.add_alias("وكاله الانباء الفرنسيه", 2)
    assert idx.find("MEDIA", ["سبوتينيك"]) == 1
    assert idx.find("MEDIA", ["وكاله الانباء الفرنسيه"]) == 2
    assert idx.find("PERSON", ["سبوتينيك"]) is None

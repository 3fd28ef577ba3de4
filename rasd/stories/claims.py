"""Claims and denials: link each DENY attribution to the event it denies, across a story.

A denial (an attribution with stance DENY) denies an event when the event is reported inside the
denial's own content (same article), or when the denial's content and the sentence that reports
the event share enough of their content words (any article of the story): "نفى … جاهزيته لتسليم
أسلحته الثقيلة" against "… أعلنت … تسليم الأسلحة الثقيلة". A linked event that some source
asserts, plans or makes conditional becomes `disputed` at story level; one only ever denied stays
`denied`.
"""
from __future__ import annotations

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection

from rasd.store import schema as t
from rasd.stories.terms import terms

LINK_MIN = 0.34     # share of the event sentence's content stems that the denial must repeat
CONTESTABLE = ("asserted", "planned", "conditional")


def _overlap(deny: set[str], event: set[str]) -> float:
    if not deny or not event:
        return 0.0
    return len(deny & event) / min(len(deny), len(event))


def link_story(conn: Connection, story_id: int) -> int:
    """Find and record the denial links in one story; returns how many are new."""
    a, at, ev, dn = t.articles.c, t.attributions.c, t.events.c, t.denials.c
    denials = conn.execute(select(at.article_pk, at.local_id, at.content, at.position)
                           .join(t.articles, a.pk == at.article_pk)
                           .where((a.story_id == story_id) & (at.stance == "DENY"))).all()
    if not denials:
        return 0
    events = conn.execute(select(ev.article_pk, ev.local_id, ev.trigger, ev.context, ev.status, ev.position,
                                 ev.source_local)
                          .join(t.articles, a.pk == ev.article_pk).where(a.story_id == story_id)).all()
    if not events:
        return 0
    known = {(r.deny_article_pk, r.deny_local, r.event_article_pk, r.event_local) for r in conn.execute(
        select(dn.deny_article_pk, dn.deny_local, dn.event_article_pk, dn.event_local)
        .join(t.articles, a.pk == dn.deny_article_pk).where(a.story_id == story_id))}
    new = 0
    event_terms = {(e.article_pk, e.local_id): set(terms(e.context)) for e in events}
    for d in denials:
        content = d.content or ""
        deny_terms = set(terms(content))
        for e in events:
            key = (d.article_pk, d.local_id, e.article_pk, e.local_id)
            if key in known:
                continue
            same_article = e.article_pk == d.article_pk
            if same_article and (e.source_local == d.local_id or (content and e.trigger in content)):
                score = 1.0
            else:
                score = _overlap(deny_terms, event_terms[(e.article_pk, e.local_id)] - {"نفي", "نف"})
                if same_article and score < LINK_MIN:
                    continue
            if score < LINK_MIN:
                continue
            conn.execute(insert(t.denials).values(deny_article_pk=d.article_pk, deny_local=d.local_id,
                                                  event_article_pk=e.article_pk, event_local=e.local_id, score=score))
            known.add(key)
            new += 1
            if e.status in CONTESTABLE or e.source_local != d.local_id:
                conn.execute(update(t.events).where(and_(ev.article_pk == e.article_pk, ev.local_id == e.local_id))
                             .values(story_status="disputed"))
    return new

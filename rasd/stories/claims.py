"""Claims and denials: link each DENY attribution to the event it denies, across a story.

In the denial's own article, it denies the events reported inside its content (by offsets) and
the events it is the source of. In any other article of the story, it denies an event when the
denial repeats most of the content words of what reports that event (the event's source
statement, else its sentence): "نفى … جاهزيته لتسليم أسلحته الثقيلة" against "أعلنت … تسليم
الأسلحة الثقيلة". A linked event that some other source asserts, plans or makes conditional
becomes `disputed` at story level; one only ever stated as denied stays `denied`.
"""
from __future__ import annotations

from sqlalchemy import and_, insert, select, update
from sqlalchemy.engine import Connection

from rasd.store import schema as t
from rasd.stories.terms import terms

LINK_MIN = 0.5      # share of the event report's content stems that a denial must repeat
LINK_MIN_SHARED = 3  # and at least this many of them
CONTESTABLE = ("asserted", "planned", "conditional")


def link_story(conn: Connection, story_id: int, new_article: int | None = None) -> int:
    """Find and record the denial links in one story; returns how many are new.

    With `new_article`, only the pairs that involve that article are examined (the others were
    examined when their articles came in)."""
    a, at, ev, dn = t.articles.c, t.attributions.c, t.events.c, t.denials.c
    # the story's articles first (indexed by story), then their statements, the denials picked here:
    # a query on the stance lets the database walk every denial of the store, which grows with it
    pks = list(conn.execute(select(a.pk).where(a.story_id == story_id)).scalars())
    denials = [r for r in conn.execute(select(at.article_pk, at.local_id, at.content, at.content_start,
                                              at.content_end, at.stance).where(at.article_pk.in_(pks)))
               if r.stance == "DENY"]
    if not denials:
        return 0
    events = conn.execute(select(ev.article_pk, ev.local_id, ev.context, ev.status, ev.position, ev.source_local)
                          .where(ev.article_pk.in_(pks))).all()
    if not events:
        return 0
    known = {(r.deny_article_pk, r.deny_local, r.event_article_pk, r.event_local) for r in conn.execute(
        select(dn.deny_article_pk, dn.deny_local, dn.event_article_pk, dn.event_local)
        .where(dn.deny_article_pk.in_(pks)))}
    new = 0
    report_terms: dict[tuple[int, str], set[str]] = {}
    for d in denials:
        deny_terms = set(terms(d.content or ""))
        for e in events:
            key = (d.article_pk, d.local_id, e.article_pk, e.local_id)
            if key in known or (new_article is not None and new_article not in (d.article_pk, e.article_pk)):
                continue
            if e.article_pk == d.article_pk:
                inside = d.content_start is not None and d.content_start <= e.position < (d.content_end or 0)
                if not (inside or e.source_local == d.local_id):
                    continue
                score = 1.0
            else:
                report = report_terms.get((e.article_pk, e.local_id))
                if report is None:
                    report = report_terms[(e.article_pk, e.local_id)] = set(terms(e.context))
                shared = len(deny_terms & report)
                score = shared / len(report) if report else 0.0
                if shared < LINK_MIN_SHARED or score < LINK_MIN:
                    continue
            conn.execute(insert(t.denials).values(deny_article_pk=d.article_pk, deny_local=d.local_id,
                                                  event_article_pk=e.article_pk, event_local=e.local_id, score=score))
            known.add(key)
            new += 1
            if e.status in CONTESTABLE or e.source_local != d.local_id:
                conn.execute(update(t.events).where(and_(ev.article_pk == e.article_pk, ev.local_id == e.local_id))
                             .values(story_status="disputed"))
    return new

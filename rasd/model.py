"""The document model: one `Article` holding the cleaned text and every annotation as spans.

Every annotation points into `Article.text` by character offsets (Python string indices,
end exclusive), as spaCy's `Doc`/`Span` do, so `text[start:end] == span.text` always holds.
Stages add annotations; nothing replaces the text once cleaning is done.
Serialised as `rasd.article/1` (see docs/format.md).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rasd.text.normalize import NormalizedText

SCHEMA = "rasd.article/1"

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "MEDIA")
STANCES = ("STATE", "CONFIRM", "DENY", "ANNOUNCE", "ACCUSE", "THREATEN", "DEMAND", "REVEAL")
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
EVENT_STATUSES = ("asserted", "denied", "disputed", "planned", "conditional", "hypothetical")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")


def content_id(title: str | None, text: str | None) -> str:
    """The stable content id of an article: `sha1:` + 16 hex digits of its headline and body."""
    basis = (title or "") + "\n" + (text or "")
    return "sha1:" + hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: `text == article.text[start:end]`."""
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    geo: dict | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "name": self.name,
                "mentions": [m.to_json() for m in sorted(self.mentions, key=lambda m: m.start)],
                "geo": self.geo}


@dataclass(slots=True)
class TimeExpr:
    id: str
    span: Span
    type: str
    value: str | None

    def to_json(self) -> dict:
        return {"id": self.id, **self.span.to_json(), "type": self.type, "value": self.value}


@dataclass(slots=True)
class Attribution:
    id: str
    cue: Span
    stance: str
    speaker: str | None = None          # entity id
    speaker_text: str | None = None     # as written, anonymous sources too
    anonymous: bool = False
    speaker_role: str | None = None
    channel: str | None = None          # entity id of the outlet
    channel_text: str | None = None
    direct: bool = False
    content: Span | None = None

    def to_json(self) -> dict:
        return {"id": self.id, "speaker": self.speaker, "speaker_text": self.speaker_text,
                "anonymous": self.anonymous, "speaker_role": self.speaker_role,
                "cue": self.cue.to_json(), "stance": self.stance,
                "channel": self.channel, "channel_text": self.channel_text,
                "direct": self.direct, "content": self.content.to_json() if self.content else None}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    mode: str | None = None
    actor: str | None = None
    target: str | None = None
    location: str | None = None
    time: str | None = None
    status: str = "asserted"
    source: str | None = None
    fatalities: int | None = None          # the dead, when the article gives their number
    civilian_targeting: bool = False       # the ones hit are civilians

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "mode": self.mode, "actor": self.actor,
                "target": self.target, "location": self.location, "time": self.time,
                "status": self.status, "source": self.source, "trigger": self.trigger.to_json(),
                "fatalities": self.fatalities, "civilian_targeting": self.civilian_targeting}


@dataclass(slots=True)
class Article:
    """One article as it flows through the pipeline.

    `raw` is the text as read (before cleaning); `text` the cleaned body every span points into.
    `sentences`, `words` (as written, proclitics attached) and `norm` (the normalised view of
    `text` for matching) are analysis layers filled once by the segment stage for every later
    stage; they are not part of the serialised record. `tokens()` splits the proclitics off the
    words on demand (no stage needs it on the hot path).
    """
    raw: str
    text: str = ""
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    language: str = "ar"
    title: str | None = None
    warnings: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    words: list = field(default_factory=list)
    norm: NormalizedText | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def content_id(self) -> str:
        """Stable id from the cleaned content (used when the caller gives none)."""
        return content_id(self.title, self.text)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def tokens(self) -> list:
        """The words with their proclitics split off as tokens of their own (و + ال + مدينة)."""
        from rasd.text.tokens import split_proclitics, tokenize
        return split_proclitics(self.words) if self.words else tokenize(self.text)

    def sentence_at(self, offset: int) -> Span | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def all_spans(self):
        """Every span in the record, for checking the offset invariant."""
        for e in self.entities:
            yield from e.mentions
        for a in self.attributions:
            yield a.cue
            if a.content:
                yield a.content
        for v in self.events:
            yield v.trigger
        for t in self.times:
            yield t.span
        yield from self.sentences

    def to_json(self) -> dict:
        return {"schema": SCHEMA, "id": self.id or self.content_id(), "url": self.url,
                "outlet": self.outlet, "published": self.published, "language": self.language,
                "title": self.title, "text": self.text, "warnings": list(self.warnings),
                "entities": [e.to_json() for e in self.entities],
                "attributions": [a.to_json() for a in self.attributions],
                "events": [v.to_json() for v in self.events],
                "times": [t.to_json() for t in self.times]}

"""Event stage: PLOVER events with actor, target, place, time, status and source (issue 6).

Find the triggers (lexicon in rasd/data/events/triggers.tsv) and drop guarded, question,
condition and "without" uses; read each one's status from the cues around it and from the
attribution that carries it; give it the entity arguments its markers point to; keep one event
per type and clause (a verb and its verbal noun in one clause describe one event); let a later
event whose doer goes unnamed take the last named one. See docs/events.md.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from rasd.events.arguments import assign, nearest_time
from rasd.events.fatalities import annotate as count_dead
from rasd.events.lexicon import affixes, argument_markers, readings, unarmed, words_of
from rasd.events.mentions import is_place, mentions_of
from rasd.events.parties import mediation, parties_follow
from rasd.events.search import ACTOR_TYPES
from rasd.events.status import (Cues, absent, alternative, anaphoric_denials, background, characterized, condition_after,
                                denial_before, in_condition, narrated_between, possibility, share_coordinated_status,
                                status_has_if, status_of)
from rasd.events.triggers import Trigger, find_triggers
from rasd.model import Article, Attribution, Event, Span
from rasd.syntax import Syntax, after_b_noun, after_place_noun, analyse, punctuated
from rasd.text import split_sentences

# "اتفاق" / "مفاوضات" again from the same source is the same agreement or talks, even without ال
REFERRED_BACK = ("AGREE", "CONSULT")
# الاتفاق، الهدنة، التهدئة written with ال after a deal or truce of that kind was reported: the same one,
# whoever speaks of it and in whatever word; any other event noun with ال (القصف، الغارات) after one of
# its type from the same source, when no party or place is named right after it
ANAPHORIC_KINDS = (("AGREE", None), ("RETREAT", "ceasefire"))
CARRY_PARAGRAPHS = 5     # how far back (in paragraphs) a running report's unnamed doer may be found
DENIAL_REACH = 400       # characters back from a bare denial (نفت الحركة ذلك) to the act it denies
FORCE_TYPES = ("ASSAULT", "COERCE", "MOBILIZE")     # done by forces, not by the person who speaks of them
UNARMED_TYPES = FORCE_TYPES                         # … nor by a body that only reports or mediates (events/unarmed.tsv)
# the one announcing a deal, talks, a demand or a refusal is usually a party to it; the one
# reporting an attack or a withdrawal seldom is its doer
SPEAKER_IS_PARTY = ("AGREE", "CONSULT", "REJECT", "REQUEST", "THREATEN", "ACCUSE", "CONCEDE", "SUPPORT", "COOPERATE")
_FULL_STOP = re.compile(r"[.!?؟]\s")


_PRONOUNS = frozenset(affixes("pronoun"))


def _pronoun_complement(words, start: int) -> bool:
    """The reported clause opens with إنه / إنها / أنهم …, or with the speaker's own forces
    (إن قواتها، أن مقاتليه، أن عناصره): its subject is the speaker."""
    for w in words[max(0, start - 1):start + 1]:
        if any(r.key == "ان" and r.suffix in _PRONOUNS for r in readings(w.norm)):
            return True
    if start < len(words):
        own = argument_markers().own
        return any(r.key in own and r.suffix in _PRONOUNS for r in readings(words[start].norm))
    return False


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _first_day(value: str) -> str | None:
    """The first day (ISO) of a TIMEX3 date, day or week value: 2018-04-04, 2018-W14 → 2018-04-02."""
    if _DAY.match(value):
        return value[:10]
    m = _WEEK.match(value)
    if m:
        try:
            return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1).isoformat()
        except ValueError:
            return None
    return None


_MONTH = re.compile(r"^(\d{4})-(\d{2})(?:$|-)")
BACKGROUND_DAYS = 30     # a pluperfect event dated this long before publication is background


def _long_before(times, sentence: Span, published: str | None) -> bool:
    """A time in the sentence that resolves to a month or day well before the publication date."""
    if not published or not _DAY.match(published):
        return False
    pub = date.fromisoformat(published[:10])
    for tx in times:
        if not (sentence.start <= tx.span.start < sentence.end) or not tx.value:
            continue
        m = _MONTH.match(tx.value)
        if not m:
            continue
        try:
            day = date.fromisoformat(tx.value[:10]) if _DAY.match(tx.value) else date(int(m.group(1)), int(m.group(2)), 28)
        except ValueError:
            continue
        if (pub - day).days > BACKGROUND_DAYS:
            return True
    return False


def _after_publication(when, published: str | None) -> bool:
    """The event's time resolves to a day (or a week) after the article's publication date."""
    if when is None or not when.value or not published or not _DAY.match(published):
        return False
    day = _first_day(when.value)
    return day is not None and day > published[:10]


def _carrier(attributions: list[Attribution], span: Span, sentence: Span | None = None) -> Attribution | None:
    """The attribution whose content holds the trigger: the innermost when they nest. A content that
    runs on past a full stop carries the sentence after it only when it is a quotation: else the
    outlet states the new sentence itself (a list after "على ما يلي:" still belongs to its cue)."""
    best = None
    for a in attributions:
        c = a.content
        if c is not None and c.start <= span.start and span.end <= c.end:
            if not a.direct and _FULL_STOP.search(c.text[:span.start - c.start]):
                continue
            if best is None or len(c) < len(best.content):
                best = a
    return best


def _cue_of(attributions: list[Attribution], span: Span) -> Attribution | None:
    """The attribution whose reporting cue is the trigger itself (هدد، توعد، طالب …)."""
    return next((a for a in attributions if a.cue.overlaps(span)), None)


@dataclass
class _Doc:
    """What every trigger of one article is read against."""
    article: Article
    words: Cues
    starts: list[int]
    mentions: list
    media: frozenset[str]
    sentences: list[Span]
    syntax: Syntax
    by_sentence: dict = field(default_factory=dict)       # sentence start → (clauses, word ranges, if-clauses)
    seen_forms: set = field(default_factory=set)
    seen_kinds: set = field(default_factory=set)          # (type, mode) of the triggers coded so far
    seen_types: set = field(default_factory=set)
    referred: set = field(default_factory=set)            # (type, sentence start) of events named again
    denials: set = field(default_factory=set)             # trigger starts denied by a denial verb (نفت … وقوع)
    own_dead: set = field(default_factory=set)            # trigger starts of casualties among the speaker's men

    def word_range(self, s: Span) -> tuple[int, int]:
        return bisect_left(self.starts, s.start), bisect_left(self.starts, s.end)

    def sentence_of(self, offset: int) -> Span | None:
        return next((s for s in self.sentences if s.start <= offset < s.end), None)

    def clauses_of(self, sentence: Span) -> tuple[list[Span], list[tuple[int, int]], list[tuple[int, int]]]:
        if sentence.start not in self.by_sentence:
            clauses = punctuated(self.article.text, sentence)
            rngs = [self.word_range(c) for c in clauses]
            self.by_sentence[sentence.start] = (clauses, rngs, [r for r in rngs if status_has_if(self.words, r)])
        return self.by_sentence[sentence.start]


def run(article: Article) -> Article:
    text = article.text
    words = Cues(words_of(text, article.words or None))
    if not words:
        return article
    sentences = article.sentences or split_sentences(text)
    doc = _Doc(article, words, [w.start for w in words], mentions_of(article.entities, words, text),
               frozenset(e.id for e in article.entities if e.type == "MEDIA"), sentences,
               analyse(words, text, sentences))
    for a in article.attributions:           # the words naming a speaker (قال الأمين العام للأمم المتحدة …)
        if a.content is not None and a.cue.end <= a.content.start:
            for m in doc.mentions:
                if a.cue.end <= m.start and m.end <= a.content.start and m.entity.id != a.speaker:
                    m.describes_speaker = True
    questions = [s for s in sentences if s.text.rstrip("»”\"') ").endswith(("؟", "?"))]
    entity_spans = [(m.start, m.end) for e in article.entities for m in e.mentions]
    events = []
    # a trigger in the words that name a speaker (وقالت الوساطة القطرية إن …) is part of a name
    speaker_spans = [(a.cue.end, a.content.start) for a in article.attributions
                     if a.content is not None and a.cue.end < a.content.start]
    for t in find_triggers(text, words, questions, entity_spans + speaker_spans, sentences):
        coded = None if t.form.silent else _code(t, doc)
        if coded is not None:
            events.append(coded)
    places = frozenset(m.entity.id for m in doc.mentions if m.place_noun)
    answered = [words[j].start for j in anaphoric_denials(words)]
    share_coordinated_status(events, words)
    article.events = _disputes(_carry_arguments(_one_per_clause(events, doc.own_dead), text, places), article, doc.denials, answered)
    count_dead(article.events, text, sentences, article.words or None)
    for k, v in enumerate(article.events, 1):
        v.id = f"V{k}"
    return article


def _code(t: Trigger, doc: _Doc) -> tuple[Trigger, Event, tuple[int, int], tuple[int, int]] | None:
    """One trigger as an event (with its clause and sentence ranges), or None when it is no event."""
    article, words = doc.article, doc.words
    sentence = doc.sentence_of(t.span.start)
    if sentence is None:
        return None
    clauses, clause_rngs, if_clauses = doc.clauses_of(sentence)
    clause = next((c for c in clauses if c.start <= t.span.start < c.end), sentence)
    s_rng, c_rng = doc.word_range(sentence), doc.word_range(clause)
    if background(words, t, s_rng) and _long_before(article.times, sentence, article.published):
        return None                          # وكانت القوات قد سيطرت على المدينة في يونيو الماضي: background
    if in_condition(words, t, clause_rngs) or absent(words, t, clause_rngs) \
            or possibility(words, t, c_rng[0], s_rng[0]) or alternative(words, t, s_rng) \
            or characterized(words, t, c_rng[0]):
        return None
    if t.form.participant and (("PROTEST", None) in doc.seen_kinds or _acted_upon(words, t)):
        return None
    if t.form.pos == "N" and after_place_noun(words, t.first):
        return None                          # من مناطق الاشتباكات، مواقع سيطرة النظام: places, not an event
    carrier = _carrier(article.attributions, t.span, sentence)
    if carrier is not None and not carrier.direct and narrated_between(words, doc.word_range(carrier.content)[0], t):
        carrier = None                       # … في حين شنت إسرائيل غارات: the outlet's own narration
    # الاتفاق، القصف after the same word from the same source: the article refers back to it
    source_name = carrier.speaker_text if carrier else None
    seen = (t.type, t.form.form, source_name)
    kind = (t.type, t.form.mode)
    if t.form.result and (t.type, sentence.start) in doc.referred:
        return None                          # الاشتباكات أسفرت عن مقتل …: the toll of the clashes already reported
    if (t.definite or (t.form.pos == "N" and t.type in REFERRED_BACK)) and seen in doc.seen_forms \
            or (t.definite and kind in ANAPHORIC_KINDS and kind in doc.seen_kinds) \
            or (t.definite and t.first == t.last and (t.type, source_name) in doc.seen_types and not _named_after(doc, t)):
        doc.referred.add((t.type, sentence.start))
        return None
    doc.seen_forms.add(seen)
    doc.seen_kinds.add(kind)
    doc.seen_types.add((t.type, source_name))
    cue = _cue_of(article.attributions, t.span)
    others = [a for a in article.attributions if a is not carrier and a.content is not None
              and a.content.start <= t.span.start < a.content.end]
    status, refused = status_of(words, t, clause_rngs, s_rng, carrier, others, is_cue=cue is not None or t.form.continues)

    window = s_rng
    if carrier is not None:
        lo, hi = doc.word_range(carrier.content)
        window = (max(s_rng[0], lo), min(s_rng[1], hi)) if lo < s_rng[1] and hi > s_rng[0] else s_rng
    exclude = frozenset([carrier.speaker] if carrier is not None and carrier.speaker else []) | doc.media
    party = article.entity(carrier.speaker) if carrier is not None and carrier.speaker not in doc.media else None
    subject = party if party is not None and _pronoun_complement(words, doc.word_range(carrier.content)[0]) else None
    mentions, reporters, own = _report_frame(doc, t)
    exclude |= reporters
    if subject is None and own is not None and own.type in ("ORG", "GPE", "PERSON"):
        subject = own                        # أعلن الجيش أنه قصف: the reporter speaks of its own act
    if subject is not None and subject.type == "PERSON" and t.type in FORCE_TYPES:
        subject = _speaker_side(doc, carrier)   # "قواتنا طهرت المدينة": the spokesman's side, not the man
    # a condition after the trigger (سيستهدفها في حال شن إسرائيل هجوماً) has its own parties
    cut = condition_after(words, t, c_rng)
    args = assign(t, mentions, (window[0], min(window[1], cut)), words, s_rng, exclude,
                  [r for r in if_clauses if r != c_rng], subject, text=article.text)
    if t.governed is not None and args.target is None and t.type != "ACCUSE":   # اتهم X بقصف المطار: X is accused     # هدد بقصف غزة: the threat is against غزة
        inner = assign(t.governed, doc.mentions, window)
        # … the threat is against the place; a call or a charge is addressed to parties, not to places
        hit_place = inner.target is not None and inner.target is inner.location
        args.target = (inner.target if t.type == "THREATEN" or not hit_place else None) \
            or (inner.location if t.type == "THREATEN" else None)
    if t.type == "THREATEN" and cut < c_rng[1]:
        # ستضرب بقوة إذا خرق حزب الله الاتفاق: the threat is against the one whose act would set it off
        warned = next((m.entity for m in mentions if cut <= m.first < c_rng[1] and m.entity.type in ACTOR_TYPES
                       and not is_place(m) and m.entity is not args.actor and m.entity.id not in exclude), None)
        args.target = warned or args.target
    actor = args.actor
    if t.form.suffered and (actor is not None or (args.target is not None and args.target.type in ("ORG", "PERSON"))) \
            and not _used_by(doc, t, actor, s_rng):
        # استشهد فلان برصاص القوات: the victim, then the doer (خمسة استشهدوا برصاص القوات: the doer alone;
        # a town there, أصيب آخرون في الديوانية, is where, not who)
        doer = args.target if args.target is not None and args.target is not args.location else None
        args.target, actor = actor, doer
    if carrier is not None and args.target is not None and args.target.id == carrier.speaker:
        args.target = None                   # the one who speaks of an event is not its target
    if party is not None and t.form.result and _own_dead(words, t, c_rng):
        args.target = party                  # أعلن الجيش مقتل خمسة من جنوده: the speaker lost them
        doc.own_dead.add(t.span.start)
        if actor is party:
            actor = None
    if cue is not None and cue.speaker:
        actor = article.entity(cue.speaker) or actor
    elif t.form.continues and party is not None:
        actor = party                        # …، داعياً السلطات إلى ضبط النفس: the speaker calls
    if actor is None and carrier is not None and _first_person(words, t):
        actor = _speaker_side(doc, carrier) or party      # "سنواصل استهداف …"، "قصفنا": the speaker's side
    if actor is None and party is not None and t.type in SPEAKER_IS_PARTY and not parties_follow(t, words) \
            and not mediation(t, words):
        # مندوب روسيا، الناطق باسم الحركة: a man speaking for a body makes its deals and talks
        actor = (_speaker_side(doc, carrier, ("ORG", "GPE")) if party.type == "PERSON" else None) or party

    if status == "denied" and carrier is None and denial_before(words, t, s_rng[0]):
        doc.denials.add(t.span.start)
    when = nearest_time(article.times, t.span, sentence.start, sentence.end)
    if status == "asserted" and _after_publication(when, article.published):
        status = "planned"                   # … الأسبوع المقبل: dated after the report, not yet done
    etype, mode = ("REJECT", None) if refused else (t.type, t.form.mode)
    if etype == "ASSAULT" and status == "conditional" and carrier is not None:
        etype, mode = "THREATEN", None      # a source promising an attack on a condition: a threat
        actor = party or actor              # … made by the one who speaks
    if actor is not None and etype in UNARMED_TYPES and (unarmed(actor) or (actor.type == "PERSON" and etype != "COERCE")):
        if args.target is actor:
            args.target = None
        actor = None                         # a monitor, a mediator or a spokesman fires no shells
    source = cue or carrier
    event = Event(id="", type=etype, trigger=t.span, mode=mode, actor=actor.id if actor else None,
                  target=args.target.id if args.target and args.target is not actor else None,
                  location=args.location.id if args.location else None, time=when.id if when else None,
                  status=status, source=source.id if source else None)
    return t, event, c_rng, s_rng


def _report_frame(doc: _Doc, t: Trigger):
    """The report frames around the trigger (أعلن الدفاع المدني أن 11 مدنياً قتلوا نتيجة قصف …):
    the reporter is no party to what it reports, so its mentions leave the search (the window
    stays the sentence's: a place named before a nested frame, في الغوطة تشير إلى أن …, or in the
    reporter's own words is still the event's). A content opening with the reporter's pronoun or forces
    (أعلن الجيش أنه قصف، أن قواته) makes the reporter the subject instead; the one who announces a
    deal, talks or a refusal is a party to it (SPEAKER_IS_PARTY), so those keep the reporter.

    Returns (mentions to search, the reporters' entity ids, the reporter who is the subject)."""
    frames = doc.syntax.frames_over(t.first)
    if not frames or t.type in SPEAKER_IS_PARTY:
        return doc.mentions, frozenset(), None
    inner = frames[-1]
    if _pronoun_complement(doc.words, inner.content[0] + 1):     # the words after أن
        own = next((m.entity for m in doc.mentions if inner.reports(m.first)), None)
        return doc.mentions, frozenset(), own
    # a place in the reporter's words (المتحدث باسم الدفاع المدني في حلب) stays: where the reporter
    # sits is, in local news, where the reported act happened; it only can no longer be a party
    out = {id(m) for f in frames for m in doc.mentions if f.reports(m.first) and not is_place(m)}
    return [m for m in doc.mentions if id(m) not in out], \
        frozenset(m.entity.id for m in doc.mentions if id(m) in out), None


def _used_by(doc: _Doc, t: Trigger, actor, s_rng: tuple[int, int]) -> bool:
    """استشهد ستة برصاص الحرس: the name the rules took as the verb's subject stands after it as the
    owner of a بـ instrument, so it is the doer already, not the victim."""
    return actor is not None and any(m.entity is actor and t.last < m.first < s_rng[1] and after_b_noun(doc.words, m.first)
                                     for m in doc.mentions)


OWN_DEAD_REACH = 4    # words between a casualty word and "من جنوده" on either side


def _own_dead(words, t: Trigger, clause: tuple[int, int]) -> bool:
    """مقتل خمسة من جنوده، أن ثلاثة من عناصرها قتلوا: the dead are the speaker's own men."""
    own = argument_markers().own
    lo, hi = max(clause[0], t.first - OWN_DEAD_REACH), min(clause[1], t.last + 1 + OWN_DEAD_REACH)
    return any(r.key in own and r.suffix in ("ه", "ها", "هم") for j in range(lo, hi) if j < t.first or j > t.last
               for r in readings(words[j].norm))


def _first_person(words, t: Trigger) -> bool:
    """قصفنا، استهدفنا, or سنواصل / سنرد right before it: the speaker's side speaks of its own act."""
    if any(r.key == t.form.form[0] and r.suffix == "نا" for r in readings(words[t.first].norm)):
        return True
    if t.first == 0:
        return False
    prev = words[t.first - 1].norm
    prev = prev[1:] if prev[:1] in ("و", "ف") else prev
    return prev.startswith("سن") and len(prev) >= 5


def _speaker_side(doc: _Doc, a: Attribution, types: tuple[str, ...] = ("ORG",)):
    """The organisation named in a speaker's title (أبو عبيدة الناطق باسم كتائب القسام), else None."""
    return next((m.entity for m in doc.mentions if m.describes_speaker and m.entity.type in types
                 and a.cue.end <= m.start and m.end <= a.content.start), None)


def _named_after(doc: _Doc, t: Trigger) -> bool:
    """A party or place named right after the trigger (القصف على دوما، الهجوم التركي): news of its own."""
    return any(t.last < m.first <= t.last + 2 for m in doc.mentions)


def _acted_upon(words, t: Trigger) -> bool:
    """على المتظاهرين، للمحتجين: the participants are the object of another act."""
    if t.first > 0 and words[t.first - 1].norm in argument_markers().acted_upon:
        return True
    return any(r.prefix.endswith(("ل", "لل")) and not r.prefix.endswith("ال")
               for r in readings(words[t.first].norm) if r.key == t.form.form[0])


def _disputes(events: list[Event], article: Article, denials: set[int] = frozenset(),
              answered: list[int] = ()) -> list[Event]:
    """One source says it happened, another says it did not: the event is disputed. The denial
    itself (لم يعلن التوصل لأي اتفاق) is then that source's statement, not a second event."""
    speakers = {a.id: (a.speaker or a.speaker_text) for a in article.attributions}
    dropped: set[int] = set()
    for d in events:
        # the denier: the source of the denial, else (نفت الحركة وقوع أي قصف) the party that denies
        denier = speakers.get(d.source) if d.source is not None else d.actor if d.trigger.start in denials else None
        if d.status != "denied" or denier is None:
            continue
        # the same party's act, or (when either leaves the doer unnamed) the last such act reported before
        claims = [a for a in events if a is not d and a.type == d.type and a.status == "asserted"
                  and speakers.get(a.source) != denier
                  and ((d.actor in (a.actor, a.target) if a.actor and d.actor else a.trigger.start < d.trigger.start)
                       # نفى الجيش سقوط البلدة: the other side denies the claim just before
                       or (d.trigger.start in denials and 0 <= d.trigger.start - a.trigger.end < DENIAL_REACH))]
        if claims:
            a = next((c for c in claims if d.actor and c.actor == d.actor), claims[-1])
            a.status = "disputed"
            dropped.add(id(d))
    # a denial with no event of its own (ونفت الحركة ذلك): the denier's reported act just before it
    coded = [v.trigger for v in events]
    for att in article.attributions:
        if att.stance != "DENY" or att.content is None or not att.speaker \
                or any(att.content.start <= t.start < att.content.end for t in coded):
            continue
        before = [v for v in events if v.trigger.end <= att.cue.start and v.status == "asserted"
                  and att.speaker in (v.actor, v.target) and speakers.get(v.source) != speakers.get(att.id)
                  and att.cue.start - v.trigger.end < DENIAL_REACH]
        if before:
            before[-1].status = "disputed"
    # نفى الجيش ذلك with no attribution read: the report just before it is disputed
    for at in answered:
        before = [v for v in events if v.trigger.end <= at and v.status == "asserted" and at - v.trigger.end < DENIAL_REACH]
        if before:
            before[-1].status = "disputed"
    return [v for v in events if id(v) not in dropped]


def _carry_arguments(events: list[Event], text: str, places: frozenset[str] = frozenset()) -> list[Event]:
    """A running report names the attacker once (قصفت القوات التركية … وطال القصف …): an event of
    the same type whose doer (or target) is unnamed in its sentence takes the last one named,
    if that was named within the last few paragraphs."""
    last: dict[tuple[str, str], tuple[str, int]] = {}
    paragraph = 0
    prev_end = 0
    place: tuple[str, int] | None = None
    for v in events:
        paragraph += text.count("\n", prev_end, v.trigger.start)
        prev_end = v.trigger.end
        recent = {k: val for k, (val, p) in last.items() if paragraph - p <= CARRY_PARAGRAPHS}
        # and the place: the last one named in the same paragraph
        if v.location is None and place is not None and place[1] == paragraph:
            v.location = place[0]
        elif v.location is not None:
            place = (v.location, paragraph)
        # the terms of a deal (خروج المقاتلين، تسليم السلاح) are carried out by the party that agreed
        if v.type == "RETREAT" and v.actor is None and ("AGREE", "actor") in recent and ("RETREAT", "actor") not in recent:
            v.actor = recent[("AGREE", "actor")]
        for role in ("actor", "target"):
            value = getattr(v, role)
            if value is None and (v.type, role) in recent and v.status != "denied" \
                    and recent[(v.type, role)] not in (v.actor, v.target):
                setattr(v, role, recent[(v.type, role)])
            elif value is not None and (role == "target" or value not in places):
                last[(v.type, role)] = (value, paragraph)
    return events


def _fill(first: Event, other: Event) -> None:
    for name in ("actor", "target", "location", "time", "mode"):
        value = getattr(other, name)
        if getattr(first, name) is None and value is not None \
                and not (name in ("actor", "target") and value in (first.actor, first.target)):
            setattr(first, name, value)


def _one_per_clause(events: list[tuple[Trigger, Event, tuple[int, int], tuple[int, int]]],
                    own_dead: set[int] = frozenset()) -> list[Event]:
    """Merge events of one type in one clause (توصلت … إلى اتفاق): keep the first, fill its gaps.

    A casualty (مقتل، إصابة) joins the first attack its sentence names, else the first casualty there.
    """
    kept: dict[tuple, Event] = {}
    attack_in: dict[tuple[int, int], Event] = {}
    out: list[Event] = []
    for t, v, clause, sentence in events:
        if t.form.result:
            continue
        first = kept.get((v.type, clause))
        if first is not None:
            _fill(first, v)
            continue
        kept[(v.type, clause)] = v
        if v.type == "ASSAULT":
            attack_in.setdefault(sentence, v)
        out.append(v)
    for t, v, _clause, sentence in events:
        if not t.form.result:
            continue
        first = attack_in.get(sentence)
        if first is not None:
            # the attack hit a place; the casualties name the party that was hit
            if first.target is not None and first.target == first.location and v.target not in (None, v.location, first.actor):
                first.target = v.target
            elif t.span.start in own_dead and v.target == first.actor and first.target in (None, first.location):
                first.actor, first.target = None, v.target   # مقتل خمسة من جنوده في هجوم: they were hit, not hitting
            _fill(first, v)
            continue
        attack_in[sentence] = v
        out.append(v)
    out.sort(key=lambda v: v.trigger.start)
    return out

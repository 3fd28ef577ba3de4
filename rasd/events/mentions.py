"""The entity mentions an event's arguments are chosen from, each with the role its marker gives it
(markers.py), and whether a mention is a place."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rasd.entities.lexicon import lexicon as entity_lexicon
from rasd.events.lexicon import NISBA, Word, argument_markers, keys, readings
from rasd.events.markers import _marker
from rasd.geo.gazetteer import capital_codes
from rasd.model import Entity
from rasd.syntax import after_venue, is_dateline, scene_subject
from rasd.text import normalize


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entity: Entity
    first: int            # index of the word it starts in
    last: int             # index of the word it ends in
    role: str | None      # agent, target, partner, place, coord, or None (no marker)
    marker: str           # the marker as written (normalised), '' if none
    place_noun: bool      # preceded by a place noun (مدينة دوما): a place, not a party
    adjective: bool = False   # a state named by its adjective (الهجوم التركي): the doer when it follows a noun
    describes_speaker: bool = False   # in the words naming a speaker (الأمين العام للأمم المتحدة): not a party
    dateline: bool = False    # the place the report is filed from (جنين - …): a place, never a party
    title_first: int | None = None   # for a person, the first word of the title before the name

    @property
    def opening(self) -> int:
        """The first word of the mention with its title (وقائد قسد مظلوم عبدي opens at وقائد)."""
        return self.title_first if self.title_first is not None and self.title_first < self.first else self.first


def _nisba_stem(name: str) -> str:
    """The stem a state's adjective is built on: روسيا → روس (الروسية)، مصر → مصر (المصري)، العراق → عراق."""
    n = normalize(name)
    n = n[2:] if n.startswith("ال") else n
    return n[:-2] if n.endswith(("يا", "يه")) else n


def _adjective_mentions(entities: list[Entity], words: list[Word], taken: list[tuple[int, int]]) -> list[tuple[int, int, Entity]]:
    """Words that name a state by its adjective (المقاتلات الإسرائيلية، بدعم جوي روسي، بالشروط الروسية):
    they point to the article's entity for that state, so the adjective can be an argument."""
    stems = {}
    for e in entities:
        if e.type == "GPE" and " " not in e.name.strip():
            stem = _nisba_stem(e.name)
            if len(stem) >= 3:
                stems[stem] = e
    if not stems:
        return []
    out = []
    stem_set = frozenset(stems)
    person_starts = {m.start for e in entities if e.type == "PERSON" for m in e.mentions}
    for k, w in enumerate(words):
        if stem_set.isdisjoint(keys(w.norm)) or any(s <= w.start < e for s, e in taken):
            continue
        if k > 0 and any(s <= words[k - 1].start < e for s, e in taken):
            continue                    # وكالة سبوتنيك الروسية: it describes the name before it
        if k + 1 < len(words) and words[k + 1].start in person_starts:
            continue                    # الرئيس الصومالي حسن شيخ محمود: the title of the person after it
        for r in readings(w.norm):
            if r.suffix in NISBA and r.key in stems:
                out.append((w.start, w.end, stems[r.key]))
                break
    return out


def mentions_of(entities: list[Entity], words: list[Word], text: str) -> list[Mention]:
    starts = [w.start for w in words]
    out = []
    taken = [(m.start, m.end) for e in entities for m in e.mentions]
    for start, end, e in _adjective_mentions(entities, words, taken):
        first = max(0, bisect_right(starts, start) - 1)
        place_noun = first > 0 and any(r.key in argument_markers().place_nouns for r in readings(words[first - 1].norm))
        role, marker, _ = _marker(words, first, start, text)
        if role != "sponsor":                       # بجهود مصرية، بضمانة روسية: the state stood behind it
            role, marker = None, ""
        out.append(Mention(start, end, e, first, first, role, marker, place_noun, adjective=True))
    for e in entities:
        for m in e.mentions:
            first = max(0, bisect_right(starts, m.start) - 1)
            last = max(first, bisect_left(starts, m.end) - 1)
            role, marker, place_noun = _marker(words, first, m.start, text, own_waw=normalize(e.name).startswith("و"))
            if last > first and any(r.key in argument_markers().place_nouns for r in readings(words[first].norm)):
                place_noun = True                                # the mention itself opens with مدينة، بلدة …
            out.append(Mention(m.start, m.end, e, first, last, role, marker, place_noun))
    out.sort(key=lambda x: (x.start, -x.end))
    for prev, m in zip(out, out[1:]):     # عربين وجوبر وزملكا: a coordinated name shares the place reading
        if m.role == "coord" and m.first - prev.last <= 2 and (prev.place_noun or prev.role == "place"):
            m.place_noun = True
            m.role = "place" if prev.role == "place" else m.role
    for m in out:          # شهدت الضفة الغربية اقتحامات: the subject of a scene verb is where it happened
        if m.role is None and not m.adjective and scene_subject(words, m.first):
            m.role = "place"
        elif m.entity.type == "GPE" and not m.adjective and after_venue(words, m.first):
            m.role = "place"                 # العقوبات التي أقرتها قمة أبوجا: where the summit met
        elif not m.adjective and is_dateline(text, m.start, m.end):     # «جنين - واصلت …»: where it is filed from
            m.role, m.place_noun, m.dateline = "place", True, True
    _in_titles(out, words)
    # a name the article once calls a town (مدينة دوما) is a place wherever it stands; so is a town
    # that is neither a state nor a capital (which may stand for its state: أعلنت أنقرة)
    towns = {id(m.entity) for m in out if m.entity.type == "GPE" and (m.place_noun or not _state_or_capital(m.entity))}
    for m in out:
        if id(m.entity) in towns and not m.adjective:     # الغارات الإسرائيلية: an adjective names the state, never a town
            m.place_noun = True
    return out


TITLE_REACH = 6     # words a title's qualifiers run over before the person it names


def _in_titles(out: list[Mention], words: list[Word]) -> None:
    """Names in the title of a person named right after it (زار الأمين العام للأمم المتحدة أنطونيو
    غوتيريش، قائد الجيش السوداني عبد الفتاح البرهان) describe that person: he is the party, not they."""
    for p in out:
        if p.entity.type != "PERSON":
            continue
        k = next((k for k in range(p.first - 1, max(-1, p.first - 1 - TITLE_REACH), -1) if is_title(words[k].norm)), None)
        if k is None:
            continue
        p.title_first = k
        if p.role is None and words[k].norm[:1] == "و" and is_title(words[k].norm[1:]):
            p.role, p.marker = "coord", "و"        # …، وقائد قسد مظلوم عبدي: joined to the party before him
        for m in out:
            if m is not p and k < m.first and m.last < p.first and m.entity.type != "PERSON":
                m.describes_speaker = True


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return entity_lexicon().titles | argument_markers().titles


def is_title(norm: str) -> bool:
    """A title or role before a name (الأمين، وزير، والقائم), with or without و, or with لـ or بـ
    (لزعيم الحزب فلان، للرئيس: the preposition is on the title, the name is its object)."""
    titles = _titles()
    if norm in titles or norm.removeprefix("و") in titles:
        return True
    bare = norm[1:] if norm[:1] == "و" and len(norm) > 4 else norm
    return bare[:1] in ("ل", "ب") and (bare[1:] in titles or bare.startswith("لل") and "ا" + bare[1:] in titles)


@lru_cache(maxsize=1)
def _states_and_capitals() -> frozenset[str]:
    lex = entity_lexicon()
    return frozenset(normalize(n) for n in lex.country_name.values()) | frozenset(capital_codes())


def _state_or_capital(e: Entity) -> bool:
    """A country (by its display name) or a capital: the GPEs that act."""
    return " ".join(normalize(e.name).split()) in _states_and_capitals()


def is_place(m: Mention) -> bool:
    """A place here: a location or facility, or a town (مدينة دوما، في دوما)."""
    return m.entity.type in ("LOC", "FAC") or (m.entity.type == "GPE" and (m.place_noun or m.role == "place"))

"""Within-article merging: every mention of one real-world entity under one id.

- mentions with one identity key are one entity (lexicon variants share the key: قسد = قوات سوريا
  الديمقراطية; sides and demonyms share their country's key: الروس، الجانب الروسي → روسيا);
- a shorter organisation name that is the longer one without its head, or its opening words, is the
  same organisation (أحرار الشام → حركة أحرار الشام، المرصد السوري → المرصد السوري لحقوق الإنسان);
- a force of a named body belongs to it (ميليشيات الأسد، قوات النظام → نظام الأسد);
- a person's surname alone refers to the person named in full (بيرقدار → حمزة بيرقدار);
- a definite head alone refers back to the last entity it fits (الوكالة → the agency last named).
The most complete form becomes the entity's name.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rasd.entities.lexicon import Lexicon, army_country, bare, lexicon
from rasd.entities.recognize import COMMON_WORDS
from rasd.entities.words import _LOCATIVE, Mention, Word, offset_after, readings
from rasd.geo.gazetteer import capital_codes
from rasd.model import Entity, Span
from rasd.resources import load_gz_words
from rasd.syntax.dateline import is_dateline
from rasd.syntax.voice import scene_verb
from rasd.text import normalize

_LOOSE = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE", "ORG": "ORG", "MEDIA": "ORG", "PERSON": "PERSON"}


@lru_cache(maxsize=None)
def _heads_with(role: str) -> frozenset[str]:
    """The normalised words name_parts.tsv gives a role (droppable, outlet, areaname …)."""
    return frozenset(w for w, roles in lexicon().parts.items() if role in roles)


@lru_cache(maxsize=1 << 14)
def name_words(text: str) -> tuple[str, ...]:
    return tuple(bare(w) for w in normalize(text).split() if w[:1].isalpha())


@dataclass(slots=True)
class Group:
    key: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    extra: list[tuple[int, int]] = field(default_factory=list)     # anaphor and surname mentions

    @property
    def first(self) -> int:
        return min([m.start for m in self.mentions] + [s for s, _ in self.extra])

    def words(self) -> set[tuple[str, ...]]:
        return {name_words(m.name) for m in self.mentions} | {name_words(m.surface) for m in self.mentions}

    def heads(self) -> set[str]:
        return {m.head for m in self.mentions if m.head}


def _key(m: Mention) -> str:
    if m.key:
        return m.key
    return _LOOSE[m.type] + ":" + " ".join(name_words(m.name))


def build_entities(text: str, ws: list[Word], mentions: list[Mention], lex: Lexicon) -> list[Entity]:
    groups: dict[str, Group] = {}
    forces: list[Mention] = []
    aliases = []
    for m in mentions:
        if m.role == "force":
            forces.append(m)
            continue
        if m.alias_of is not None:
            aliases.append(m)
            continue
        k = _key(m)
        g = groups.get(k)
        if g is None:
            g = groups[k] = Group(k, m.type)
        g.mentions.append(m)
    for m in aliases:                       # (حماس) after حركة المقاومة الإسلامية: the group of that name
        owner = next((g for g in groups.values() if m.alias_of in g.mentions), None)
        if owner is None:
            owner = groups.setdefault(_key(m), Group(_key(m), m.type))
        elif _key(m) in groups and groups[_key(m)] is not owner:
            other = groups.pop(_key(m))
            owner.mentions.extend(other.mentions)
        owner.mentions.append(m)
    _merge_short_names(groups)
    for m in forces:
        core = tuple(bare(w) for w in m.core)
        # القوات التركية: a country's forces are an actor of their own, not its ministry or the state
        national = all(w in lex.adjective_of for w in m.core)
        # قوات الاحتلال الإسرائيلي beside الجيش الإسرائيلي: the forces of that state are its army
        # قوات الاحتلال، قوات الأمن: forces named by their stance or service are the one army named
        security = _security_force(m, lex)
        if any(w in lex.adjective_of for w in m.core):
            army = _national_army(groups, m, lex)
            if army is None and "aircraft" in lex.parts.get(bare(m.head or ""), ()):
                army = _state_of(groups, m, lex)     # الطائرات الإسرائيلية with no army named: إسرائيل
        elif security or (core and all("occupier" in lex.parts.get(w, ()) for w in m.core)):
            army = _only_army(groups, lex)
        else:
            army = None
        target = army if army is not None or national else None if security else _owner(groups, core, m)
        if target is None and not security and not _standalone_force(m, lex):
            continue
        if target is None:
            k = "ORG:" + " ".join(name_words(m.name))
            target = groups.setdefault(k, Group(k, "ORG"))
        target.mentions.append(m)
    _merge_short_names(groups)
    _capitals_as_states(text, ws, groups)
    covered = _covered(groups)
    _surnames(text, ws, groups, covered)
    _opening_words(ws, groups, covered)
    _anaphors(ws, groups, covered, lex)
    ordered = sorted(groups.values(), key=lambda g: g.first)
    out = []
    for n, g in enumerate(ordered, 1):
        spans = [Span.of(text, m.start, m.end) for m in g.mentions] + [Span.of(text, s, e) for s, e in g.extra]
        spans = sorted(set(spans), key=lambda s: s.start)
        out.append(Entity(f"E{n}", _type(g), _name(g, lex), spans))
    return out


def _type(g: Group) -> str:
    types = [m.type for m in g.mentions if m.role == "name"] or [m.type for m in g.mentions]
    return max(set(types), key=lambda t: (types.count(t), -types.index(t)))


def _name(g: Group, lex: Lexicon) -> str:
    """The lexicon's display name when a lexicon knows the entity, else its most complete form."""
    if g.key.startswith("country:"):
        return lex.country_name[g.key.split(":", 1)[1]]
    for m in g.mentions:
        if m.key and m.certainty == 3:
            return m.name
    named = [m for m in g.mentions if m.role == "name"] or g.mentions
    return max(named, key=lambda m: (len(name_words(m.name)), -m.start)).name


def _merge_short_names(groups: dict[str, Group]) -> None:
    """Merge an organisation or person named by part of a longer name into the longer one."""
    words = {g.key: g.words() for g in groups.values()}
    longest = {k: max(len(w) for w in ws) for k, ws in words.items()}
    items = sorted(groups.values(), key=lambda g: -longest[g.key])
    for short in sorted(groups.values(), key=lambda g: longest[g.key]):
        if short.key not in groups or short.key.startswith("country:"):
            continue
        sw = {w for w in words[short.key] if w}
        if not sw:
            continue                         # no words to find in a longer name
        shortest = min(len(w) for w in sw)   # once per name, not once per pair of names
        loose = _LOOSE[short.type]
        part_of = _place_part_of if loose == "PLACE" else _part_of
        for long in items:
            if long is short or long.key not in groups or _LOOSE[long.type] != loose \
                    or longest[long.key] <= shortest:
                continue
            heads = long.heads()
            if any(part_of(s, lw, heads) or (short.type == long.type == "PERSON" and _surname_of(s, lw))
                   for s in sw for lw in words[long.key]):
                long.mentions.extend(short.mentions)
                long.extra.extend(short.extra)
                words[long.key] = words[long.key] | sw
                del groups[short.key]
                break


def _part_of(short: tuple[str, ...], long: tuple[str, ...], long_heads: set[str]) -> bool:
    if len(short) >= len(long) or not short:
        return False
    if long[1:] == short and (long[0] in long_heads or long[0] in _heads_with("droppable")):
        return True        # the name without its head (أحرار الشام ← حركة أحرار الشام)
    if len(short) >= 2 and long[:len(short)] == short:
        return True        # its opening words (المرصد السوري …)
    # التلفزيون السوري ⊂ التلفزيون الرسمي السوري: the same head, the longer adds only adjectives
    return len(short) >= 2 and short[0] == long[0] and set(short) <= set(long) \
        and all(_adjective_like(w) for w in long if w not in short)


def _surname_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """بيرقدار → حمزة بيرقدار: a person named by the last word of a longer name (the tagger finds
    such repeated surnames as names of their own)."""
    return len(short) == 1 and len(long) >= 2 and long[-1] == short[0] and len(short[0]) > 2


def _adjective_like(word: str) -> bool:
    return word.endswith(("ي", "يه")) and len(word) >= 3


def _place_part_of(short: tuple[str, ...], long: tuple[str, ...], long_heads: set[str]) -> bool:
    """الغوطة → الغوطة الشرقية (its opening words); غزة → قطاع غزة (the area it names)."""
    if len(short) >= len(long) or not short:
        return False
    return long[:len(short)] == short or (long[0] in _heads_with("areaname") and long[1:] == short)


def _owner(groups: dict[str, Group], core: tuple[str, ...], m: Mention) -> Group | None:
    """The entity a force belongs to: one of whose names contains the force's core words
    (organisations before states: قوات الاحتلال الإسرائيلي → the army, not the state)."""
    if not core:
        return None
    best = None
    for g in groups.values():
        if g.type not in ("ORG", "GPE"):
            continue
        for w in g.words():
            if set(core) <= set(w) or (len(w) >= 2 and set(w) <= set(core)):
                rank = (g.type in ("ORG", "MEDIA"), -abs(g.first - m.start))
                if best is None or rank > best[0]:
                    best = (rank, g)
    return best[1] if best else None


def _army_country(mention: Mention, lex: Lexicon) -> str | None:
    """The country of a national army's or national forces' mention (الجيش التركي، القوات الصومالية →
    TR, SO), else None."""
    return army_country(mention.surface or mention.name, lex, ("جيش", "قوات"))


def _nationalities(m: Mention, lex: Lexicon) -> set[str]:
    """The country codes a force's nationality adjectives name (القوات التركية → TR)."""
    return {lex.adjective_of[w] for w in m.core if w in lex.adjective_of}


def _national_army(groups: dict[str, Group], m: Mention, lex: Lexicon) -> Group | None:
    """The country's army when the article names it (القوات التركية → الجيش التركي)."""
    codes = _nationalities(m, lex)
    return next((g for g in groups.values() if any(_army_country(x, lex) in codes for x in g.mentions)), None)


def _state_of(groups: dict[str, Group], m: Mention, lex: Lexicon) -> Group | None:
    """The state a force's nationality adjective names, when the article names it."""
    return next((groups[k] for k in ("country:" + c for c in sorted(_nationalities(m, lex))) if k in groups), None)


def _only_army(groups: dict[str, Group], lex: Lexicon) -> Group | None:
    """قوات الاحتلال: the one national army (جيش + a country's adjective) the article names, else None."""
    armies = [g for g in groups.values() if any(_army_country(x, lex) for x in g.mentions)]
    return armies[0] if len(armies) == 1 else None


def _security_force(m: Mention, lex: Lexicon) -> bool:
    """قوات الأمن، قوات الشرطة: the forces of a security service, named by it alone."""
    core = [w for w in m.core if w]
    return bool(core) and bare(m.head or "") in ("قوات", "قوي") \
        and all("security" in lex.parts.get(w, ()) for w in core)


def _standalone_force(m: Mention, lex: Lexicon) -> bool:
    """Whether a force with no named owner is an actor of its own: قوات النظام، القوات التركية,
    القوات الحكومية are; قوات الأمن، القوات المسلحة، العناصر الإرهابية، فصائل معارضة are not."""
    core = [w for w in m.core if w]
    if not core:
        return False
    if all(w in lex.adjective_of for w in core):
        return True                          # قوات إسرائيلية: a state's forces, as القوات الإسرائيلية
    definite_head = m.surface[:2] == "ال" or normalize(m.surface).split()[0].startswith("ال")
    if definite_head:
        return any(w in lex.adjective_of or "state" in lex.parts.get(w, ()) for w in core)
    nouns = [w for w in core if w.startswith("ال") and w not in lex.adjective_of]
    if len(nouns) >= 2 and "adjective" in lex.parts.get(nouns[-1], ()) and "generic" not in lex.parts.get(nouns[-1], ()):
        return True                          # قوات الأمن العام: a service named with its adjective
    return bool(nouns) and not any("generic" in lex.parts.get(w, ()) for w in nouns)


def _covered(groups: dict[str, Group]) -> set[int]:
    out: set[int] = set()
    for g in groups.values():
        for m in g.mentions:
            out.update(range(m.start, m.end))
    return out


def _surnames(text: str, ws: list[Word], groups: dict[str, Group], covered: set[int]) -> None:
    """A person's surname alone (بيرقدار، وبيرقدار، (علوش)) refers to the person named in full."""
    by_surname: dict[str, Group] = {}
    common = load_gz_words(COMMON_WORDS)      # الأمين، الشعر alone are a word, not the man
    for g in groups.values():
        if g.type != "PERSON":
            continue
        for m in g.mentions:
            parts = m.name.split()
            if len(parts) >= 2 and (last := normalize(parts[-1])) not in common:
                by_surname.setdefault(last, g)
    if not by_surname:
        return
    for w in ws:
        if w.start in covered or not w.is_word:
            continue
        for p, stem in readings(w.norm)[:2]:
            g = by_surname.get(stem)
            if g is not None:
                s = offset_after(w, p)
                g.extra.append((s, w.end))
                covered.update(range(s, w.end))
                break


def _opening_words(ws: list[Word], groups: dict[str, Group], covered: set[int]) -> None:
    """جهاز الردع after جهاز الردع لمكافحة الجريمة المنظمة: an organisation's head and first word,
    written again later, name it when no other organisation's name opens so."""
    owners: dict[tuple[str, str], Group | None] = {}
    for g in groups.values():
        if _LOOSE[g.type] != "ORG":
            continue
        for m in g.mentions:
            words = normalize(m.name).split()
            if len(words) >= 3 and m.head and words[1].startswith("ال"):
                pair = (bare(words[0]), bare(words[1]))
                owners[pair] = g if owners.get(pair, g) is g else None     # two bodies open so: neither
    if not owners:
        return
    firsts = {a for a, _ in owners}
    for i in range(len(ws) - 1):
        w, nxt = ws[i], ws[i + 1]
        if w.start in covered or nxt.start in covered or not (w.is_word and nxt.is_word):
            continue
        for p, stem in readings(w.norm)[:3]:
            if bare(stem) in firsts and (g := owners.get((bare(stem), bare(nxt.norm)))) is not None:
                s = offset_after(w, p)
                g.extra.append((s, nxt.end))
                covered.update(range(s, nxt.end))
                break


def _anaphors(ws: list[Word], groups: dict[str, Group], covered: set[int], lex: Lexicon) -> None:
    """الوكالة، الحركة، الهيئة … alone: the last entity named with that head (or, for outlets, the last outlet);
    an institution's head (الجيش، الشرطة) that refers back to nothing is the state's own body."""
    anaphors = _heads_with("anaphor")             # made once, not once an article
    institutions = _heads_with("institution")
    for i, w in enumerate(ws):
        if w.start in covered or not w.is_word:
            continue
        for p, stem in readings(w.norm)[:3]:
            if stem not in anaphors:
                continue
            # a definite head followed by an adjective or a name is a description, not an anaphor
            if i + 1 < len(ws) and ws[i + 1].is_word and ws[i + 1].norm.startswith("ال") \
                    and ws[i + 1].norm not in lex.stop:
                break
            head = stem[2:]
            types = ("MEDIA",) if head in _heads_with("outlet") else None
            best = None
            for g in groups.values():
                if g.first >= w.start:
                    continue
                fits = (g.type in types) if types else (head in g.heads() or any(head in ww for ww in g.words()))
                if fits and (best is None or g.first > best.first):
                    best = g
            if best is None and stem in institutions and not any(head in g.heads() for g in groups.values()):
                # قال الجيش في بيان، داهمت الشرطة المكتب: the state's own army or police, named by its head alone
                s = offset_after(w, p)
                m = Mention(i, i + 1, s, w.end, "ORG", ws[i].text[s - w.start:], certainty=1, head=head,
                            surface=ws[i].text[s - w.start:])
                best = groups.setdefault("ORG:" + head, Group("ORG:" + head, "ORG"))
                best.mentions.append(m)
                covered.update(range(s, w.end))
            elif best is not None:
                s = offset_after(w, p)
                best.extra.append((s, w.end))
            break


def _as_place(text: str, ws: list[Word], m: Mention) -> bool:
    """The mention names the city: after a locative (في القاهرة، إلى أنقرة) or a scene verb (استضافته
    أديس أبابا), with ب/ل written on it (بموسكو، لواشنطن), or as a dateline («القاهرة - …»)."""
    prefix = text[ws[m.i].start:m.start]
    if any(ch in prefix for ch in "بلك") or (m.i > 0 and (ws[m.i - 1].norm in _LOCATIVE or scene_verb(ws[m.i - 1]))):
        return True                              # … and the subject of شهدت، استضافت is where it happened
    return is_dateline(text, m.start, m.end)


def _capitals_as_states(text: str, ws: list[Word], groups: dict[str, Group]) -> None:
    """أعلنت القاهرة، طالبت أنقرة: a capital that the article names only as a party, never as a place,
    stands for its state, as the press writes it, when the state is named too."""
    codes = capital_codes()
    for k, g in list(groups.items()):
        code = codes.get(" ".join(normalize(g.mentions[0].name).split())) if g.type == "GPE" and g.mentions else None
        state = groups.get(f"country:{code}") if code else None
        if state is None or state is g or g.extra or any(_as_place(text, ws, m) for m in g.mentions):
            continue
        state.mentions.extend(g.mentions)
        del groups[k]


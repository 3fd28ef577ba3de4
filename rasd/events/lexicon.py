"""The event stage's word matcher: Arabic words against stem lexicons, and the lexicons.

A lexicon form is a sequence of stems in normalised spelling. A word of the text matches a stem
when stripping a proclitic chain (و ف, then ب ل ك, then ال) and a pronoun or inflection suffix
leaves that stem; a stem written "~قصف" is an imperfect stem and matches after the imperfect
prefix (يـ تـ نـ أ), with سـ for the future. Each word's readings are computed once and cached,
so matching an article is a handful of dictionary look-ups per word.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from rasd.resources import load_list, load_rows
from rasd.text import normalize

WORD_RE = regex.compile(r"[\p{L}\p{M}\u0640]+")



def affixes(cls: str) -> tuple[str, ...]:
    """The affixes of one class of events/affixes.tsv (conj, prep, suffix, nisba …), in file order."""
    return tuple(normalize(a) for a, c in load_rows("events/affixes.tsv") if c == cls)


_CONJ = ("", *affixes("conj"))
_PREP = ("", *affixes("prep"))
_SUFFIXES = ("", *affixes("suffix"))
_FUTURE = affixes("future")
_IMPERFECT = "".join(affixes("imperfect"))


def _prefixes() -> tuple[tuple[str, bool], ...]:
    """(proclitic chain, future) pairs, longest first: وبال، لل (ل + ال)، سـ …"""
    out: set[tuple[str, bool]] = set()
    for c in _CONJ:
        for p in _PREP:
            out.add((c + p, False))
            out.add((c + p + "ال" if p != "ل" else c + "لل", False))
        for f in _FUTURE:
            out.add((c + f, True))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


_PREFIX_CHAINS = _prefixes()


# suffixes only a noun takes (plural and adjective endings), and only a verb takes
_NOUN_ONLY = frozenset(affixes("nounsuffix"))
_VERB_ONLY = frozenset(affixes("verbsuffix"))
NISBA = frozenset(affixes("nisba"))        # the relational-adjective endings (الروسية، التحذيرية)
# cue words (negation, plans, conditions) take a verb's person endings at most:
# بعدما is not بـ + عدم + ا, الشرطة is not ال + شرط + ه
_NOT_CUE = frozenset(_SUFFIXES) - frozenset(("", *affixes("cuesuffix")))


@dataclass(frozen=True, slots=True)
class Reading:
    key: str          # the stem, "~stem" for an imperfect stem
    prefix: str       # the proclitic chain stripped off (normalised)
    future: bool      # written with سـ
    suffix: str = ""  # the suffix stripped off


@lru_cache(maxsize=200_000)
def readings(word: str) -> tuple[Reading, ...]:
    """Every (stem, prefix) reading of one normalised word, the word itself first."""
    out: list[Reading] = []
    seen: set[tuple[str, str]] = set()
    suffixes = [sf for sf in _SUFFIXES if word.endswith(sf)]
    for prefix, future in _PREFIX_CHAINS:
        if prefix and not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        if len(rest) < 2:
            continue
        for suffix in suffixes:
            stem = rest[:len(rest) - len(suffix)] if suffix else rest
            if len(stem) < 2:
                continue
            stems = [stem]
            if suffix and stem.endswith("ت"):     # ta marbuta before a suffix: اسلحته = اسلحه + ه
                stems.append(stem[:-1] + "ه")
            elif suffix and stem.endswith(("اي", "او")):   # a final hamza seated before a suffix: لقائه = لقاء + ه
                stems.append(stem[:-1] + "ء")
            for s in stems:
                if not future and (s, prefix, suffix) not in seen:
                    seen.add((s, prefix, suffix))
                    out.append(Reading(s, prefix, False, suffix))
                if s[0] in _IMPERFECT and len(s) >= 3 and ("~" + s[1:], prefix, suffix) not in seen:
                    seen.add(("~" + s[1:], prefix, suffix))
                    out.append(Reading("~" + s[1:], prefix, future, suffix))
    out.sort(key=lambda r: (len(r.prefix), -len(r.key)))
    return tuple(out)


_NOUN_PREP = frozenset(affixes("nounprep"))


def _verb_prefix(prefix: str) -> bool:
    """A proclitic chain a verb trigger can take: not كـ, which only a noun takes (affixes.tsv nounprep;
    وكفرا is a village, no وكـ + فرّ). بـ and the article stay: a verbal noun is often written like its
    verb (بقتل، للضرب)."""
    return prefix.lstrip("".join(_CONJ)) not in _NOUN_PREP


@lru_cache(maxsize=200_000)
def keys(word: str, pos: str = "") -> frozenset[str]:
    """The stems a word can be read as; pos "V" or "N" leaves out the other's suffixes (and, for a
    verb, a noun's proclitics)."""
    banned = _VERB_ONLY if pos == "N" else _NOUN_ONLY if pos == "V" else _NOT_CUE if pos == "C" else ()
    return frozenset(r.key for r in readings(word) if r.suffix not in banned
                     and (pos != "V" or _verb_prefix(r.prefix)))


@lru_cache(maxsize=200_000)
def _ordered_keys(word: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(r.key for r in readings(word)))


def norm_form(form: str) -> tuple[str, ...]:
    """A lexicon form as a tuple of normalised stems ("~" kept)."""
    return tuple(w if not w.startswith("~") else "~" + normalize(w[1:]) for w in
                 (normalize(x) if not x.startswith("~") else x for x in form.split()))


def split_forms(field: str) -> list[tuple[str, ...]]:
    return [norm_form(f.strip()) for f in field.split(",") if f.strip()]


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    norm: str


_normalize_word = lru_cache(maxsize=200_000)(normalize)


def words_of(text: str, written: list | None = None) -> list[Word]:
    """The letter words of the text; from the segment stage's written words when given."""
    if written is not None:
        return [Word(t.start, t.end, t.norm) for t in written if t.is_word]
    return [Word(m.start(), m.end(), _normalize_word(m.group())) for m in WORD_RE.finditer(text)]


class PhraseIndex:
    """Multi-word forms indexed by their first stem; `match` finds the longest at a word."""

    def __init__(self, entries: list[tuple[tuple[str, ...], object]], pos: str = ""):
        self.pos = pos               # for payloads without their own part of speech ("C": cue words)
        self.by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for form, payload in entries:
            self.by_first.setdefault(form[0], []).append((form, payload))
        for lst in self.by_first.values():
            lst.sort(key=lambda e: -len(e[0]))
        self.firsts = frozenset(self.by_first)

    def match(self, words: list[Word], i: int) -> list[tuple[int, tuple[str, ...], object]]:
        """(length in words, form, payload) of every form starting at word i, longest first."""
        if self.firsts.isdisjoint(keys(words[i].norm)):      # the common case: nothing starts here
            return []
        first = _ordered_keys(words[i].norm)                 # the least stripped reading first
        out = []
        for k in first:
            for form, payload in self.by_first.get(k, ()):
                n = len(form)
                if i + n > len(words):
                    continue
                pos = getattr(payload, "pos", self.pos)
                if pos and k not in keys(words[i].norm, pos):
                    continue
                if all(form[j] in keys(words[i + j].norm, pos) for j in range(1, n)):
                    out.append((n, form, payload))
        out.sort(key=lambda x: -x[0])
        return out


@dataclass(frozen=True, slots=True)
class TriggerForm:
    type: str
    mode: str | None
    pos: str
    form: tuple[str, ...]
    govern: bool
    planned: bool
    result: bool
    silent: bool
    names: bool
    participant: bool = False   # المتظاهرين: the people taking part, an event only as a first mention
    spoken: bool = False        # سنرد بقوة: the act of speaking, made now whatever its tense
    suffered: bool = False      # استشهد، أصيب: the subject is the victim
    object_genitive: bool = False   # استهداف، اغتيال: the noun's genitive is the one acted upon
    continues: bool = False     # داعياً، متهمة: a participle continuing a statement, done by the one who speaks
    needs: frozenset[str] = frozenset()   # أطلق … النار: stems one of which must follow within NEEDS_REACH words
    mutual: bool = False        # اشتباكات، معارك: a fight between sides; the place it is fought in is not hit


@lru_cache(maxsize=None)
def trigger_index() -> PhraseIndex:
    entries = []
    for row in load_rows("events/triggers.tsv"):
        etype, mode, pos, forms = row[:4]
        flags = set(f.strip() for f in row[4].split(",")) if len(row) > 4 else set()
        needs = frozenset(normalize(x) for f in flags if f.startswith("needs=")
                          for x in f.removeprefix("needs=").split("|"))
        for form in split_forms(forms):
            entries.append((form, TriggerForm(etype, None if mode == "-" else mode, pos, form,
                                              "govern" in flags or "silent" in flags, "planned" in flags,
                                              "result" in flags, "silent" in flags, "names" in flags,
                                              "participant" in flags, "spoken" in flags, "suffered" in flags,
                                              "objgen" in flags, "continues" in flags, needs, "mutual" in flags)))
    return PhraseIndex(entries)


@lru_cache(maxsize=None)
def guards() -> tuple[PhraseIndex, frozenset[str], PhraseIndex, PhraseIndex]:
    """(guard phrases, words never triggers, sports and accident words, opinion openers)."""
    phrases, never, scenes, opinion = [], set(), [], []
    for kind, forms in load_rows("events/guards.tsv"):
        for form in split_forms(forms):
            if kind == "phrase":
                phrases.append((form, kind))
            elif kind in ("sport", "accident"):
                scenes.append((form, kind))
            elif kind in ("opinion", "teaser"):
                opinion.append((form, kind))
            elif kind == "toponym":
                continue
            else:
                never.update(form)
    return PhraseIndex(phrases), frozenset(never), PhraseIndex(scenes, pos="C"), PhraseIndex(opinion, pos="C")


@lru_cache(maxsize=None)
def senses() -> dict[str, frozenset[str]]:
    """Trigger stem → the following words that give it another sense (تظاهر … بالمرض: pretend)."""
    out: dict[str, set[str]] = {}
    for forms, following in load_rows("events/senses.tsv"):
        words = {w for form in split_forms(following) for w in form}
        for form in split_forms(forms):
            out.setdefault(form[0], set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=None)
def toponym_heads() -> frozenset[str]:
    """Words that open a place name (عين، تل، دير، كفر …): a verb-looking word after one is part of the name."""
    return frozenset(w for kind, forms in load_rows("events/guards.tsv") if kind == "toponym"
                     for form in split_forms(forms) for w in form)


@lru_cache(maxsize=None)
def status_cues() -> dict[tuple[str, str], PhraseIndex]:
    groups: dict[tuple[str, str], list] = {}
    for status, where, forms in load_rows("events/status_cues.tsv"):
        for form in split_forms(forms):
            groups.setdefault((status, where), []).append((form, status))
    return {k: PhraseIndex(v, pos="C") for k, v in groups.items()}


@dataclass(frozen=True, slots=True)
class Markers:
    phrases: PhraseIndex              # multi-word and whole-word markers → role
    clitics: dict[str, str]           # a proclitic letter → role
    place_nouns: frozenset[str]
    skip: frozenset[str]              # place nouns and other words passed over
    pair: frozenset[str]              # الطرفين، هما …
    undergo: frozenset[str]           # تعرض لـ
    relative: frozenset[str]          # الذي، التي …
    light: frozenset[str]             # شنّ، تنفيذ …
    preverbal: frozenset[str] = frozenset()   # قد، بدوره: words between a subject and its verb
    passive: frozenset[str] = frozenset()     # تمّ: a passive before a verbal noun
    own: frozenset[str] = frozenset()         # قوات، طائرات: with a pronoun, the speaker's own forces
    homeland: frozenset[str] = frozenset()    # بلاد، دولة: with a pronoun, the speaker's own state
    circumstance: frozenset[str] = frozenset()   # في، خلال، جراء: an event noun after it frames the clause
    recap: frozenset[str] = frozenset()          # وذلك: sums up the clause before; no subject reaches across it
    resumptive: frozenset[str] = frozenset()     # فيه، عليها: a preposition with the pronoun of a relative clause
    affiliation: frozenset[str] = frozenset()    # التابعة لـ، المدعومة من: the name after is a patron
    heading: frozenset[str] = frozenset()        # باتجاه، صوب: target markers that reach further
    acted_upon: frozenset[str] = frozenset()     # على، ضد before a participant noun: the object of another act
    spans: frozenset[str] = frozenset()          # أشهر، سنوات before من: a period of what follows (13 شهراً من المواجهات)
    lam_times: frozenset[str] = frozenset()      # للمرة، لليوم: a time with لـ, no object of the noun before
    venues: frozenset[str] = frozenset()         # قمة، مؤتمر: the name after is where they met (قمة أبوجا)
    routes: frozenset[str] = frozenset()         # الطريق، الحدود: بين after it names two places, not two parties
    titles: frozenset[str] = frozenset()         # القائم (بأعمال): roles the entity stage cannot list (a town's name too)
    followers: frozenset[str] = frozenset()      # أنصار، مؤيدو: the party named after them acts through them
    contrast: frozenset[str] = frozenset()       # فيما، بينما: open a clause of another scene; no party reaches across
    response: frozenset[str] = frozenset()       # رداً (على)، انتقاماً (لـ): the act after it is another party's
    defence: frozenset[str] = frozenset()        # الدفاع: a ministry of war, whose force is its state's army
    voice: frozenset[str] = frozenset()          # المتحدث، الناطق: a spokesman, whose words are his body's
    clause_pairs: frozenset[tuple[str, ...]] = frozenset()   # في حين، قبل أن: the same, in two words


# the arguments.tsv kinds that are plain word sets, and the Markers field each fills
_MARKER_SETS = {"undergo": "undergo", "relative": "relative", "light": "light", "preverbal": "preverbal",
                "passive": "passive", "own": "own", "homeland": "homeland", "circumstance": "circumstance", "recap": "recap",
                "resumptive": "resumptive", "affiliation": "affiliation", "heading": "heading",
                "actedupon": "acted_upon", "span": "spans", "lamtime": "lam_times", "venue": "venues",
                "route": "routes", "title": "titles",
                "contrast": "contrast", "followers": "followers", "response": "response",
                "defence": "defence", "voice": "voice"}


@lru_cache(maxsize=None)
def argument_markers() -> Markers:
    phrases, clitics, place_nouns, skip, pair, clause_pairs = [], {}, set(), set(), set(), set()
    sets: dict[str, set[str]] = {kind: set() for kind in _MARKER_SETS}
    for role, forms in load_rows("events/arguments.tsv"):
        for form in split_forms(forms):
            if role == "clausepair":
                clause_pairs.add(tuple(form))
            elif role == "heading":                     # a target marker that reaches further
                sets[role].update(form)
                phrases.append((form, "target"))
            elif role in sets:
                sets[role].update(form)
            elif role in ("skip", "placenoun"):
                skip.update(form)
                if role == "placenoun":
                    place_nouns.update(form)
            elif role == "pair":
                pair.update(form)
            elif len(form) == 1 and len(form[0]) == 1:
                clitics[form[0]] = role
            else:
                phrases.append((form, role))
    return Markers(PhraseIndex(phrases), clitics, frozenset(place_nouns), frozenset(skip), frozenset(pair),
                   clause_pairs=frozenset(clause_pairs),
                   **{field: frozenset(sets[kind]) for kind, field in _MARKER_SETS.items()})


@lru_cache(maxsize=1)
def _unarmed() -> tuple[str, ...]:
    return tuple(normalize(n) for n in load_list("events/unarmed.tsv"))


def unarmed(entity) -> bool:
    """A body that reports, monitors, mediates or relieves (events/unarmed.tsv), or an outlet: no doer
    of force."""
    if entity.type == "MEDIA":
        return True
    name = normalize(entity.name)
    return name.startswith(_unarmed()) or (name.startswith("ال") and name[2:].startswith(_unarmed()))


@lru_cache(maxsize=1)
def _armed_heads() -> frozenset[str]:
    return frozenset(normalize(n) for n in load_list("events/armed_heads.tsv"))


def armed(entity) -> bool:
    """A force by its name's head word (events/armed_heads.tsv: الجيش، قوات، كتائب …)."""
    words = normalize(entity.name).split()
    return bool(words) and words[0] in _armed_heads()


def force_noun(norm: str) -> bool:
    """A common noun of armed men or their arms (الطائرات، الميليشيات، قواته: events/armed_heads.tsv and
    the `own` words of arguments.tsv), which after a verb is its subject, not its object."""
    own, heads = argument_markers().own, _armed_heads()
    return any(r.key in own or r.key in heads or r.prefix.endswith("ال") and "ال" + r.key in heads
               for r in readings(norm))

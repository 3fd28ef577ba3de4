"""The entity stage's knowledge, loaded once from rasd/data/entities/ and rasd/data/geo/.

Everything is kept normalised (rasd.text.normalize) and split into words, so a matcher compares
word tuples. Phrase lexicons are indexed by their first word for a cheap lookup at each token.
"""
from __future__ import annotations

import gettext
from dataclasses import dataclass, field
from functools import lru_cache

from rasd.resources import load_list, load_rows
from rasd.text import normalize


def words(text: str) -> tuple[str, ...]:
    """Normalised words of a lexicon entry ("الأمم المتحدة" → ("الامم", "المتحده"))."""
    return tuple(normalize(text).replace("ـ", "").split())


def bare(norm: str) -> str:
    """A normalised word without its article, for comparing names (الأسد ~ أسد)."""
    if norm.startswith("لل") and len(norm) > 4:
        return norm[2:]
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


def army_country(name: str, lex: "Lexicon", heads: tuple[str, ...] = ("جيش",)) -> str | None:
    """The country of a national army named by its head and a country's adjective (الجيش التركي →
    TR; with heads=("جيش", "قوات") national forces too: القوات الصومالية → SO), else None."""
    ws = normalize(name).split()
    return lex.adjective_of.get(ws[1]) if len(ws) == 2 and bare(ws[0]) in heads else None


@dataclass(frozen=True, slots=True)
class Known:
    """A lexicon entry: what a matched phrase names."""
    type: str
    name: str               # display name (the canonical form)
    key: str                # identity within an article: entries with one key are one entity
    country: str | None = None


@dataclass(slots=True)
class PhraseIndex:
    """Phrases (word tuples) indexed by first word, longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], Known]]] = field(default_factory=dict)

    def add(self, phrase: tuple[str, ...], known: Known) -> None:
        if not phrase:
            return
        bucket = self.by_first.setdefault(phrase[0], [])
        if any(p == phrase for p, _ in bucket):
            return
        bucket.append((phrase, known))
        bucket.sort(key=lambda e: -len(e[0]))

    def match(self, first: str, rest: list[str]) -> tuple[int, Known] | None:
        """The longest phrase starting with `first` whose other words equal `rest`'s prefix."""
        for phrase, known in self.by_first.get(first, ()):
            n = len(phrase)
            # the second word first: most phrases of a bucket differ there (no tuple made for them)
            if n == 1 or (rest and rest[0] == phrase[1] and tuple(rest[:n - 1]) == phrase[1:]):
                return n, known
        return None


@dataclass(slots=True)
class Lexicon:
    names: PhraseIndex                      # actors, countries, regions
    heads: dict[str, tuple[str, str]]       # head word → (type, role)
    head_spelling: dict[str, str]           # normalised head → as the data file writes it
    definite_heads: frozenset[str]          # heads the data file writes only with the article (البحرية, not بحرية "freely")
    given: frozenset[str]
    titles: frozenset[str]
    stop: frozenset[str]
    adjective_of: dict[str, str]            # nisba adjective (both genders, with/without ال) → country code
    people_of: dict[str, str]               # plural demonym → country code
    country_name: dict[str, str]            # country code → display name
    directions: frozenset[str]
    area_nouns: frozenset[str]
    direction_adjectives: frozenset[str]
    parts: dict[str, frozenset[str]]        # word → roles (adjective, particle, place, anaphor)
    place_adjectives: frozenset[str]


def _country_rows():
    for row in load_rows("entities/countries.tsv"):
        code, names = row[0], [n for n in row[1].split("|") if n]
        adjectives = [a for a in (row[2].split("|") if len(row) > 2 else []) if a]
        people = [p for p in (row[3].split("|") if len(row) > 3 else []) if p]
        yield code, names, adjectives, people


def _pycountry_names() -> dict[str, str]:
    """Arabic ISO 3166 names from pycountry's gettext catalogue (code → name)."""
    try:
        import pycountry
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except (ImportError, OSError):
        return {}
    out = {}
    for c in pycountry.countries:
        name = tr.gettext(c.name)
        if name != c.name:
            out[c.alpha_2] = name
    return out


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    names = PhraseIndex()
    country_name: dict[str, str] = {}
    adjective_of: dict[str, str] = {}
    people_of: dict[str, str] = {}
    for code, forms, adjectives, people in _country_rows():
        country_name[code] = forms[0]
        known = Known("GPE", forms[0], "country:" + code, code)
        for form in forms:
            names.add(words(form), known)
        for adj in adjectives:
            for a in (adj, adj + "ة"):
                n = normalize(a)
                adjective_of[n] = code
                adjective_of["ال" + n] = code
        for p in people:
            people_of[normalize(p)] = code
    for code, name in _pycountry_names().items():
        known = Known("GPE", country_name.get(code, name), "country:" + code, code)
        country_name.setdefault(code, name)
        names.add(words(name), known)
    for row in load_rows("entities/actors.tsv") + load_rows("entities/outlets.tsv"):
        if len(row) > 3 and row[3] == "framed":
            continue                       # counted only where a statement frames it (attributions)
        typ, name = row[0], row[1]
        known = Known(typ, name, "actor:" + " ".join(words(name)))
        names.add(words(name), known)
        for alt in (row[2].split("|") if len(row) > 2 else []):
            if alt:
                names.add(words(alt), known)
    for row in load_rows("geo/regions.tsv"):
        typ, name = row[0], row[1]
        known = Known(typ, name, "region:" + " ".join(words(name)), row[3] or None)
        names.add(words(name), known)
        for alt in (row[2].split("|") if len(row) > 2 else []):
            if alt:
                names.add(words(alt), known)
    heads, head_spelling, written_bare = {}, {}, set()
    for row in load_rows("entities/heads.tsv"):
        head = normalize(row[0])
        if not (head.startswith("ال") and len(head) > 4):
            written_bare.add(head)
        head = head[2:] if head.startswith("ال") and len(head) > 4 else head
        heads[head] = (row[1], row[2])
        head_spelling[head] = row[0]
    roles = {normalize(r[0]): r[1] for r in load_rows("entities/nisba_regions.tsv")}
    stop = set()
    for line in load_list("entities/stopwords.tsv"):
        stop.update(normalize(w) for w in line.split())
    parts: dict[str, set[str]] = {}
    for row in load_rows("entities/name_parts.tsv"):
        parts.setdefault(normalize(row[0]), set()).add(row[1])
    return Lexicon(
        names=names, heads=heads, head_spelling=head_spelling, definite_heads=frozenset(heads) - written_bare,
        given=frozenset(normalize(r[0]) for r in load_rows("entities/given_names.tsv") if r[1:] != ("weak",)),
        titles=frozenset(normalize(t) for t in load_list("entities/titles.tsv") if " " not in t),
        stop=frozenset(stop), adjective_of=adjective_of, people_of=people_of, country_name=country_name,
        directions=frozenset(w for w, r in roles.items() if r == "direction"),
        area_nouns=frozenset(w for w, r in roles.items() if r == "area"),
        direction_adjectives=frozenset(w for w, r in roles.items() if r == "adjective" and " " not in w),
        parts={w: frozenset(r) for w, r in parts.items()},
        place_adjectives=frozenset(normalize(w) for line in load_list("entities/place_adjectives.tsv")
                                   for w in line.split()))

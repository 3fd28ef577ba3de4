"""Geo stage: coordinates for the article's places (issue 3).

Every GPE, LOC and FAC entity gets `geo` = {"lat", "lon", "country", "admin1", "source", "precision"}
or stays null when nothing locates it. Precision follows ACLED's geo_precision:
  1 — the place itself (a GeoNames town or village);
  2 — a part of a region or an area near a known place: a named region (الغوطة الشرقية), a district,
      quarter, camp, facility or rural area located by the town it names (قضاء دبس، معبر عربين،
      ريف حلب), or a place the gazetteer lacks,
      located by the region the text names around it or by a town listed with it;
  3 — a province or a country (a country itself, الشمال السوري, or a place known only by the country
      the article is about).

Ambiguous names are resolved by the article's countries: those it names and those of the places it
names unambiguously, with neighbours of those countries next (دوما is in Syria, not in Lebanon or
Germany, in an article about the Ghouta). A country name spelled like a foreign city (عمان: Oman,
Amman) is the city when the article speaks of the city's country and not of the other
(geo/homographs.tsv).
"""
from __future__ import annotations

import math

import regex
from collections import Counter
from functools import lru_cache

from rasd.entities.lexicon import bare, lexicon, words
from rasd.geo.gazetteer import Place, Region, gazetteer
from rasd.model import Article, Entity
from rasd.resources import load_rows
from rasd.text.tokens import tokenize

_PLACE_TYPES = ("GPE", "LOC", "FAC")
GEONAMES = "geonames"
REGIONS = "rasd regions"


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[float, float, str, tuple[str, ...]]]:
    return {r[0]: (float(r[1]), float(r[2]), r[3], tuple(x for x in (r[4] if len(r) > 4 else "").split(",") if x))
            for r in load_rows("geo/capitals.tsv")}


def _country_of(name: str) -> str | None:
    """The ISO code when `name` (or a mention) is a country's name."""
    ws = words(name)
    hit = lexicon().names.match(ws[0], list(ws[1:])) if ws else None
    if hit and hit[0] == len(ws) and hit[1].key.startswith("country:"):
        return hit[1].country
    return None


def _forms(e: Entity) -> list[str]:
    """Normalised lookup forms of an entity: its name and mentions, without clitics, place
    classifiers or direction adjectives (مدينة دوما → دوما; ريف حلب الجنوبي → حلب)."""
    lex = lexicon()
    out: list[str] = []
    regions = gazetteer().regions
    for text in [e.name, *[m.text for m in e.mentions]]:
        ws = list(words(text))
        if " ".join(ws) in regions and " ".join(ws) not in out:
            out.append(" ".join(ws))                 # a region named with its head (المنطقة الخضراء)
        while ws and (ws[0] in lex.heads or bare(ws[0]) in lex.heads):
            ws = ws[1:]
        variants = [list(ws)]
        # then without trailing adjectives (ريف حلب الجنوبي → حلب; مطار أبها الدولي → أبها)
        while len(ws) > 1 and (ws[-1] in lex.direction_adjectives or (ws[-1].startswith("ال")
                                                                    and ws[-1].endswith(("ي", "يه")))):
            ws = ws[:-1]
            variants.append(list(ws))
        for v in variants:
            if not v:
                continue
            form = " ".join(v)
            for candidate in (form, *([form[1:]] if form[:1] in "وبلف" and len(form) > 3 else [])):
                if candidate not in out:
                    out.append(candidate)
    return out


def _place_geo(p: Place, precision: int, source: str = GEONAMES) -> dict:
    return {"lat": p.lat, "lon": p.lon, "country": p.country,
            "admin1": gazetteer().admin1_name(p.country, p.admin1), "source": source, "precision": precision}


def _region_geo(r: Region) -> dict:
    return {"lat": r.lat, "lon": r.lon, "country": r.country or None, "admin1": r.admin1 or None,
            "source": REGIONS, "precision": 2 if r.type == "LOC" else 3}


def _country_geo(code: str) -> dict | None:
    cap = _capitals().get(code)
    if not cap:
        return None
    return {"lat": cap[0], "lon": cap[1], "country": code, "admin1": None,
            "source": GEONAMES + " (capital)", "precision": 3}


def _context(article: Article, forms: dict[str, list[str]]) -> Counter:
    """How strongly the article is about each country (its mentions, then neighbours weakly);
    `forms`: each place entity's lookup forms (`_forms`), by id."""
    weight = _named_countries(article, forms)
    for code, w in list(weight.items()):
        for n in _capitals().get(code, (0, 0, "", ()))[3]:
            weight[n] += 0.1 * w
    return weight


def _named_countries(article: Article, forms: dict[str, list[str]], but: Entity | None = None) -> Counter:
    """The weight of each country the article's places name or lie in (a country's name twice a
    mention, a region's country likewise, an unambiguous town's once), leaving out `but`."""
    gaz = gazetteer()
    weight: Counter = Counter()
    for e in article.entities:
        if e.type not in _PLACE_TYPES or e is but:
            continue
        code = _country_of(e.name)
        if code:
            weight[code] += 2 * len(e.mentions)
            continue
        for form in forms[e.id]:
            region = gaz.regions.get(form)
            if region and region.country:
                weight[region.country] += 2 * len(e.mentions)
                break
            places = gaz.lookup(form)
            if places and len({p.country for p in places}) == 1:
                weight[places[0].country] += len(e.mentions)
                break
    return weight


def _choose(places: tuple[Place, ...], context: Counter, areas: frozenset = frozenset()) -> Place:
    """The likeliest namesake: the article's countries weigh as much as a thirtyfold population
    (دوما in Syria before Dohma in Saxony), so a world city still beats a village of its name
    in a country the article mentions (موسكو is Moscow even next to الجانب الأمريكي). A namesake in
    a province the article names comes first (زنجبار with أبين is Zinjibar in Yemen), and one in a
    country the article names beats any town below a million in a country it does not name
    (GeoNames lacks the population of many small towns: Zinjibar's 20,000 against Zanzibar's 700,000)."""
    def score(p: Place) -> float:
        return math.log10(p.population + 10) + 1.5 * min(1.0, context.get(p.country, 0) / 2) \
            + 3 * ((p.country, p.admin1) in areas)
    best = max(places, key=score)
    named = [p for p in places if context.get(p.country, 0) >= 2]
    if named and context.get(best.country, 0) == 0 and best.population < 1_000_000:
        best = max(named, key=score)
    return best


@lru_cache(maxsize=1)
def _admin1_by_name() -> dict[str, list[tuple[str, str]]]:
    by_name: dict[str, list[tuple[str, str]]] = {}
    for key, name in gazetteer().admin1.items():
        by_name.setdefault(" ".join(words(name)), []).append(key)
    return by_name


def _areas(article: Article, forms: dict[str, list[str]]) -> frozenset:
    """(country, admin1 code) of the provinces the article names (محافظة أبين، ولاية الخرطوم)."""
    by_name = _admin1_by_name()
    return frozenset(key for e in article.entities if e.type in _PLACE_TYPES
                     for form in forms[e.id] for key in by_name.get(form, ()))


def locate(e: Entity, context: Counter, areas: frozenset = frozenset(), forms: list[str] | None = None) -> dict | None:
    """The geo record of one place entity, or None when neither the gazetteer nor the regions know it."""
    gaz = gazetteer()
    code = _country_of(e.name)
    if code:
        return _country_geo(code)
    forms = _forms(e) if forms is None else forms
    for form in forms:
        if form in gaz.regions:
            return _region_geo(gaz.regions[form])
    for form in forms:             # (the name itself is no country: that was asked above)
        code = _country_of(form)
        if code:                   # جبل لبنان: a part of the country its name holds, not a US Lebanon
            geo = _country_geo(code)
            return geo and {**geo, "precision": 2 if e.type == "LOC" else 3}
    for form in forms:
        if e.type == "FAC" and form.split()[0] in lexicon().given:
            continue               # مستشفى ناصر is named after a man, not a place called ناصر
        places = gaz.lookup(form)
        if places:
            best = _choose(places, context, areas)
            if context and context.get(best.country, 0) == 0 and best.population < 100000:
                continue           # a small namesake abroad: not this place (التون in Illinois)
            # the town itself (precision 1) only when the entity is named by it: a district, quarter,
            # camp, rural area or facility named after the town is located near it (precision 2)
            exact = e.type == "GPE" and form == " ".join(words(e.name))
            return _place_geo(best, 1 if exact else 2)
    # a nisba region: الشمال السوري → the country, coarsely
    for w in words(e.name):
        code = lexicon().adjective_of.get(w)
        if code:
            geo = _country_geo(code)
            return geo
    return None


def _fallback(article: Article, e: Entity, located: dict[str, dict], context: Counter) -> dict | None:
    """A place the gazetteer lacks: the region the text names around it, else a town listed with
    it, else the country the article is about — each coarser than the place itself."""
    first = min(m.start for m in e.mentions)
    sentence = article.sentence_at(first)
    regions, siblings = [], []
    for other in article.entities:
        geo = located.get(other.id)
        if other is e or geo is None or geo["precision"] == 3 and geo["source"] != REGIONS:
            continue
        distance = min(abs(m.start - first) for m in other.mentions)
        near = sentence is not None and any(sentence.start <= m.start < sentence.end for m in other.mentions)
        if geo["source"] == REGIONS or (other.type == "LOC" and geo["precision"] == 2):
            regions.append((not near, distance, id(other), other, geo))
        elif e.type == "GPE" and other.type == "GPE" and geo["precision"] == 1 and near and distance < 60:
            siblings.append((distance, other, geo))
    def within(entry):
        _, _, _, other, geo = entry
        return {**geo, "precision": max(2, geo["precision"]), "source": f"{geo['source']}: within {other.name}"}

    near_regions = sorted(r for r in regions if not r[0])
    if near_regions:
        return within(near_regions[0])
    if siblings:
        _, other, geo = min(siblings, key=lambda s: s[0])
        same_area = sorted(r for r in regions if r[4]["admin1"] and r[4]["admin1"] == geo["admin1"])
        if same_area:
            return within(same_area[0])
        return {**geo, "precision": 2, "source": f"{geo['source']}: near {other.name}"}
    if regions:
        return within(min(regions, key=lambda r: r[1]))
    if context:
        code = context.most_common(1)[0][0]
        geo = _country_geo(code)
        if geo:
            return {**geo, "source": geo["source"] + ": country of the article"}
    return None


@lru_cache(maxsize=1)
def _homographs() -> dict[str, tuple[str, str, str]]:
    """Default country code → (its name, the city's country, the city as written)."""
    return {r[1]: (r[0], r[2], r[3]) for r in load_rows("geo/homographs.tsv")}


def _homograph_city(article: Article, e: Entity, forms: dict[str, list[str]]) -> dict | None:
    """The geo record of the city a country's bare name stands for here (عمان in an article on
    Jordan: Amman), renaming the entity after it; None when the name is the country."""
    code = _country_of(e.name)
    row = _homographs().get(code) if code else None
    if row is None:
        return None
    name, city_country, city_name = row
    if any(tuple(bare(w) for w in words(m.text)) != (name,) for m in e.mentions):
        return None                               # سلطنة عمان: the country by its title
    written = article.words or tokenize(article.text, split_clitics=False)
    said = Counter(lexicon().adjective_of.get(t.norm) for t in written if t.is_word)   # الأردنية، العماني
    named = _named_countries(article, forms, but=e)
    # the country itself said (الأردن، الأردنية، مسقط), not only weighed as a neighbour of the article's own
    if named[city_country] + said[city_country] == 0 or named[code] + said[code] > 0:
        return None
    city = next((p for p in gazetteer().lookup(name) if p.country == city_country), None)
    if city is None:
        return None
    e.name = city_name
    return _place_geo(city, 1)


def run(article: Article) -> Article:
    places = [e for e in article.entities if e.type in _PLACE_TYPES]
    if not places:
        return article
    forms = {e.id: _forms(e) for e in places}      # each entity's lookup forms, made once
    context = _context(article, forms)
    areas = _areas(article, forms)
    located: dict[str, dict] = {}
    for e in places:
        geo = _homograph_city(article, e, forms) or locate(e, context, areas, forms[e.id])
        if geo is not None:
            located[e.id] = geo
    for e in places:
        if e.type == "FAC":
            inside = _named_town(article, e, located)
            if inside is not None:
                located[e.id] = inside
    for e in places:
        e.geo = located.get(e.id) or _fallback(article, e, located, context)
    return article


_IN_TOWN = regex.compile(r"^[\s،,]*(?:(?:في|ب|قرب|داخل|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي|جنوبي)\s*)?(\p{L}+\s+)?$")


def _in_town(between: str) -> bool:
    """What stands between a facility and a town says the facility is in it: nothing, a preposition
    or a direction, and perhaps the town's classifier (مستشفى الشفاء بمدينة غزة)."""
    m = _IN_TOWN.match(between)
    if m is None:
        return False
    classifier = m.group(1)
    if classifier is None:
        return True
    head = lexicon().heads.get(bare(words(classifier)[0]))
    return head is not None and head[0] in ("GPE", "LOC")


def _named_town(article: Article, e: Entity, located: dict[str, dict]) -> dict | None:
    """A facility followed by the town it is in (مستشفى الشفاء بمدينة غزة): that town's point."""
    for m in e.mentions:
        for other in article.entities:
            geo = located.get(other.id)
            if other is e or other.type != "GPE" or geo is None or geo["precision"] != 1:
                continue
            for om in other.mentions:
                if 0 <= om.start - m.end <= 20 and _in_town(article.text[m.end:om.start]):
                    return {**geo, "precision": 2, "source": f"{geo['source']}: in {other.name}"}
    return None

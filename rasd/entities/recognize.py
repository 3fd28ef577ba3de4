"""Finding entity mentions in an article's text.

Words are read with their offsets (rasd.entities.words); each recogniser proposes `Mention`s over word
ranges, and the longest, most certain ones win where they overlap (rasd.entities.combine, which also
joins the statistical tagger's mentions to the rules'). The recognisers, in the order of their
certainty, each family in its own module:

- lexicon names: countries, well-known actors and outlets, named regions (rasd/data/entities, geo);
- head patterns: an organisation, media, facility or place head and the name it opens
  (جيش الإسلام، وكالة سبوتنيك، معبر عربين، مدينة دوما، ريف حلب الجنوبي), including the Arabic
  construct chain (هيئة أركان جيش الإسلام) and nisba adjectives (وزارة الدفاع التركية) (heads);
- coordinated place lists after a plural classifier (مناطق عربين وجوبر وزملكا وعين ترما) (places);
- people: a given name and the surname words after it (حمزة بيرقدار، رامي عبد الرحمن) (people);
- outlets in attribution frames and datelines (بحسب "سودان تربيون"، بغداد - شفق نيوز -) (outlets);
- demonyms and sides standing for a state (الروس، الجانب الروسي، الاحتلال الروسي → روسيا), and the
  realm nouns that name the article's kingdom (باتجاه المملكة → السعودية) (sides);
- regions named by a direction (جنوب لبنان، الشمال السوري، القطاع الأوسط) (sides);
- gazetteer places (GeoNames Arabic names), kept when the article's country context supports them
  (gazetteer_places).

Proclitics (و ف ب ل ك، لـ) are left out of a mention: "لرويترز" gives the mention "رويترز".
"""
from __future__ import annotations

from functools import lru_cache

from rasd.entities.combine import ModelJoin, _select, _wider
from rasd.entities.gazetteer_places import GazetteerPlaces
from rasd.entities.heads import HeadNames
from rasd.entities.lexicon import Lexicon, lexicon
from rasd.entities.outlets import Outlets
from rasd.entities.people import People
from rasd.entities.places import PlaceNames
from rasd.entities.reading import Reading
from rasd.entities.sides import _SIDE_WORDS, Sides
from rasd.entities.words import Mention, Word, _latin, read_words, readings
from rasd.geo.gazetteer import Gazetteer, gazetteer
from rasd.resources import load_gz_words, load_list, load_rows
from rasd.text import normalize

# words the FANE corpora use mostly outside names, written by `rasd train entities` beside the model
COMMON_WORDS = "models/entities.common.gz"


class Recognizer(HeadNames, PlaceNames, People, Outlets, Sides, GazetteerPlaces, ModelJoin, Reading):
    """The recognisers together: each family's methods come from its module; this class loads the
    word lists they share, chooses which of them run at each word and runs them in order."""

    def __init__(self, lex: Lexicon, gaz: Gazetteer):
        self.lex = lex
        self.gaz = gaz
        self.not_places = frozenset(normalize(w) for w in load_list("geo/not_places.tsv"))
        # frequent words GeoNames also lists as villages: never a place alone, still one after a classifier
        self.common_words = frozenset(normalize(w) for line in load_list("geo/common_words.tsv") for w in line.split())
        self.arabic_countries = frozenset(load_list("geo/arabic_countries.tsv"))
        # words the FANE corpora use mostly outside names (written by `rasd train entities`)
        self.corpus_common = load_gz_words(COMMON_WORDS)
        self.name_blockers = frozenset(normalize(w) for w in load_list("entities/name_blockers.tsv"))
        self.given_any = frozenset(normalize(w) for w in load_list("entities/given_names.tsv"))   # weak ones too
        # given names written with alef maqsura (يحيى، موسى): normalised, some read as a stop word (يحيي)
        self.given_in_alef_maqsura = tuple(g for g in load_list("entities/given_names.tsv") if g.endswith("ى"))
        cues: dict[str, set[str]] = {}
        for row in load_rows("entities/person_cues.tsv"):
            cues.setdefault(row[1], set()).add(normalize(row[0]))
        self.naming = frozenset(cues.get("named", ()))         # يدعى X، المدعو X
        self.ranks = frozenset(cues.get("rank", ()))           # الفريق أول ركن X
        self.title_preps = frozenset(cues.get("prep", ()))     # المبعوث الأممي إلى ليبيا X
        self.honorifics = frozenset(cues.get("honorific", ()))  # العميد X Y
        frames: dict[str, set[str]] = {}
        for row in load_rows("entities/media_frames.tsv"):
            frames.setdefault(row[1], set()).add(normalize(row[0]).replace("ـ", ""))
        self.frame_preps = frozenset(frames.get("prep", ()))            # بحسب "X"، لـ CNN
        self.statement_nouns = frozenset(frames.get("statement", ()))   # في تصريح لـ X
        self.statement_qualifiers = frozenset(frames.get("qualifier", ()))
        self.report_verbs = frozenset(frames.get("verb", ()))
        self.publish_verbs = frozenset(frames.get("publish", ())) | self.report_verbs
        self.objects = frozenset(cues.get("object", ()))       # أكد الوزير ضرورة …: not a name
        self.complementisers = frozenset(cues.get("complement", ()))   # قال X Y إن …: the name ends there
        self.dateline_labels = frozenset(normalize(w) for w in load_list("entities/dateline_labels.tsv"))
        self.starts = frozenset(lex.names.by_first) | frozenset(gaz.lengths) | self.given_any | lex.titles \
            | frozenset(lex.heads) | frozenset("ال" + h for h in lex.heads) | frozenset(lex.people_of) \
            | frozenset(_SIDE_WORDS) | {"ابو"} | self.naming | self.frame_preps | self.statement_nouns
        self.region_starts = lex.directions | lex.area_nouns
        # most words open nothing: one cached answer per word form spares a set lookup per reading
        # at every token of every article
        self.recognisers_for = lru_cache(maxsize=1 << 16)(self._recognisers_for)
        self.may_open_region = lru_cache(maxsize=1 << 16)(self._may_open_region)
        self.weak_heads = frozenset(h for h, roles in lex.parts.items() if "weak" in roles)   # normalised
        self.vague_heads = frozenset(h for h, roles in lex.parts.items() if "vague" in roles)
        self.definite_heads = frozenset(h for h, roles in lex.parts.items() if "definite" in roles)
        self.single_heads = frozenset(h for h, roles in lex.parts.items() if "single" in roles)
        self.portfolios = frozenset(h for h, roles in lex.parts.items() if "portfolio" in roles)

    # ------------------------------------------------------------------ which recognisers run at a word
    def _recognisers_for(self, norm: str) -> tuple:
        """The recognisers run at each word that can find something at a word of this normalised
        form, in their order: the first test each makes of the word itself, made once per form.
        Most words open nothing (one set lookup per reading says so)."""
        rs = readings(norm)
        if not (any(stem in self.starts for _, stem in rs) or (norm[:1] == "ل" and _latin(norm[1:]))):
            return ()
        lex = self.lex
        blocked = any(st in lex.stop for _, st in rs)
        first_two = {st for p, st in rs[:2] if not p or norm[0] in "وف"}
        tests = (
            (self._lexicon, any(st in lex.names.by_first for _, st in rs)),
            (self._heads, not blocked and any((st[2:] if st.startswith("ال") and len(st) > 4 else st) in lex.heads
                                              for _, st in rs)),
            (self._person, any(st in self.given_any or st in ("ابو", "عبد")     # (a weak name only before بن)
                               for p, st in rs[:3] if not p or norm[0] in "وف")),
            (self._titled_person, self.title_word(norm) is not None),
            (self._portfolio, any(st in self.portfolios for _, st in rs[:2])),
            (self._named_person, any(st in self.naming for p, st in rs[:2] if not p or norm[0] == "و")),
            (self._person_before_title, norm in lex.titles),
            (self._framed_outlet, (norm[:1] == "ل" and _latin(norm[1:])) or bool(first_two & self.frame_preps)
             or bool(first_two & self.statement_nouns)
             or any(lex.heads.get(st, ("", ""))[1] == "media" for st in first_two)),
            (self._sides, any(st in lex.people_of or st in _SIDE_WORDS for _, st in rs[:2])),
            (self._gazetteer, not any(st in lex.stop or st in lex.heads for _, st in rs)
             and any(st in self.gaz.lengths for _, st in rs)),
        )
        return tuple(recognise for recognise, may_find in tests if may_find)

    def title_word(self, norm: str) -> str | None:
        """The title a word is, with or without و/ف before it (ووزير، فالرئيس); وزير and والي keep
        their own first letter."""
        if norm in self.lex.titles:
            return norm
        return norm[1:] if norm[:1] in "وف" and norm[1:] in self.lex.titles else None

    def _may_open_region(self, norm: str) -> bool:
        """Whether a word can open a region named by a direction or an area noun (`_regions`)."""
        return any(stem in self.region_starts for _, stem in readings(norm)[:3])

    # ------------------------------------------------------------------ all together
    def mentions(self, text: str, tagged: list[tuple[int, int, str]] = (),
                 written: list | None = None) -> tuple[list[Word], list[Mention]]:
        """The article's mentions. `tagged`: (start, end, type) spans from a statistical tagger, taken
        as candidates of the lowest certainty (the rules win where they overlap); `written`: the
        segment stage's words, when the article has them."""
        ws = read_words(text, written)
        model_mentions = self._tagged(ws, tagged)
        cands: list[Mention] = []
        recognisers_for = self.recognisers_for
        for i, w in enumerate(ws):
            if i + 1 < len(ws) and ws[i + 1].norm == "عبد":
                self._particle_person(ws, i, cands)
            if w.is_word:
                for recognise in recognisers_for(w.norm):
                    recognise(ws, i, cands)
        cands.extend(self._datelines(text, ws))
        chosen = self._model_ends(ws, _select(cands), model_mentions)
        # the model's mentions fill the words the rules left: where both read a name, the rules'
        # reading (with its knowledge of heads, titles and lists) is kept, but for a bare guess (a
        # gazetteer word, an untitled name) inside a longer model mention: ستيف ويتكوف is no Sétif
        wider = _wider(model_mentions, chosen, len(ws))
        inside = {id(r) for m in wider for r in chosen if m.i <= r.i and r.j <= m.j}
        chosen = [r for r in chosen if id(r) not in inside] + wider
        used = {k for m in chosen for k in range(m.i, m.j)}
        chosen = _select(chosen + [m for m in model_mentions if not any(k in used for k in range(m.i, m.j))])
        chosen = self._unbacked_guesses(ws, chosen, model_mentions)
        found = {m.i: m for m in chosen}
        regions: list[Mention] = []
        may_open_region = self.may_open_region
        for i, w in enumerate(ws):
            if w.is_word and may_open_region(w.norm):
                self._regions(ws, i, regions, found)
        chosen = self._supported_places(ws, _select(chosen + regions))
        chosen = _select(chosen + self._coordinated_places(ws, chosen))
        chosen = _select(chosen + self._unknown_lists(ws, chosen))
        chosen = _select(chosen + self._realm_nouns(ws, chosen))
        chosen = self._parenthesised_aliases(ws, chosen)
        # a model mention of one word that is a person's last name in the article is that person
        surnames = {ws[m.j - 1].norm for m in chosen if m.type == "PERSON" and m.j - m.i >= 2}
        # (the whole word when it is that name: بايدن, not بـ + ايدن)
        for m in chosen:
            if m.certainty == 0 and m.j - m.i == 1 and any(st in surnames for _, st in readings(ws[m.i].norm)):
                m.type = "PERSON"
                if ws[m.i].norm in surnames and m.start > ws[m.i].start:
                    m.start, m.name = ws[m.i].start, ws[m.i].text
        for m in chosen:
            m.surface = text[m.start:m.end]
        return ws, chosen

    def _parenthesised_aliases(self, ws: list[Word], chosen: list[Mention]) -> list[Mention]:
        """حركة المقاومة الإسلامية (حماس)، القيادة المركزية الأمريكية (سنتكوم): the one or two words in
        parentheses right after an organisation or outlet name are another name of it."""
        at = {m.i: m for m in chosen}
        out = list(chosen)
        for m in chosen:
            if m.type not in ("ORG", "MEDIA") or m.role != "name" or m.j >= len(ws) or ws[m.j].text != "(":
                continue
            close = next((k for k in range(m.j + 2, min(len(ws), m.j + 4)) if ws[k].text == ")"), None)
            if close is None or not all(w.is_word and w.norm not in self.lex.stop for w in ws[m.j + 1:close]):
                continue
            inner = at.get(m.j + 1)
            if inner is not None:
                if inner.type in ("ORG", "MEDIA") and inner.j == close:
                    inner.alias_of = m
                continue
            a, b = ws[m.j + 1], ws[close - 1]
            out.append(Mention(m.j + 1, close, a.start, b.end, m.type, self.text_of(a.start, b.end, ws, m.j + 1, close - m.j - 1),
                               certainty=1, alias_of=m))
        return sorted(out, key=lambda x: x.start)


_RECOGNIZER: Recognizer | None = None


def recognizer() -> Recognizer:
    global _RECOGNIZER
    if _RECOGNIZER is None:
        _RECOGNIZER = Recognizer(lexicon(), gazetteer())
    return _RECOGNIZER

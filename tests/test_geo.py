"""The geo stage: coordinates from the gazetteer, disambiguation by the article's countries, and the
fallback to the enclosing area for places the gazetteer lacks."""
from __future__ import annotations

import math

import pytest

from rasd import clean, entities, geo, segment
from rasd.geo.gazetteer import gazetteer
from rasd.model import Article

# GeoNames points (cities500): Douma 170592, Irbin 170016 (‘Irbīn), Idlib 169389
GEONAMES = {"دوما": (33.57175, 36.4027), "عربين": (33.53719, 36.36635), "إدلب": (35.93062, 36.63393)}


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(map(math.radians, p)) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(h))


def located(text: str) -> Article:
    return geo.run(entities.run(segment.run(clean.run(Article(raw=text)))))


def entity(article: Article, name: str):
    for e in article.entities:
        if e.name == name:
            return e
    raise AssertionError(f"no entity {name}: {[e.name for e in article.entities]}")


@pytest.fixture(scope="module")
def seed(seed_text) -> Article:
    return located(seed_text)


def test_seed_towns_on_their_geonames_points(seed):
    for name, point in GEONAMES.items():
        g = entity(seed, name).geo
        assert g is not None and g["precision"] == 1 and g["country"] == "SY"
        assert km((g["lat"], g["lon"]), point) < 5, name
        assert g["source"] == "geonames"
    assert entity(seed, "دوما").geo["admin1"] == "ريف دمشق"
    assert entity(seed, "إدلب").geo["admin1"] == "إدلب"


def test_places_the_gazetteer_lacks_fall_back_to_the_enclosing_area(seed):
    ghouta = entity(seed, "الغوطة الشرقية").geo
    for name in ("زملكا", "عين ترما"):
        assert not gazetteer().lookup(name.replace("ة", "ه"))
        g = entity(seed, name).geo
        assert g["precision"] >= 2 and g["country"] == "SY" and g["admin1"] == "ريف دمشق"
        assert "الغوطة الشرقية" in g["source"]
        assert (g["lat"], g["lon"]) == (ghouta["lat"], ghouta["lon"])


def test_countries_are_coarse_and_organisations_have_no_geo(seed):
    russia = entity(seed, "روسيا").geo
    assert russia["country"] == "RU" and russia["precision"] == 3
    for e in seed.entities:
        if e.type in ("ORG", "MEDIA", "PERSON"):
            assert e.geo is None


def test_namesakes_resolved_by_the_article_countries():
    gaza = located("قالت وزارة الصحة في قطاع غزة إن القصف الإسرائيلي طال مدينة رفح.")
    assert entity(gaza, "رفح").geo["country"] == "PS"
    egypt = located("أغلقت السلطات المصرية في مصر معبر رفح، وقال مصدر في شمال سيناء إن الجيش المصري "
                    "انتشر في مدينة رفح والعريش.")
    assert entity(egypt, "رفح").geo["country"] == "EG"


def test_a_world_city_beats_small_namesakes():
    a = located("وقال الجانب الأمريكي إن المحادثات في موسكو لم تحرز تقدما.")
    assert entity(a, "موسكو").geo["country"] == "RU"


def test_an_area_is_located_by_the_town_it_names():
    a = located("قصفت الطائرات الحربية بلدات كفرنبودة والهبيط وعابدين في ريف حماة الشمالي.")
    rural = entity(a, "ريف حماة الشمالي").geo
    assert rural["precision"] == 2 and rural["admin1"] == "حماة"
    village = entity(a, "كفرنبودة").geo
    assert village["precision"] == 2 and village["admin1"] == "حماة"


def test_a_facility_is_located_by_the_town_that_follows_it():
    a = located("وأفاد مصدر طبي في مستشفى الشفاء بمدينة غزة بوصول 12 قتيلا، ونقل المصابون إلى مستشفى ناصر.")
    shifa = entity(a, "مستشفى الشفاء").geo
    gaza = entity(a, "غزة").geo
    assert shifa["precision"] == 2 and (shifa["lat"], shifa["lon"]) == (gaza["lat"], gaza["lon"])
    assert "غزة" in shifa["source"]
    nasser = entity(a, "مستشفى ناصر").geo                    # named after a man: no place ناصر
    assert nasser is None or nasser["source"] != "geonames"


def test_capitals_geonames_lacks_in_arabic_and_nisba_context():
    a = located("التقى الرئيس الفلسطيني محمود عباس في رام الله وفدا وصل من الخرطوم والدوحة.")
    assert entity(a, "رام الله").geo["country"] == "PS"            # context from الفلسطيني
    khartoum = entity(a, "الخرطوم").geo
    assert khartoum["country"] == "SD" and km((khartoum["lat"], khartoum["lon"]), (15.55, 32.53)) < 5
    assert entity(a, "الدوحة").geo["country"] == "QA"


def test_gazetteer_index_is_compact():
    g = gazetteer()
    assert 30000 < len(g.places) < 100000
    assert g.lookup("دمشق")[0].country == "SY"
    assert g.admin1_name("SY", "08") == "ريف دمشق"


def test_a_region_named_with_its_head_is_located_as_that_region():
    # المنطقة الخضراء is a named zone of Baghdad, not "the green" area of some other region in the text
    a = located("وتجددت الاشتباكات قرب المنطقة الخضراء ببغداد، فيما تشهد مدن إقليم دارفور معارك.")
    zone = entity(a, "المنطقة الخضراء").geo
    assert zone["country"] == "IQ" and km((zone["lat"], zone["lon"]), (33.30, 44.39)) < 10


# Words and names that are no places (issue 11); sentences of our own.

def test_a_namesake_in_the_province_the_article_names_wins():
    a = located("سيطر مسلحون على مدينة زنجبار عاصمة محافظة أبين جنوبي اليمن.")
    assert entity(a, "زنجبار").geo["country"] == "YE"           # Zinjibar, not Zanzibar
    a = located("وصلت تعزيزات عسكرية إلى زنجبار في اليمن.")
    assert entity(a, "زنجبار").geo["country"] == "YE"           # a country named beats a town abroad under a million


def test_a_world_city_still_beats_a_namesake_in_the_article_country():
    a = located("وصل وفد سوري إلى موسكو للقاء مسؤولين روس.")
    assert entity(a, "موسكو").geo["country"] == "RU"


def test_an_adjective_after_its_noun_is_no_place():
    a = located("وتمت عملية الإخلاء بانسيابية عالية بحسب المنظمين في بيروت.")
    assert [e.name for e in a.entities if e.type in ("GPE", "LOC")] == ["بيروت"]


def test_a_first_name_is_no_town():
    a = located("وصل المبعوث الأمريكي ستيف ويتكوف إلى الدوحة.")
    assert not any(e.geo and e.geo["country"] == "DZ" for e in a.entities)   # ستيف is no Sétif
    assert any(e.type == "PERSON" and e.name.startswith("ستيف") for e in a.entities)


def test_a_part_of_a_country_is_in_that_country():
    a = located("وتجري الانتخابات في قضاء عاليه بجبل لبنان.")
    assert entity(a, "جبل لبنان").geo["country"] == "LB"


def test_oman_spelled_like_amman_is_the_city_in_an_article_on_jordan():
    """عمان is Oman and Amman: the city when the article speaks of Jordan and not of Oman."""
    art = located("عمان - أعلنت وزارة الخارجية الأردنية اليوم أن الوزير سيزور بغداد.")
    city = next(e for e in art.entities if e.geo and e.geo["country"] == "JO")
    assert city.name == "عمّان" and km((city.geo["lat"], city.geo["lon"]), (31.95, 35.93)) < 20


@pytest.mark.parametrize("text", ["وصل الوفد إلى عمان قادما من طهران لبحث الوساطة العمانية.",
                                  "أكدت سلطنة عمان دعمها للحوار مع الأردن.",
                                  "التقى وزيرا خارجية الأردن وعمان في مسقط."])
def test_oman_stays_the_country_when_the_article_speaks_of_it(text):
    art = located(text)
    assert any(e.geo and e.geo["country"] == "OM" for e in art.entities)
    assert not any(e.name == "عمّان" for e in art.entities)

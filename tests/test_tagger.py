"""The statistical entity tagger (issue 11): the FANE reader, the features, the shipped model and a
small retraining run. Sentences are our own."""
from __future__ import annotations

from pathlib import Path

import pytest

import rasd
from rasd import segment
from rasd.entities import fane, tagger, train
from rasd.entities.features import features, stem_of
from rasd.model import Article

FANE = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "fane"

SAMPLE = """\u200eقال\tO
\u200eوزير\tO
\u200eالخارجية\tO
\u200eجون\tB-Politician
\u200eكيري\tI-Politician
\u200eان\tO
\u200eو\tO
\u200eفد\tO
\u200eه\tO
\u200eوصل\tO
\u200eالى\tO
\u200eالقاهرة\tB-Population-Center
\u200eو\tO
\u200eالتقى\tO
\u200eب\tO
\u200eالعرب\tB-Group
.\tO

\u200eنقلت\tO
\u200eوكالة\tB-Media
\u200eرويترز\tI-Media
\u200eعن\tO
\u200eشركة\tB-Commercial
\u200eنوكيا\tI-Commercial
.\tO
"""


def write_sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_fane_reader_maps_classes_and_glues_clitics(tmp_path):
    corpus = fane.read_fane(write_sample(tmp_path))
    first, second = corpus.sentences
    assert first[3:5] == [("جون", "B-PERSON"), ("كيري", "I-PERSON")]
    assert ("القاهرة", "B-GPE") in first
    assert ("العرب", "O") in first                     # a people (Group) is no entity of rasd's
    assert second[1:3] == [("وكالة", "B-MEDIA"), ("رويترز", "I-MEDIA")]
    joined = [t for t, _ in fane.glued(first)]
    assert "وفده" in joined and "وصل" in joined          # و + فد + ه as news writes it
    assert "بالعرب" in joined and "والتقى" in joined
    assert fane.spans([l for _, l in first]) == {(3, 5, "PERSON"), (11, 12, "GPE")}


def test_an_unknown_class_is_an_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("\u200eكلمة\tB-Spaceship\n", encoding="utf-8")
    with pytest.raises(ValueError, match="Spaceship"):
        fane.read_fane(path)


def test_features_read_the_stem_and_the_lexicons():
    assert stem_of("وبالقاهره") == ("وبال", "قاهره")
    assert stem_of("ليبيا") == ("", "ليبيا")
    assert features().split("ليبيا") == ("", "ليبيا")        # a known name keeps its first letter
    assert features().split("بواشنطن") == ("ب", "واشنطن")
    own, seen, _ = features().word("الناطق")
    assert "f=title" in own and "-1:f=title" in seen[-1]
    feats = features().sequence(["قال", "الناطق", "جون", "كيربي"])
    assert "-1:f=title" in feats[2] and "-2:edge" in feats[0]


def test_tagging_features_are_the_training_ones_the_model_knows_as_bytes():
    # the tagger's features: the training features the model has weights for (and the edges),
    # encoded once per word as UTF-8 bytes, in the same order
    full, tagging = features(), tagger.tagging_features()
    norms = ["وقال", "المتحدث", "باسم", "الخارجيه", "نيد", "برايس", "في", "واشنطن", "."]
    for train_feats, tag_feats in zip(full.sequence(norms), tagging.sequence(norms)):
        kept = [f.encode() for f in train_feats
                if tagging.weighted is None or f in tagging.weighted or f.endswith(":edge")]
        assert tag_feats == kept


def test_proclitics_are_left_out_of_a_model_span():
    f = features()
    assert f.proclitic_len("وبالقاهره") == 2
    assert f.proclitic_len("للقاهره") == 1
    assert f.proclitic_len("فرنسا") == 0                  # a name that opens with ف
    assert f.proclitic_len("ورامسفيلد") == 1


def test_the_shipped_model_loads_and_tags():
    assert tagger.model() is not None, "rasd/data/models/entities.crfsuite is missing"
    text = "وقال المستشار الألماني غيرهارد شرودر في برلين إن الحكومة ستدرس الاقتراح."
    article = segment.run(Article(raw=text, text=text))
    spans = tagger.tag(article.text, article.words)
    found = {(text[s:e], t) for s, e, t in spans}
    assert ("برلين", "GPE") in found
    assert any(t == "PERSON" and "شرودر" in name for name, t in found)


def test_a_person_without_title_or_known_given_name_is_found():
    # neither name is in a lexicon and no title stands next to them: the rules alone find neither
    a = rasd.analyze("وقال رامسفيلد إن القوات الأمريكية ستبقى في العراق.")
    assert ("PERSON", "رامسفيلد") in {(e.type, e.name) for e in a.entities}
    a = rasd.analyze("التقى بوتين نظيره الصيني في موسكو.")
    assert ("PERSON", "بوتين") in {(e.type, e.name) for e in a.entities}


def test_sentences_break_at_stops_and_line_ends():
    text = "قال أحمد.\nوصل محمد إلى دمشق"
    article = segment.run(Article(raw=text, text=text))
    groups = tagger.sentences_of(text, article.words)
    assert len(groups) == 2


def test_retraining_on_a_small_corpus_learns_it(tmp_path):
    sentences = fane.read_fane(write_sample(tmp_path)).sentences * 20
    out = tmp_path / "m.crfsuite"
    train.train(sentences, out, {"max_iterations": 30})
    result = train.score([[l for _, l in s] for s in sentences],
                         [_tag_with(out, s) for s in sentences])
    assert result["all"].f1 > 0.9


def test_retraining_writes_the_same_bytes_whatever_the_file_name(tmp_path):
    """The model and the lists beside it carry no time or file name: a retrained copy is the shipped one."""
    sentences = fane.read_fane(write_sample(tmp_path)).sentences * 5
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for out in (a, b):
        train.train(sentences, out, {"max_iterations": 10})
    for path_of in (lambda m: m, train.attributes_path, train.common_words_path):
        assert path_of(a).read_bytes() == path_of(b).read_bytes()


def test_common_words_are_those_mostly_outside_names(tmp_path):
    sentences = fane.read_fane(write_sample(tmp_path)).sentences * 5     # each word 5 times
    sentences += [[("كيري", "O")]] * 5                                     # كيري: half outside names
    path = tmp_path / "m.common.gz"
    assert train.write_common_words(sentences, path) > 0
    import gzip

    words = gzip.decompress(path.read_bytes()).decode("utf-8").split()
    assert "قال" in words and "الي" in words and "القاهره" not in words and "كيري" not in words   # normalised forms
    first = path.read_bytes()
    train.write_common_words(sentences, path)
    assert path.read_bytes() == first                                     # reproducible, byte for byte


def test_a_common_word_is_no_village_of_the_gazetteer():
    # العمارة is a town in Iraq, and in this sentence architecture; في العمارة would be the town
    from rasd import entities

    def places(text):
        article = entities.run(segment.run(Article(raw=text, text=text)))
        return {e.name for e in article.entities if e.type == "GPE"}

    assert places("ويعد المبنى من روائع العمارة الإسلامية في القاهرة.") == {"القاهرة"}
    assert "العمارة" in places("ووصل الوفد إلى العمارة صباح اليوم.")


def test_a_given_name_before_a_common_word_is_no_person():
    from rasd import entities

    def people(text):
        article = entities.run(segment.run(Article(raw=text, text=text)))
        return {e.name for e in article.entities if e.type == "PERSON"}

    assert people("وأكد أن الحكومة ماضية في خطتها علي الرغم من الانتقادات.") == set()   # على written علي
    assert people("وقال مجدي رمضان إن الحكومة ماضية في خطتها.") == {"مجدي رمضان"}      # رمضان: a name too


def test_the_model_says_where_a_given_name_ends():
    from rasd import entities

    def people(text):
        article = entities.run(segment.run(Article(raw=text, text=text)))
        return {e.name for e in article.entities if e.type == "PERSON"}

    assert people("وقال حسن نصر الله في خطاب متلفز إن المقاومة جاهزة.") == {"حسن نصر الله"}   # the rules stop at نصر
    assert people("وأعلن مهدي المشاط أن الحكومة جاهزة.") == {"مهدي المشاط"}
    # a definite word the corpora use outside names ends a titled name where the model ends it
    assert "الهجوم" not in " ".join(people("ووصف الرئيس الصومالي حسن شيخ محمود الهجوم بأنه عمل جبان."))


def test_an_outlet_named_by_a_common_word_needs_its_frame():
    from rasd import entities

    def media(text):
        article = entities.run(segment.run(Article(raw=text, text=text)))
        return {e.name for e in article.entities if e.type == "MEDIA"}

    assert media("وقال لنا إن بنا حاجة إلى الدعم.") == set()                 # بنا: with us
    assert media("وذكرت بنا أن الملك استقبل الوزير.") == {"وكالة أنباء البحرين"}
    assert media("وتقع شبه الجزيرة العربية في جنوب غرب آسيا.") == set()     # a peninsula, not the channel


def test_a_place_classifier_needs_a_name_after_it():
    from rasd import entities

    def places(text):
        article = entities.run(segment.run(Article(raw=text, text=text)))
        return {e.name for e in article.entities if e.type in ("GPE", "LOC")}

    # a definite classifier is a whole noun phrase; an indefinite one is in construct with a name
    assert places("وشهدت العاصمة احتفالا كبيرا، وكانت ظروف العاصمة تحتم علينا التوقف.") == set()
    assert places("ووصل الوفد إلى العاصمة دمشق أمس.") == {"دمشق"}
    assert places("وأجلي الجرحى من مناطق الاشتباكات أمس.") == set()
    assert places("وقتل مدنيون في قصف على بلدتي مسرابا ومديرا.") == {"مسرابا", "مديرا"}


def test_a_regnal_ordinal_ends_a_rulers_name():
    from rasd import entities

    article = entities.run(segment.run(Article(raw=(t := "وأسس الملك محمد الخامس المدرسة."), text=t)))
    assert {e.name for e in article.entities if e.type == "PERSON"} == {"محمد الخامس"}


def _tag_with(model: Path, sentence):
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model))
    return t.tag(train._xy(sentence)[0])


@pytest.mark.skipif(not FANE.is_dir(), reason="needs ../shared/corpora/fane")
def test_a_quick_run_of_the_training_command(tmp_path):
    from typer.testing import CliRunner

    from rasd.cli import app

    out = tmp_path / "quick.crfsuite"
    result = CliRunner().invoke(app, ["train", "entities", "--fane", str(FANE), "--no-wiki", "--limit", "400",
                                      "--iterations", "20", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "NewsFANE test split" in result.output


def test_a_model_person_made_of_a_title_and_its_adjective_is_dropped():
    from rasd.entities.recognize import recognizer
    from rasd.entities.words import read_words
    text = "وقال الوسيط الأفريقي الرئيس النيجيري الأسبق أولوسيغون أوباسانجو في مؤتمر صحفي"
    ws = read_words(text, None)
    s = text.index("الوسيط")
    kept = recognizer()._tagged(ws, [(s, s + len("الوسيط الأفريقي"), "PERSON")])
    assert kept == []

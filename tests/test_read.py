import pytest

from rasd.read import ReadError, article_from_record, read_bytes, read_path
from rasd.read.batch import iter_jsonl
from rasd.read.decode import MAX_BYTES

ARABIC = "قال المتحدث باسم الوزارة إن المفاوضات مستمرة بين الطرفين في المدينة منذ أيام عدة.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859_6"])
def test_reads_every_common_arabic_encoding(encoding):
    text = ARABIC * 3
    art = read_bytes(text.encode(encoding))
    assert art.raw.strip() == text.strip()
    if encoding in ("cp1256", "iso8859_6", "utf-16"):
        assert any("decoded as" in w for w in art.warnings)


def test_empty_and_whitespace_input_is_refused():
    for data in (b"", b"   \n\t "):
        with pytest.raises(ReadError, match="empty"):
            read_bytes(data)


def test_binary_input_is_refused():
    with pytest.raises(ReadError, match="binary"):
        read_bytes(bytes(range(256)) * 40)


def test_non_arabic_text_is_refused():
    with pytest.raises(ReadError, match="not Arabic"):
        read_bytes(b"The quick brown fox jumps over the lazy dog. " * 20)


def test_oversized_input_is_refused():
    with pytest.raises(ReadError, match="over the"):
        read_bytes(b"a" * (MAX_BYTES + 1))


def test_missing_file_and_folder_are_clear_errors(tmp_path):
    with pytest.raises(ReadError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(ReadError, match="folder"):
        read_path(tmp_path)


HTML = """<!doctype html><html><head><title>المفاوضات تتواصل - موقع الأخبار</title>
<meta property="og:title" content="المفاوضات تتواصل في المدينة">
<meta property="article:published_time" content="2018-03-27T10:00:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/x">سياسة</a></nav>
<article><h1>المفاوضات تتواصل في المدينة</h1>
<p>قال المتحدث باسم الوزارة إن المفاوضات مستمرة بين الطرفين في المدينة منذ أيام عدة وإن النتائج قريبة.</p>
<p>وأضاف أن الاتفاق سيوقع غدا في العاصمة بحضور الوسطاء الدوليين والمحليين من كل الأطراف.</p></article>
<div id="comments" class="comments"><p>تعليق من قارئ: هذا خبر مهم جدا</p></div>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def test_html_page_gives_main_text_headline_and_date():
    art = read_bytes(HTML.encode("utf-8"), name="page.html")
    assert "المفاوضات مستمرة" in art.raw
    assert "تعليق من قارئ" not in art.raw
    assert "الرئيسية" not in art.raw
    assert art.title and "المفاوضات تتواصل" in art.title
    assert art.published == "2018-03-27"


def test_broken_html_still_reads():
    broken = "<html><body><div><p>" + ARABIC * 3 + "<p>" + ARABIC + "</div"
    art = read_bytes(broken.encode("utf-8"))
    assert "المفاوضات" in art.raw


def test_jsonl_lines_with_errors_do_not_stop_the_rest():
    lines = ['{"id": "a", "text": "نص"}', "not json", "", '[1, 2]', '{"id": "b"}', '{"id": "c", "html": "<p>x</p>"}']
    items = list(iter_jsonl(iter(lines)))
    assert [i.error is None for i in items] == [True, False, False, False, True]
    assert items[3].id == "b"


def test_record_keeps_caller_metadata():
    art = article_from_record({"id": 7, "text": ARABIC, "published": "2018-03-27T08:03", "outlet": "X", "url": "u"})
    assert (art.id, art.published, art.outlet, art.url) == ("7", "2018-03-27T08:03", "X", "u")


def test_unreadable_published_is_a_warning_not_a_crash():
    art = article_from_record({"id": "x", "text": ARABIC, "published": "yesterday"})
    assert art.published is None
    assert any("publication date" in w for w in art.warnings)

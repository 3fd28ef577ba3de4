"""`rasd serve` in a real browser: Debian's Chromium driven by Playwright against uvicorn on a free
loopback port. Each page loads, is right-to-left, shows its timeline, map or highlights, and runs
no script from an article. Screenshots go to a temporary folder, or to $RASD_SCREENSHOTS
(`RASD_SCREENSHOTS=docs/screenshots pytest tests/test_web_browser.py` refreshes the committed ones).
Skipped where /usr/bin/chromium or playwright is missing."""
from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is not installed (Debian package chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

import uvicorn  # noqa: E402

from rasd.web.app import create_app  # noqa: E402
from test_web import db  # noqa: E402,F401  (the same store as the API tests)

WIDTH, HEIGHT = 1100, 760


@pytest.fixture(scope="module")
def base_url(db):  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def page():
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT}, locale="ar")
        dialogs: list[str] = []
        tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        tab.dialogs = dialogs
        yield tab
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("RASD_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def load(page, url: str):
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    response = page.goto(url, wait_until="load")
    assert response.status == 200, url
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert not errors, errors
    return response


def story_id(base_url, page, article: str) -> int:
    return page.request.get(f"{base_url}/api/articles/{article}").json()["story"]


def test_story_list(base_url, page, shots):
    load(page, base_url + "/")
    assert page.locator("tr.story-row").count() == 2
    page.screenshot(path=str(shots / "stories.png"))


def test_story_timeline_and_claims(base_url, page, shots):
    load(page, f"{base_url}/story/{story_id(base_url, page, 'seed')}")
    items = page.locator("li.timeline-item")
    assert items.count() >= 5 and items.first.is_visible()
    box = items.first.bounding_box()
    assert box["width"] > 200 and box["height"] > 20                       # laid out, not collapsed
    # right-to-left: the timeline's rule runs down the right-hand side of the list
    assert page.evaluate("getComputedStyle(document.querySelector('ol.timeline-list')).borderRightWidth") == "3px"
    assert page.locator("table.claims-board tr.claim").count() >= 1
    # right-to-left: the timeline, first in the page, stands on the right of the state beside it
    assert page.locator("#timeline").bounding_box()["x"] > page.locator("#state").bounding_box()["x"]
    page.screenshot(path=str(shots / "story.png"))
    page.locator("#claims").screenshot(path=str(shots / "claims.png"))


def test_map_draws_outlines_and_event_places(base_url, page, shots):
    load(page, base_url + "/map")
    assert page.locator("svg.world-map path.country").count() > 5
    dots = page.locator("svg.world-map circle.event-dot")
    assert dots.count() >= 2
    box = dots.first.bounding_box()
    assert box and box["width"] > 3                                        # drawn at a visible size
    page.screenshot(path=str(shots / "map.png"))
    dots.last.click()                                                      # the smallest, drawn on top
    assert page.locator(".place.active").count() == 1                      # the script shows its events


def test_article_highlights_and_markup_stays_text(base_url, page, shots):
    load(page, base_url + "/article/seed")
    for kind in ("entity", "statement", "event", "time"):
        assert page.locator(f"#text .hl-{kind}").count() > 0, kind
    page.screenshot(path=str(shots / "article.png"))
    first_time = page.locator("#text .hl-time").first
    lit = first_time.evaluate("e => getComputedStyle(e).backgroundColor")
    page.locator(".legend .toggle[value=time]").uncheck()                 # the toggle turns it off
    assert first_time.evaluate("e => getComputedStyle(e).backgroundColor") != lit

    load(page, base_url + "/article/xss")
    assert "<script>alert(1)</script>" in page.locator("#text").inner_text()
    assert page.evaluate("document.querySelectorAll('#text script, #text [onerror]').length") == 0
    assert page.dialogs == []                                              # alert(1) never ran

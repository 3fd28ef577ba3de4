"""A fresh install has everything rasd imports: every reader path loads, every third-party import
of the package is declared in pyproject.toml, and the lock file pins every declared dependency.
A missing dependency fails here, in CI, with the name of what to install, not at a user's run."""
from __future__ import annotations

import ast
import importlib
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
LOCK = ROOT / "requirements.lock"
INSTALL = "pip install -c requirements.lock -e '.[test]'"

# The modules each input path needs at run time, imported lazily by rasd (so a missing one would
# otherwise surface only when a user first feeds it such a page): jusText, under trafilatura,
# imports lxml.html.clean, which lxml no longer ships (it is lxml_html_clean now).
READER_MODULES = {
    "HTML pages": ["trafilatura", "htmldate", "justext", "lxml.html.clean", "rasd.read.html"],
    "RSS/Atom feeds": ["feedparser"],
    "WARC web archives": ["warcio", "warcio.archiveiterator"],
    "encodings": ["charset_normalizer"],
    "the store": ["sqlalchemy", "alembic", "psycopg", "datasketch"],
    "exports": ["pyarrow", "pyarrow.parquet"],
}


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(spec: str) -> str:
    return _canonical(re.split(r"[\s\[<>=!~;]", spec.strip(), maxsplit=1)[0])


def _declared() -> set[str]:
    """The main dependencies and those of the optional features (an extra such as [dask], whose
    module rasd imports only when the feature is asked for); the test extra is no feature."""
    extras = PYPROJECT["project"]["optional-dependencies"]
    return {_requirement_name(d) for d in PYPROJECT["project"]["dependencies"]} | {
        _requirement_name(d) for name, deps in extras.items() if name != "test" for d in deps}


@pytest.mark.parametrize("path", sorted(READER_MODULES))
def test_every_input_path_has_its_modules(path):
    for module in READER_MODULES[path]:
        try:
            importlib.import_module(module)
        except ImportError as e:
            pytest.fail(f"reading {path} needs {module!r}, which does not import ({e}); install with: {INSTALL}")


def test_an_html_page_reads_end_to_end():
    """The whole HTML path, not only its imports: trafilatura extracts the text, htmldate the date."""
    from rasd.read import read_bytes
    page = ("<html><head><title>عنوان</title><meta property='article:published_time' content='2021-03-16'></head>"
            "<body><article><h1>قصف مدفعي على أحياء في المدينة صباح اليوم</h1>"
            "<p>أفادت مصادر محلية بأن قصفاً مدفعياً استهدف صباح اليوم أحياء سكنية في المدينة، ما أدى إلى سقوط جرحى.</p>"
            "<p>وقال مسؤول في الدفاع المدني إن فرقه انتشلت ثلاثة مصابين من تحت الأنقاض بعد ساعات من البحث.</p>"
            "</article></body></html>").encode("utf-8")
    article = read_bytes(page, name="page.html")
    assert "انتشلت ثلاثة مصابين" in article.raw
    assert article.published == "2021-03-16"


def _third_party_imports() -> dict[str, set[str]]:
    """Top-level module name → the rasd files importing it, for every non-stdlib import."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "rasd").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "rasd" and top not in sys.stdlib_module_names:
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def test_every_import_of_rasd_is_a_declared_dependency():
    distributions = packages_distributions()
    declared = _declared()
    missing = []
    for module, files in sorted(_third_party_imports().items()):
        owners = {_canonical(d) for d in distributions.get(module, [])}
        if not owners:
            missing.append(f"{module} (imported by {', '.join(sorted(files))}) is not installed")
        elif not owners & declared:
            missing.append(f"{module} (from {', '.join(sorted(owners))}; imported by {', '.join(sorted(files))})")
    assert not missing, "imports not declared in pyproject.toml [project] dependencies: " + "; ".join(missing)


def test_the_lock_pins_every_declared_dependency():
    assert LOCK.exists(), "requirements.lock is missing: see README, 'Dependencies'"
    pinned = {_requirement_name(line) for line in LOCK.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.lstrip().startswith("#") and "==" in line}
    wanted = _declared() | {_requirement_name(d) for d in PYPROJECT["project"]["optional-dependencies"]["test"]}
    assert not wanted - pinned, f"requirements.lock does not pin {sorted(wanted - pinned)}: refresh it (README)"

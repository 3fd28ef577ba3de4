"""The command line: `rasd extract` (one article or a JSONL batch)."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from rasd.commands_store import register as register_store_commands
from rasd.model import Article
from rasd.pipeline import process
from rasd.read import ReadError, article_from_record, read_bytes, read_path
from rasd.read.batch import iter_jsonl

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="rasd (رصد): who said and did what, to whom, where and when, in Arabic news.")


@app.callback()
def _commands() -> None:
    """rasd (رصد): who said and did what, to whom, where and when, in Arabic news."""


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    plover = "plover"


def _fail(message: str) -> None:
    sys.stderr.write(f"rasd: {' '.join(message.split())}\n")   # one plain line, never wrapped
    raise typer.Exit(1)


def _emit(record: dict, fmt: Format, console: Console) -> None:
    if fmt is Format.table:
        from rasd.render import render_article
        render_article(record, console)
    elif fmt is Format.plover:
        from rasd.export.plover import to_plover
        for row in to_plover(record) if "error" not in record else [record]:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.json:
        sys.stdout.write(json.dumps(record, ensure_ascii=False, indent=1) + "\n")
    else:
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()


def _run_batch(lines, fmt: Format, console: Console) -> None:
    for item in iter_jsonl(lines):
        if item.error:
            _emit({"schema": "rasd.article/1", "id": item.id, "error": item.error}, fmt, console)
            continue
        try:
            record = process(article_from_record(item.record)).to_json()
        except ReadError as e:
            record = {"schema": "rasd.article/1", "id": item.id, "error": str(e)}
        except Exception as e:  # one bad article must not stop the batch; say what failed
            record = {"schema": "rasd.article/1", "id": item.id, "error": f"internal error: {type(e).__name__}: {e}"}
        _emit(record, fmt, console)


@app.command()
def extract(
    path: str = typer.Argument(..., help="an article file (text or HTML), a .jsonl batch, or - for stdin"),
    published: str = typer.Option(None, "--published", help="publication date or date-time, ISO 8601"),
    outlet: str = typer.Option(None, "--outlet", help="the outlet's display name"),
    url: str = typer.Option(None, "--url", help="the article's address"),
    fmt: Format = typer.Option(Format.json, "--format", help="json, jsonl (one line per article), table, or plover (one PLOVER event record per line)"),
    batch: bool = typer.Option(None, "--jsonl/--single", help="force reading the input as a JSONL batch or as one article"),
) -> None:
    """Extract entities, attributed statements, events and times from Arabic news."""
    console = Console()
    is_stdin = path == "-"
    if batch is None:
        batch = path.lower().endswith(".jsonl")
    try:
        if batch:
            if is_stdin:
                _run_batch(sys.stdin, fmt, console)
            else:
                p = Path(path)
                if not p.is_file():
                    _fail(f"no such file: {path}")
                with p.open(encoding="utf-8", errors="replace") as f:
                    _run_batch(f, fmt, console)
            return
        kw = dict(url=url, outlet=outlet, published=published)
        article: Article = read_bytes(sys.stdin.buffer.read(), **kw) if is_stdin else read_path(path, **kw)
        _emit(process(article).to_json(), fmt, console)
    except ReadError as e:
        _fail(f"{path}: {e}")
    except BrokenPipeError:
        pass


# The store and story commands (ingest, stories, story, search, export) live with the store.
register_store_commands(app)


def main() -> None:
    app()


if __name__ == "__main__":
    main()

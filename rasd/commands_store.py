"""The store and story commands: ingest, stories, story, search, export (registered on rasd's app)."""
from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from enum import Enum

import typer
from rich.console import Console
from rich.table import Table

err = Console(stderr=True, soft_wrap=True)   # messages stay one line, never wrapped
DB_HELP = "the store: a SQLite file path (default rasd.db, or $RASD_DB) or a postgresql:// URL"


class ListFormat(str, Enum):
    json = "json"
    table = "table"


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    plover = "plover"
    acled_csv = "acled-csv"
    geojson = "geojson"
    parquet = "parquet"


def _open(db: str | None):
    from rasd.store import Store
    try:
        return Store(db)
    except Exception as e:  # a bad URL or an unreachable server: say so plainly
        reason = " ".join(str(e).split())      # drivers' messages run over several lines
        err.print(f"rasd: cannot open the store {db or ''}: {type(e).__name__}: {reason}", markup=False, highlight=False)
        raise typer.Exit(1)


def ingest_cmd(
    paths: list[str] = typer.Argument(..., help="article files, folders, .jsonl batches, or - for a JSONL batch on stdin"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar or summary"),
    workers: int = typer.Option(None, "--workers", "--jobs", "-j", "-w", min=1, help="worker processes for the per-article pipeline (default: every core); the store keeps one writer"),
    dask: bool = typer.Option(False, "--dask", help="run the pipeline on a local Dask cluster (needs rasd[dask])"),
    scheduler: str = typer.Option(None, "--scheduler", help="run the pipeline on the Dask cluster at this address, e.g. tcp://host:8786"),
) -> None:
    """Read articles into the store, placing each in a story (idempotent: a second run adds nothing)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from rasd.on_dask import DaskUnavailable, dask_client
    from rasd.store.ingest import ingest, records
    store = _open(db)
    try:
        show = not quiet and err.is_terminal
        with ExitStack() as stack:
            client = stack.enter_context(dask_client(scheduler, workers)) if dask or scheduler else None
            bar = stack.enter_context(Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                                               TextColumn("{task.speed} art/s"), TimeElapsedColumn(), console=err,
                                               disable=not show, transient=True))
            task = bar.add_task("ingest", total=None)
            outcome = ingest(store, records(paths, workers, client), progress=lambda n: bar.advance(task, n))
    except DaskUnavailable as e:
        err.print(f"rasd: {e}", markup=False, highlight=False)
        raise typer.Exit(1)
    finally:
        store.close()
    for e in outcome.errors:
        err.print(f"rasd: {e}", markup=False, highlight=False)
    if not quiet:
        c = outcome.counts
        err.print(f"{c['new']} new, {c['near-duplicate']} republications linked, {c['duplicate']} already stored, "
                  f"{c['error']} errors", markup=False, highlight=False)
    if outcome.counts["error"] and not sum(outcome.counts[k] for k in ("new", "near-duplicate", "duplicate")):
        raise typer.Exit(1)


def stories_cmd(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="json or table"),
) -> None:
    """List the stories in the store with their articles."""
    from rasd.stories.timeline import list_stories
    store = _open(db)
    with store.engine.connect() as conn:
        stories = list_stories(conn)
    store.close()
    if fmt is ListFormat.json:
        sys.stdout.write(json.dumps(stories, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("id", "title", "articles", "outlets", "dates")
    for s in stories:
        dates = " – ".join(dict.fromkeys(filter(None, [s["first_date"], s["last_date"]])))
        table.add_row(str(s["id"]), s["title"] or "", str(len(s["articles"])), "، ".join(s["outlets"][:4]), dates)
    Console().print(table)


def story_cmd(
    story_id: int = typer.Argument(..., help="a story id (see rasd stories)"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="json or table"),
) -> None:
    """One story: its events in time order with their sources, and where it stands now."""
    from rasd.stories.render import render_story
    from rasd.stories.timeline import story_view, to_json
    store = _open(db)
    with store.engine.connect() as conn:
        view = story_view(conn, story_id)
    store.close()
    if view is None:
        err.print(f"rasd: no story {story_id}", markup=False, highlight=False)
        raise typer.Exit(1)
    if fmt is ListFormat.json:
        sys.stdout.write(to_json(view) + "\n")
    else:
        render_story(view, Console())


def search_cmd(
    query: str = typer.Argument(..., help="Arabic words; hamza, ta marbuta and clitics do not matter"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    limit: int = typer.Option(20, "--limit", "-n"),
    fmt: ListFormat = typer.Option(ListFormat.table, "--format", help="json or table"),
) -> None:
    """Full-text search over the stored articles, best match first."""
    store = _open(db)
    hits = store.search(query, limit)
    store.close()
    if fmt is ListFormat.json:
        sys.stdout.write(json.dumps(hits, ensure_ascii=False, indent=1) + "\n")
        return
    table = Table("score", "id", "story", "outlet", "published", "title")
    for h in hits:
        table.add_row(f"{h['score']:.3f}", h["id"], str(h["story"]), h["outlet"] or "", h["published"] or "",
                      h["title"] or "")
    Console().print(table)


def export_cmd(
    fmt: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", help="jsonl, plover, acled-csv, geojson or parquet"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    out: str = typer.Option(None, "--out", "-o", help="write to this file (required for parquet); default stdout"),
) -> None:
    """Export the store: article records, PLOVER events, ACLED-style CSV, GeoJSON or Parquet."""
    from rasd.export import store_export
    if fmt is ExportFormat.parquet and not out:
        err.print("rasd: parquet is binary: give --out FILE", markup=False, highlight=False)
        raise typer.Exit(1)
    store = _open(db)
    try:
        if fmt is ExportFormat.parquet:
            n = store_export.write_parquet(store, out)
        else:
            stream = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
            try:
                n = store_export.write_text(store, fmt.value, stream)
            finally:
                if out:
                    stream.close()
    finally:
        store.close()
    if out:
        err.print(f"{n} rows written to {out}", markup=False, highlight=False)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("stories")(stories_cmd)
    app.command("story")(story_cmd)
    app.command("search")(search_cmd)
    app.command("export")(export_cmd)

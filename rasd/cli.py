"""The command line: `rasd extract` (one article or a JSONL batch)."""
from __future__ import annotations

import json
import os
import sys
from enum import Enum
from typing import NamedTuple

import typer

from rasd.commands_store import register as register_store_commands
from rasd.commands_train import register as register_train_commands
from rasd.web.command import register as register_web_commands

# The pipeline, the readers and Rich are imported inside the commands that use them, so that
# `rasd --help` and the store commands start without loading every stage.

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="rasd (رصد): who said and did what, to whom, where and when, in Arabic news.")
DEBUG_FLAG = "--debug"


@app.callback()
def _commands(debug: bool = typer.Option(False, DEBUG_FLAG, help="on an unexpected failure, show the Python traceback (also $RASD_DEBUG=1)")) -> None:
    """rasd (رصد): who said and did what, to whom, where and when, in Arabic news."""


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    plover = "plover"
    parquet = "parquet"          # only with --output DIR


def _fail(message: str) -> None:
    sys.stderr.write(f"rasd: {' '.join(message.split())}\n")   # one plain line, never wrapped
    raise typer.Exit(1)


def _emit(record: dict, fmt: Format, console) -> None:
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


def _run_batch(items, fmt: Format, console, scale: "Scale") -> None:
    """Every item's record, in input order, on the engine asked for: this process, a process pool
    (--workers) or a Dask cluster (--dask, --scheduler); to stdout or as partitions (--output)."""
    from rasd.pipeline import crash_record, record_of, records_of
    if scale.dask or scale.scheduler:
        from rasd.on_dask import dask_client, dask_map
        with dask_client(scale.scheduler, scale.workers) as client:
            _write(dask_map(client, record_of, items, crash_record, scale.partition), fmt, console, scale)
    else:
        _write(records_of(items, scale.workers), fmt, console, scale)


def _write(records, fmt: Format, console, scale: "Scale") -> None:
    if scale.output:
        from rasd.partitions import write_partitions
        parts = write_partitions(records, scale.output, scale.partition, "parquet" if fmt is Format.parquet else "jsonl")
        sys.stderr.write(f"{len(parts)} partitions written to {scale.output}\n")
        return
    for record in records:
        _emit(record, fmt, console)


class Scale(NamedTuple):
    workers: int | None
    dask: bool
    scheduler: str | None
    output: str | None
    partition: int


@app.command()
def extract(
    path: str = typer.Argument(..., help="an article (text or HTML, any encoding), a folder, a .jsonl batch, an RSS/Atom feed, a WARC web archive, or - for stdin"),
    published: str = typer.Option(None, "--published", help="publication date or date-time, ISO 8601 (one article)"),
    outlet: str = typer.Option(None, "--outlet", help="the outlet's display name (one article)"),
    url: str = typer.Option(None, "--url", help="the article's address (one article)"),
    fmt: Format = typer.Option(Format.json, "--format", help="json, jsonl (one line per article), table, or plover (one PLOVER event record per line); parquet with --output"),
    workers: int = typer.Option(None, "--workers", "-w", min=1, help="worker processes for a batch (default: every core; 1 runs in this process)"),
    dask: bool = typer.Option(False, "--dask", help="run a batch on a local Dask cluster (needs rasd[dask])"),
    scheduler: str = typer.Option(None, "--scheduler", help="run a batch on the Dask cluster at this address, e.g. tcp://host:8786"),
    output: str = typer.Option(None, "--output", "-o", help="write a batch as partitions DIR/part-00000.jsonl … (or .parquet) instead of stdout"),
    partition: int = typer.Option(200, "--partition-size", min=1, help="articles per partition (a Dask task, an --output file)"),
) -> None:
    """Extract entities, attributed statements, events and times from Arabic news.

    An input holding many articles (folder, JSONL, feed, web archive) gives one output record per
    article, in order; an article that cannot be read gives a record with an "error" field."""
    from rich.console import Console

    from rasd.on_dask import DaskUnavailable
    from rasd.partitions import OutputError, prepare
    from rasd.pipeline import process
    from rasd.read import ReadError, read_bytes, read_path
    from rasd.read.sources import holds_many, iter_items
    console = Console()
    scale = Scale(workers, dask, scheduler, output, partition)
    if fmt is Format.parquet and not output:
        _fail("parquet is binary: give --output DIR")
    try:
        if output:
            prepare(output)
        if path == "-":
            items = list(iter_items(["-"], stdin=sys.stdin.buffer))
            single = len(items) == 1 and items[0].data is not None
            if not single or output:
                return _run_batch(items, fmt, console, scale)
            article = read_bytes(items[0].data, url=url, outlet=outlet, published=published)
        elif holds_many(path) or output:
            return _run_batch(iter_items([path]), fmt, console, scale)
        else:
            article = read_path(path, url=url, outlet=outlet, published=published)
        _emit(process(article).to_json(), fmt, console)
    except ReadError as e:
        _fail(f"{path}: {e}")
    except (DaskUnavailable, OutputError) as e:
        _fail(str(e))
    except BrokenPipeError:
        pass


# The store and story commands (ingest, stories, story, search, export) live with the store.
register_store_commands(app)
register_train_commands(app)
register_web_commands(app)      # rasd serve: the web UI and REST API


def main(argv: list[str] | None = None) -> None:
    """The `rasd` command. A failure reaches the user as one line "rasd: …" and a non-zero exit,
    never as a traceback, unless --debug (anywhere on the line) or $RASD_DEBUG asks for it."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in args or os.environ.get("RASD_DEBUG", "") not in ("", "0")
    args = [a for a in args if a != DEBUG_FLAG]
    try:
        code = app(args=args, prog_name="rasd", standalone_mode=False)
    except typer.TyperException as e:          # a usage error: a missing argument, a bad option value
        message = " ".join(e.format_message().split())
        if message:                            # (a bare `rasd` has printed its help and says nothing more)
            ctx = getattr(e, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            sys.stderr.write(f"rasd: {message}{hint}\n")
        raise SystemExit(e.exit_code) from None
    except typer.Abort:
        sys.stderr.write("rasd: aborted\n")
        raise SystemExit(1) from None
    except KeyboardInterrupt:
        sys.stderr.write("rasd: interrupted\n")
        raise SystemExit(130) from None
    except BrokenPipeError:
        raise SystemExit(0) from None
    except Exception as e:
        if debug:
            raise
        message = " ".join(f"{type(e).__name__}: {e}".split())
        if isinstance(e, OSError):             # a file or a connection the user named: no bug of rasd's
            sys.stderr.write(f"rasd: {message}\n")
        else:
            sys.stderr.write(f"rasd: internal error: {message} (run again with --debug for the traceback)\n")
        raise SystemExit(1) from None
    raise SystemExit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()

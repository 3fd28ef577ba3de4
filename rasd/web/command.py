"""`rasd serve`: the web UI and REST API over a store (FastAPI on uvicorn); imported lazily, so
the other commands do not pay for the web stack."""
from __future__ import annotations

import socket
from pathlib import Path

import typer

from rasd.commands_store import DB_HELP, err


def _say(message: str) -> None:
    err.print(message, markup=False, highlight=False)


def serve_cmd(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (0.0.0.0: every interface)"),
    port: int = typer.Option(8000, "--port", min=1, max=65535),
    token: str = typer.Option(None, "--token", envvar="RASD_TOKEN",
                              help="allow POST /api/ingest with 'Authorization: Bearer TOKEN' (also $RASD_TOKEN); without it the server only reads"),
) -> None:
    """Serve the store: web pages at /, the REST API under /api, its docs at /docs."""
    from rasd.store.db import store_url
    url = store_url(db)
    if url.startswith("sqlite:///") and not Path(url[len("sqlite:///"):]).is_file():
        _say(f"rasd: no store at {url[len('sqlite:///'):]}: fill one first with 'rasd ingest ARTICLES --db FILE'")
        raise typer.Exit(1)
    try:                                       # a taken port is the user's to fix: say so in one line
        socket.create_server((host, port)).close()
    except OSError as e:
        _say(f"rasd: cannot listen on {host}:{port}: {e.strerror or e}")
        raise typer.Exit(1)
    import uvicorn

    from rasd.web.app import create_app
    try:
        app = create_app(db, token)
    except Exception as e:
        _say(f"rasd: cannot open the store {db or ''}: {type(e).__name__}: {' '.join(str(e).split())}")
        raise typer.Exit(1)
    _say(f"rasd: serving {db or url} on http://{host}:{port}/ ({'writes with the token' if token else 'read-only'})")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)

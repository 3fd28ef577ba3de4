"""The web app of `rasd serve`: the REST API under /api, the Arabic pages, the API docs at /docs.

`create_app(db_url, token=None)` opens the store once; every request reads through its engine
(SQLite in WAL mode lets readers run beside a writer). Without a token the app only reads; with
one, POST /api/ingest accepts `Authorization: Bearer TOKEN`. Every error a client can cause is a
4xx with a one-line message (JSON under /api, a page elsewhere), never a traceback.
"""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from starlette.exceptions import HTTPException
from swagger_ui_bundle import swagger_ui_path

from rasd.store import Store

HERE = Path(__file__).parent
log = logging.getLogger("rasd.web")
# the pages load nothing from elsewhere: scripts, styles and the map are all served from here
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
DOCS_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'")


def templates() -> Environment:
    # autoescape on for every template: all article text reaches the page as text, never markup
    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                       trim_blocks=True, lstrip_blocks=True)


def _message(exc: RequestValidationError) -> str:
    parts = []
    for e in exc.errors():
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
        parts.append(f"{where}: {e.get('msg')}" if where else str(e.get("msg")))
    return "bad parameter: " + "; ".join(parts)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


def create_app(db_url: str | None, token: str | None = None) -> FastAPI:
    from rasd.web import api, pages

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.store.close()

    app = FastAPI(title="rasd", version="1", docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Who said and did what, to whom, where and when, in Arabic news: the store of "
                              "articles, stories, events and claims that `rasd ingest` fills.")
    app.state.store = Store(db_url)
    app.state.token = token or None
    app.state.write_lock = threading.Lock()     # the store has one writer at a time
    app.state.templates = templates()
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.mount("/docs-static", StaticFiles(directory=swagger_ui_path), name="docs-static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(openapi_url="/openapi.json", title="rasd API",
                                   swagger_js_url="/docs-static/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-static/swagger-ui.css",
                                   swagger_favicon_url="/docs-static/favicon-32x32.png")
        page.headers["Content-Security-Policy"] = DOCS_CSP
        return page

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def error(request: Request, status: int, message: str, headers: dict | None = None):
        if _wants_json(request):
            return JSONResponse({"error": message}, status_code=status, headers=headers)
        page = app.state.templates.get_template("error.html").render(status=status, message=message)
        return HTMLResponse(page, status_code=status, headers=headers)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def bad_parameter(request: Request, exc: RequestValidationError):
        return error(request, 422, _message(exc))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        log.exception("unexpected failure on %s", request.url.path)
        return error(request, 500, f"internal error: {type(exc).__name__}")

    return app

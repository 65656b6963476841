"""Airflow plugin: the "Data quality" page, a read-only FastAPI app behind Airflow's own login.

Mounted by the api-server at /newsfacts-dq/ and shown in the UI's navigation (an external view
rendered inside Airflow). It renders `newsfacts.report` for the last 30 days (or ?from=&to=) and
serves each run's GX Data Docs pages; nothing on it writes, and nothing runs at import: the app (and
Airflow's auth code it needs) is built on its first request, because every Airflow process that fires
listeners (scheduler, dag-processor, `airflow dags test`) imports this module, not only the api-server.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from airflow.plugins_manager import AirflowPlugin
from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse, HTMLResponse
from starlette.types import ASGIApp, Receive, Scope, Send

URL_PREFIX = "/newsfacts-dq"
# The nav entry's iframe source, relative on purpose: the UI resolves it against its <base href> (the
# api-server's base path), so the page is still found when Airflow is served under a sub-path like /airflow.
VIEW_HREF = URL_PREFIX.removeprefix("/") + "/"
WINDOW_DAYS = 30
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def docs_root() -> Path:
    """Where the pipeline's GX project writes its Data Docs site."""
    from newsfacts.config import data_dir

    return (data_dir() / "gx" / "gx" / "uncommitted" / "data_docs" / "local_site").resolve()


def docs_link(path: str) -> str | None:
    """A Data Docs file as a link relative to the page, if it lies inside the Data Docs site."""
    try:
        rel = Path(path).resolve().relative_to(docs_root())
    except ValueError:
        return None
    return "data-docs/" + rel.as_posix()


def airflow_login() -> Callable[..., Any]:
    """The api-server's own check: a logged-in user allowed to see the website, else 401/403."""
    from airflow.api_fastapi.auth.managers.models.resource_details import AccessView
    from airflow.api_fastapi.core_api.security import requires_access_view

    return requires_access_view(AccessView.WEBSITE)


def _day(value: str | None, default: date) -> date:
    if not value:
        return default
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=f"not a date (YYYY-MM-DD): {value[:20]!r}") from exc


def create_app(login: Callable[..., Any] | None = None) -> FastAPI:
    """The page's app; `app.state.login` is the auth dependency (a test may override it, never bypass it)."""
    login = login or airflow_login()
    app = FastAPI(
        title="newsfacts data quality",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(login)],
    )
    app.state.login = login

    @app.get("/", response_class=HTMLResponse)
    def data_quality(from_: str | None = Query(None, alias="from"), to: str | None = None) -> HTMLResponse:
        from newsfacts import report

        end = _day(to, datetime.now(UTC).date())
        start = _day(from_, end - timedelta(days=WINDOW_DAYS - 1))
        if start > end:
            raise HTTPException(status_code=400, detail="from is after to")
        page = report.render_html(report.build(start, end), docs_link=docs_link)
        return HTMLResponse(page, headers=HEADERS)

    @app.get("/data-docs/{path:path}")
    def data_docs(path: str) -> FileResponse:
        root = docs_root()
        target = (root / path).resolve()
        if not target.is_relative_to(root) or not target.is_file():
            raise HTTPException(status_code=404, detail="no such Data Docs page")
        return FileResponse(target, headers={"X-Content-Type-Options": "nosniff"})

    return app


class DeferredApp:
    """An ASGI app that builds the real one on its first request.

    Building it at import would pull in the api-server's security module (and with it the whole API
    stack, about a second) in every process that loads plugins, though only the api-server serves it.
    """

    def __init__(self, factory: Callable[[], ASGIApp]) -> None:
        self._factory = factory
        self._app: ASGIApp | None = None

    @property
    def app(self) -> ASGIApp:
        """The built app; built once (requests run on one event loop, so there is no race)."""
        if self._app is None:
            self._app = self._factory()
        return self._app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, send)


class NewsfactsDataQualityPlugin(AirflowPlugin):
    """Registers the app and its entry in the Airflow navigation."""

    name = "newsfacts_data_quality"
    fastapi_apps = [{"app": DeferredApp(create_app), "url_prefix": URL_PREFIX, "name": "Data quality"}]
    external_views = [
        {
            "name": "Data quality",
            "href": VIEW_HREF,
            "destination": "nav",
            "url_route": "data-quality",
        }
    ]

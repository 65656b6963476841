"""The "Data quality" plugin inside a real `airflow api-server`: loaded from the plugins folder, listed with
its app and nav entry, and mounted behind Airflow's own login: SimpleAuthManager (Airflow's default, `make
airflow`) and FabAuthManager (docker-compose.yaml's real users), each with a JWT from /auth/token.

test_dq_page.py drives the app on its own; this checks what only the api-server decides: that it imports
the plugin without error, mounts the app at its prefix, and that its auth dependency refuses anonymous users.
Run twice: at the root and with Airflow served under a sub-path, where the nav entry must still find the page.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest
import requests
from conftest import ROOT

pytestmark = pytest.mark.integration

AIRFLOW = str(Path(sys.executable).with_name("airflow"))
PLUGIN = "newsfacts_data_quality"
USER = "dq-viewer"
# A deadline, not a speed check: the api-server imports all of Airflow and FAB before it listens, which on
# a 2-core machine busy with other work has taken longer than 45 s.
READY_TIMEOUT = 120.0
STOP_TIMEOUT = 15.0
RUN_ID = "api-server-probe-run"


@dataclass(frozen=True)
class ApiServer:
    """A running api-server: where it listens and how to log in to it."""

    base_url: str
    password: str
    log: Path

    def url(self, path: str) -> str:
        return self.base_url + path

    def token(self, user: str = USER) -> str:
        """A JWT the way the UI and API clients get one (SimpleAuthManager and FabAuthManager alike)."""
        response = requests.post(
            self.url("/auth/token"), json={"username": user, "password": self.password}, timeout=10
        )
        assert response.status_code == 201, response.text
        return str(response.json()["access_token"])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _airflow_env(auth: dict[str, str], base_url: str = "") -> dict[str, str]:
    """Our plugins and DAGs on this session's Airflow, with the given auth manager settings."""
    include = str(ROOT / "include")
    env = dict(os.environ)  # AIRFLOW_HOME (migrated by airflow_db), WAREHOUSE_URL, NEWSFACTS_DATA_DIR
    env.update(
        {
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_hex(32),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "PYTHONPATH": os.pathsep.join(p for p in (include, env.get("PYTHONPATH")) if p),
            **({"AIRFLOW__API__BASE_URL": base_url} if base_url else {}),
            **auth,
        }
    )
    return env


def _simple_auth(passwords: Path) -> dict[str, str]:
    """SimpleAuthManager with one viewer (not all-admins: that would log everyone in)."""
    return {
        "AIRFLOW__CORE__AUTH_MANAGER": "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "False",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:viewer",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(passwords),
    }


FAB_AUTH = {
    "AIRFLOW__CORE__AUTH_MANAGER": "airflow.providers.fab.auth_manager.fab_auth_manager.FabAuthManager",
    "AIRFLOW__API__SECRET_KEY": secrets.token_hex(32),
}


def _wait_ready(proc: subprocess.Popen[bytes], base_url: str, log: Path) -> None:
    """Poll the health endpoint until it answers, the process dies, or READY_TIMEOUT passes."""
    deadline = time.monotonic() + READY_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"api-server exited with {proc.returncode}:\n{_tail(log)}")
        try:
            if requests.get(base_url + "/api/v2/monitor/health", timeout=2).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):  # not listening yet, or still starting
            pass
        time.sleep(0.25)
    pytest.fail(f"api-server not ready after {READY_TIMEOUT:.0f}s:\n{_tail(log)}")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's whole process group (uvicorn and its workers), SIGKILL it if it lingers."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    try:  # a worker that outlived the server still holds its group id: nothing of it may linger
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _tail(log: Path, chars: int = 4000) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-chars:] if log.exists() else ""


def _seed_run(url: str) -> None:
    """One run, so the page proves it read this test's warehouse (WAREHOUSE_URL) and not another."""
    from newsfacts import warehouse as wh

    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    with wh.connect(url) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO newsfacts.runs (run_id, dag_id, interval_start, interval_end, status, counts) "
            "VALUES (%s, 'newsfacts_daily', %s, %s, 'success', %s)",
            (RUN_ID, day, day + timedelta(days=1), json.dumps({"articles_new": 1})),
        )


def _serve(auth: dict[str, str], password: str, tmp_path: Path, sub_path: str = "") -> Iterator[ApiServer]:
    """`airflow api-server` on a free loopback port, stopped (with its children) however the test ends."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}{sub_path}"
    log = tmp_path / "api-server.log"
    cmd = [AIRFLOW, "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, env=_airflow_env(auth, base_url), cwd=tmp_path,
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        _wait_ready(proc, base_url, log)
        yield ApiServer(base_url, password, log)
    finally:
        _stop(proc)


@pytest.fixture(params=["", "/airflow"], ids=["root", "sub-path"])
def api_server(
    request: pytest.FixtureRequest, warehouse: str, airflow_db: None, tmp_path: Path
) -> Iterator[ApiServer]:
    """The api-server with SimpleAuthManager, at the root and under a sub-path."""
    _seed_run(warehouse)
    password = secrets.token_urlsafe(16)
    passwords = tmp_path / "passwords.json"
    passwords.write_text(json.dumps({USER: password}), encoding="utf-8")
    yield from _serve(_simple_auth(passwords), password, tmp_path, request.param)


def _airflow_cli(*args: str) -> None:
    done = subprocess.run([AIRFLOW, *args], env=_airflow_env(FAB_AUTH), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, f"airflow {args[0]} {args[1]}: {done.stdout[-2000:]}{done.stderr[-2000:]}"


@pytest.fixture
def fab_api_server(warehouse: str, airflow_db: None, tmp_path: Path) -> Iterator[ApiServer]:
    """The api-server with FabAuthManager, as docker-compose.yaml runs it: its user tables migrated, a user with
    the Viewer role (USER) and one with only the Public role, who may log in but see nothing."""
    _seed_run(warehouse)
    password = secrets.token_urlsafe(16)
    _airflow_cli("fab-db", "migrate")
    for user, role in ((USER, "Viewer"), (f"{USER}-public", "Public")):
        _airflow_cli(
            # "--password=...": a random password may open with "-", which argparse would read as an option
            "users", "create", "--username", user, "--role", role, f"--password={password}",
            "--email", f"{user}@example.org", "--firstname", "DQ", "--lastname", role,
        )
    yield from _serve(FAB_AUTH, password, tmp_path)


def _plugin_info(server: ApiServer, token: str) -> dict[str, Any]:
    response = requests.get(server.url("/api/v2/plugins"), headers=_bearer(token), timeout=10)
    assert response.status_code == 200, response.text
    found = [p for p in response.json()["plugins"] if p["name"] == PLUGIN]
    assert len(found) == 1, response.json()
    return dict(found[0])


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _assert_dq_page(response: requests.Response) -> None:
    assert response.status_code == 200, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    assert "<title>Data quality</title>" in response.text and RUN_ID in response.text
    assert "default-src 'none'" in response.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"


def test_real_api_server_mounts_the_dq_page_behind_airflow_login(api_server: ApiServer) -> None:
    page = api_server.url("/newsfacts-dq/")

    # Anonymous: refused by Airflow's dependency, before anything is rendered.
    for url in (page, api_server.url("/newsfacts-dq/data-docs/index.html"), api_server.url("/api/v2/plugins")):
        anonymous = requests.get(url, timeout=10, allow_redirects=False)
        assert anonymous.status_code == 401, (url, anonymous.status_code, anonymous.text[:300])
        assert "Data quality" not in anonymous.text
    forged = requests.get(page, headers=_bearer("not-a-jwt"), timeout=10)
    assert forged.status_code == 403 and "Data quality" not in forged.text

    token = api_server.token()
    info = _plugin_info(api_server, token)
    assert info["source"] == "$PLUGINS_FOLDER/newsfacts_dq.py"
    assert [(a["url_prefix"], a["name"]) for a in info["fastapi_apps"]] == [("/newsfacts-dq", "Data quality")]
    [view] = info["external_views"]
    assert (view["name"], view["destination"], view["url_route"]) == ("Data quality", "nav", "data-quality")
    errors = requests.get(api_server.url("/api/v2/plugins/importErrors"), headers=_bearer(token), timeout=10)
    assert errors.status_code == 200 and errors.json()["total_entries"] == 0, errors.text

    _assert_dq_page(requests.get(page, headers=_bearer(token), timeout=30))
    # The UI's iframe carries the login as the `_token` cookie, not a header.
    _assert_dq_page(requests.get(page, cookies={"_token": token}, timeout=30))

    # The nav entry's href, resolved as the browser does (against the UI page's <base href>), is the page.
    ui_page = requests.get(api_server.url(f"/plugin/{view['url_route']}"), timeout=10)
    base_href = re.search(r'<base href="([^"]*)"', ui_page.text)
    assert ui_page.status_code == 200 and base_href, ui_page.text[:500]
    iframe_src = urljoin(urljoin(ui_page.url, base_href.group(1)), view["href"])
    assert iframe_src == page
    _assert_dq_page(requests.get(iframe_src, cookies={"_token": token}, timeout=30))


def test_dq_page_behind_fab_login(fab_api_server: ApiServer) -> None:
    page = fab_api_server.url("/newsfacts-dq/")
    assert requests.get(page, timeout=10, allow_redirects=False).status_code == 401
    assert requests.get(page, headers=_bearer("not-a-jwt"), timeout=10).status_code == 403

    token = fab_api_server.token()
    _assert_dq_page(requests.get(page, headers=_bearer(token), timeout=30))
    _assert_dq_page(requests.get(page, cookies={"_token": token}, timeout=30))

    # Logged in but without the right to see the website: FAB's permission check refuses, nothing is rendered.
    public = requests.get(page, headers=_bearer(fab_api_server.token(f"{USER}-public")), timeout=10)
    assert public.status_code == 403 and "Data quality" not in public.text

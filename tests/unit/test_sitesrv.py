"""Tests of the loopback site server that the demo and the fetcher tests depend on."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from email.utils import formatdate
from pathlib import Path

import feedparser
import pytest
from newsfacts.sitesrv import PLACEHOLDER, SiteServer

REPO = Path(__file__).resolve().parents[2]
DEMO_SITE = REPO / "include" / "demo_site"

# Never let an http_proxy in someone's environment route loopback requests elsewhere.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>T</title><link>{PLACEHOLDER}/</link><description>d</description>
<item><title>One</title><link>{PLACEHOLDER}/a.html</link><guid>{PLACEHOLDER}/a.html</guid>
<pubDate>Fri, 20 Nov 2026 14:10:00 +0000</pubDate></item>
</channel></rss>
"""


class Resp:
    """What a test needs from a response, whether it was a success or an HTTPError."""

    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET", timeout: float = 5.0) -> Resp:
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    try:
        with _OPENER.open(req, timeout=timeout) as r:
            return Resp(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:  # 304, 404 and 500 land here
        with e:
            return Resp(e.code, e.headers, e.read())


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "feeds").mkdir(parents=True)
    (root / "articles").mkdir()
    (root / "feeds" / "world.rss").write_text(RSS, encoding="utf-8")
    (root / "feeds" / "c.atom").write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>c</title></feed>',
        encoding="utf-8",
    )
    (root / "articles" / "a.html").write_text(
        f'<!DOCTYPE html><html><head><link rel="canonical" href="{PLACEHOLDER}/articles/a.html"></head>'
        "<body><p>Caf\u00e9 story</p></body></html>",
        encoding="utf-8",
    )
    (root / "logo.png").write_bytes(b"\x89PNG\r\n" + PLACEHOLDER.encode() + b"\x00\xff")
    (root / "index.html").write_text("<html><body>home</body></html>", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside the root", encoding="utf-8")
    return root


@pytest.fixture
def srv(site: Path):
    with SiteServer(site) as server:
        yield server


# -- basics -----------------------------------------------------------------------------------------


def test_base_url_has_real_port_and_placeholder_is_substituted(srv: SiteServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", srv.base_url)
    assert srv.port != 0
    r = fetch(srv.url("/feeds/world.rss"))
    assert r.status == 200
    text = r.body.decode("utf-8")
    assert PLACEHOLDER not in text
    assert f"<link>{srv.base_url}/a.html</link>" in text
    assert int(r.headers["Content-Length"]) == len(r.body)  # length of the substituted body, not the file


def test_non_ascii_text_survives_substitution(srv: SiteServer) -> None:
    r = fetch(srv.url("/articles/a.html"))
    assert "Caf\u00e9 story" in r.body.decode("utf-8")
    assert f'href="{srv.base_url}/articles/a.html"' in r.body.decode("utf-8")


def test_binary_files_are_served_verbatim(srv: SiteServer, site: Path) -> None:
    r = fetch(srv.url("/logo.png"))
    assert r.status == 200
    assert r.headers["Content-Type"] == "image/png"
    assert r.body == (site / "logo.png").read_bytes()


@pytest.mark.parametrize(
    ("path", "ctype"),
    [
        ("/feeds/world.rss", "application/rss+xml"),
        ("/feeds/c.atom", "application/atom+xml"),
        ("/articles/a.html", "text/html"),
        ("/", "text/html"),
    ],
)
def test_content_types(srv: SiteServer, path: str, ctype: str) -> None:
    r = fetch(srv.url(path))
    assert r.status == 200
    media, _, params = r.headers["Content-Type"].partition(";")
    assert media == ctype
    assert params.strip() == "charset=utf-8"


def test_missing_file_is_404(srv: SiteServer) -> None:
    r = fetch(srv.url("/articles/nope.html"))
    assert r.status == 404
    assert srv.requests[-1] == ("GET", "/articles/nope.html", 404)


@pytest.mark.parametrize("target", ["/../secret.txt", "/%2e%2e/secret.txt", "/feeds/../../secret.txt"])
def test_paths_cannot_escape_the_root(srv: SiteServer, target: str) -> None:
    # urllib would normalise nothing, but http.client sends the target exactly as written.
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    try:
        conn.request("GET", target)
        r = conn.getresponse()
        body = r.read()
    finally:
        conn.close()
    assert r.status == 404
    assert b"outside the root" not in body


def test_head_sends_headers_without_body(srv: SiteServer) -> None:
    get = fetch(srv.url("/feeds/world.rss"))
    head = fetch(srv.url("/feeds/world.rss"), method="HEAD")
    assert head.status == 200
    assert head.body == b""
    assert head.headers["Content-Length"] == str(len(get.body))
    assert head.headers["ETag"] == get.headers["ETag"]


def test_query_string_is_ignored_for_routing_but_logged(srv: SiteServer) -> None:
    r = fetch(srv.url("/feeds/world.rss") + "?utm_source=rss")
    assert r.status == 200
    assert srv.requests == [("GET", "/feeds/world.rss?utm_source=rss", 200)]
    assert srv.count("/feeds/world.rss") == 1


# -- conditional GET ----------------------------------------------------------------------------------


def test_if_none_match_gives_304_without_body(srv: SiteServer) -> None:
    first = fetch(srv.url("/feeds/world.rss"))
    etag = first.headers["ETag"]
    assert etag and etag.startswith('"')
    again = fetch(srv.url("/feeds/world.rss"), {"If-None-Match": etag})
    assert again.status == 304
    assert again.body == b""
    assert again.headers["ETag"] == etag
    assert fetch(srv.url("/feeds/world.rss"), {"If-None-Match": 'W/"x", ' + etag}).status == 304
    assert fetch(srv.url("/feeds/world.rss"), {"If-None-Match": '"something-else"'}).status == 200


def test_if_modified_since(srv: SiteServer, site: Path) -> None:
    first = fetch(srv.url("/feeds/world.rss"))
    lm = first.headers["Last-Modified"]
    assert lm == formatdate((site / "feeds" / "world.rss").stat().st_mtime, usegmt=True)
    assert fetch(srv.url("/feeds/world.rss"), {"If-Modified-Since": lm}).status == 304
    older = formatdate((site / "feeds" / "world.rss").stat().st_mtime - 3600, usegmt=True)
    assert fetch(srv.url("/feeds/world.rss"), {"If-Modified-Since": older}).status == 200
    assert fetch(srv.url("/feeds/world.rss"), {"If-Modified-Since": "not a date"}).status == 200


def test_if_none_match_takes_precedence_over_if_modified_since(srv: SiteServer) -> None:
    lm = fetch(srv.url("/feeds/world.rss")).headers["Last-Modified"]
    r = fetch(srv.url("/feeds/world.rss"), {"If-None-Match": '"stale"', "If-Modified-Since": lm})
    assert r.status == 200


def test_changed_file_gets_new_etag_and_full_response(srv: SiteServer, site: Path) -> None:
    etag = fetch(srv.url("/feeds/world.rss")).headers["ETag"]
    path = site / "feeds" / "world.rss"
    path.write_text(RSS.replace("<title>One</title>", "<title>One, updated</title>"), encoding="utf-8")
    r = fetch(srv.url("/feeds/world.rss"), {"If-None-Match": etag})
    assert r.status == 200
    assert b"One, updated" in r.body
    assert r.headers["ETag"] != etag


def test_etag_depends_on_base_url(site: Path) -> None:
    # Same file, different port = different bytes; a cached copy from another run must not be "fresh".
    with SiteServer(site) as a, SiteServer(site) as b:
        assert a.port != b.port
        etag_a = fetch(a.url("/feeds/world.rss")).headers["ETag"]
        etag_b = fetch(b.url("/feeds/world.rss")).headers["ETag"]
        assert etag_a != etag_b


# -- faults ---------------------------------------------------------------------------------------------


def test_fault_500(srv: SiteServer) -> None:
    srv.add_fault("/feeds/world.rss", "500")
    assert fetch(srv.url("/feeds/world.rss")).status == 500
    assert fetch(srv.url("/feeds/world.rss")).status == 500  # permanent unless `times` is given
    assert fetch(srv.url("/articles/a.html")).status == 200  # other paths unaffected
    srv.remove_fault("/feeds/world.rss")
    assert fetch(srv.url("/feeds/world.rss")).status == 200


def test_fault_times_then_recovers(srv: SiteServer) -> None:
    srv.add_fault("feeds/world.rss", "500", times=2)  # leading slash optional
    assert [fetch(srv.url("/feeds/world.rss")).status for _ in range(3)] == [500, 500, 200]


def test_fault_invalid_xml(srv: SiteServer) -> None:
    srv.add_fault("/feeds/world.rss", "invalid_xml")
    r = fetch(srv.url("/feeds/world.rss"))
    assert r.status == 200
    assert r.headers["Content-Type"].startswith("application/rss+xml")  # lies, as broken real feeds do
    with pytest.raises(ET.ParseError):
        ET.fromstring(r.body)
    parsed = feedparser.parse(r.body)
    assert parsed.bozo
    assert parsed.entries == []


def test_fault_slow_exceeds_client_timeout(srv: SiteServer) -> None:
    srv.add_fault("/feeds/world.rss", ("slow", 5.0))
    t0 = time.monotonic()
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        fetch(srv.url("/feeds/world.rss"), timeout=0.5)
    elapsed = time.monotonic() - t0
    assert 0.4 < elapsed < 3.0
    assert srv.requests == [("GET", "/feeds/world.rss", 200)]  # logged as soon as decided


def test_slow_fault_short_enough_still_answers(srv: SiteServer) -> None:
    srv.add_fault("/feeds/world.rss", ("slow", 0.3))
    t0 = time.monotonic()
    r = fetch(srv.url("/feeds/world.rss"), timeout=5)
    assert r.status == 200
    assert time.monotonic() - t0 >= 0.3


def test_stop_does_not_wait_for_slow_handlers(site: Path) -> None:
    server = SiteServer(site).start()
    server.add_fault("/feeds/world.rss", ("slow", 30.0))
    with pytest.raises((TimeoutError, socket.timeout, urllib.error.URLError)):
        fetch(server.url("/feeds/world.rss"), timeout=0.3)
    t0 = time.monotonic()
    server.stop()
    assert time.monotonic() - t0 < 2.0


def test_fault_reset_closes_without_response(srv: SiteServer) -> None:
    srv.add_fault("/feeds/world.rss", "reset")
    with pytest.raises((ConnectionError, http.client.HTTPException)):
        fetch(srv.url("/feeds/world.rss"))
    assert srv.requests == [("GET", "/feeds/world.rss", 0)]
    # The server survives and keeps serving other paths.
    assert fetch(srv.url("/articles/a.html")).status == 200


def test_fault_on_added_page(srv: SiteServer) -> None:
    srv.add_page("/feeds/extra.rss", RSS.encode())
    srv.add_fault("/feeds/extra.rss", "500", times=1)
    assert fetch(srv.url("/feeds/extra.rss")).status == 500
    assert fetch(srv.url("/feeds/extra.rss")).status == 200


@pytest.mark.parametrize("bad", ["404", "timeout", ("slowly", 1.0)])
def test_unknown_fault_kind_is_rejected(srv: SiteServer, bad) -> None:
    with pytest.raises(ValueError):
        srv.add_fault("/x", bad)


def test_zero_times_is_rejected(srv: SiteServer) -> None:
    with pytest.raises(ValueError):
        srv.add_fault("/x", "500", times=0)


# -- in-memory pages -----------------------------------------------------------------------------------


def test_add_page_serves_bytes_with_given_type_and_substitution(srv: SiteServer) -> None:
    srv.add_page(
        "/extra/feed.xml",
        f"<rss><channel><link>{PLACEHOLDER}/x</link></channel></rss>".encode(),
        "application/rss+xml; charset=utf-8",
    )
    r = fetch(srv.url("/extra/feed.xml"))
    assert r.status == 200
    assert r.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    assert r.body == f"<rss><channel><link>{srv.base_url}/x</link></channel></rss>".encode()


def test_add_page_shadows_file_and_replacement_changes_validators(srv: SiteServer) -> None:
    srv.add_page("/feeds/world.rss", b"<rss>v1</rss>", "application/rss+xml")
    first = fetch(srv.url("/feeds/world.rss"))
    assert first.body == b"<rss>v1</rss>"
    assert fetch(srv.url("/feeds/world.rss"), {"If-None-Match": first.headers["ETag"]}).status == 304
    srv.add_page("/feeds/world.rss", b"<rss>v2</rss>", "application/rss+xml")
    second = fetch(srv.url("/feeds/world.rss"), {"If-None-Match": first.headers["ETag"]})
    assert second.status == 200
    assert second.body == b"<rss>v2</rss>"
    assert second.headers["Last-Modified"] != first.headers["Last-Modified"]
    srv.remove_page("/feeds/world.rss")
    assert b"<title>One</title>" in fetch(srv.url("/feeds/world.rss")).body


# -- request log ---------------------------------------------------------------------------------------


def test_request_log_records_method_path_status_in_order(srv: SiteServer) -> None:
    fetch(srv.url("/feeds/world.rss"))
    fetch(srv.url("/missing.html"))
    fetch(srv.url("/articles/a.html"), method="HEAD")
    etag = fetch(srv.url("/feeds/world.rss")).headers["ETag"]
    fetch(srv.url("/feeds/world.rss"), {"If-None-Match": etag})
    assert srv.requests == [
        ("GET", "/feeds/world.rss", 200),
        ("GET", "/missing.html", 404),
        ("HEAD", "/articles/a.html", 200),
        ("GET", "/feeds/world.rss", 200),
        ("GET", "/feeds/world.rss", 304),
    ]
    assert srv.count("/feeds/world.rss") == 3
    assert srv.count("/articles/a.html") == 0
    assert srv.count("/articles/a.html", method=None) == 1
    snapshot = srv.requests
    snapshot.clear()  # a copy: callers cannot corrupt the server's log
    assert len(srv.requests) == 5
    srv.clear_requests()
    assert srv.requests == []


def test_request_log_is_complete_under_concurrency(srv: SiteServer) -> None:
    n = 24
    statuses: list[int] = []
    lock = threading.Lock()

    def worker(i: int) -> None:
        status = fetch(srv.url(f"/articles/a.html?i={i}")).status
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert statuses == [200] * n
    log = srv.requests
    assert len(log) == n
    assert sorted(p for _, p, _ in log) == sorted(f"/articles/a.html?i={i}" for i in range(n))


# -- lifecycle, logging, CLI ------------------------------------------------------------------------------


def test_lifecycle(site: Path) -> None:
    server = SiteServer(site)
    with pytest.raises(RuntimeError):
        _ = server.base_url  # no port yet
    with server:
        port = server.port
        assert fetch(server.url("/")).status == 200
        with pytest.raises(RuntimeError):
            server.start()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    server.stop()  # idempotent


def test_root_must_be_a_directory(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        SiteServer(tmp_path / "nope")


def test_latency_delays_every_response(site: Path) -> None:
    with SiteServer(site, latency=0.25) as server:
        t0 = time.monotonic()
        assert fetch(server.url("/articles/a.html")).status == 200
        assert time.monotonic() - t0 >= 0.25


def test_quiet_by_default_and_verbose_on_request(site: Path, capfd: pytest.CaptureFixture[str]) -> None:
    with SiteServer(site) as server:
        fetch(server.url("/articles/a.html"))
        fetch(server.url("/missing"))
        server.add_fault("/boom", "reset")
        with pytest.raises((ConnectionError, http.client.HTTPException)):
            fetch(server.url("/boom"))
    assert capfd.readouterr().err == ""
    with SiteServer(site, verbose=True) as server:
        fetch(server.url("/articles/a.html"))
    assert '"GET /articles/a.html HTTP/1.1" 200' in capfd.readouterr().err


def test_cli_serves_until_interrupted(site: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "include")}
    with subprocess.Popen(
        [sys.executable, "-m", "newsfacts.sitesrv", "--root", str(site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,  # so a start-up error shows up in the assertion message
        text=True,
        env=env,
        # A shell without job control starts background jobs with SIGINT ignored, and children inherit that;
        # Ctrl-C comes from a terminal, so the server is started as a terminal would start it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as proc:
        try:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            m = re.search(r"http://127\.0\.0\.1:\d+", line)
            assert m, line
            assert fetch(m.group(0) + "/feeds/world.rss").body.decode().count(m.group(0)) >= 2
            proc.send_signal(signal.SIGINT)
            assert proc.wait(10) == 0
        finally:
            if proc.poll() is None:
                proc.kill()


def test_unsupported_method_is_501_and_logged(srv: SiteServer) -> None:
    r = fetch(srv.url("/feeds/world.rss"), method="POST")
    assert r.status == 501
    assert srv.requests == [("POST", "/feeds/world.rss", 501)]


# -- the demo site itself ---------------------------------------------------------------------------------


def test_demo_site_feeds_link_to_served_articles_matching_golden_file() -> None:
    expected = json.loads((DEMO_SITE / "expected.json").read_text(encoding="utf-8"))["articles"]
    with SiteServer(DEMO_SITE) as server:
        links: dict[str, list[str]] = {}
        for feed, version in [("world.rss", "rss20"), ("conflict.atom", "atom10"), ("region.rss", "rss20")]:
            r = fetch(server.url(f"/feeds/{feed}"))
            assert r.status == 200
            assert b"{{" not in r.body
            parsed = feedparser.parse(r.body)
            assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
            assert parsed.version == version
            for entry in parsed.entries:
                assert entry.link.startswith(server.base_url + "/articles/")
                assert entry.published_parsed[:2] == (2026, 11)
                links.setdefault(entry.link.removeprefix(server.base_url), []).append(f"/feeds/{feed}")
        assert set(links) == set(expected)
        assert any(len(feeds) > 1 for feeds in links.values())  # some stories are in two feeds (dedup)
        for path, feeds in links.items():
            assert sorted(feeds) == sorted(expected[path]["feeds"])
            page = fetch(server.url(path))
            assert page.status == 200
            html = page.body.decode("utf-8")
            assert "{{" not in html
            assert f"<title>{expected[path]['title']} | Demo Wire</title>" in html.replace("&#x27;", "'")
            assert f'<link rel="canonical" href="{server.url(path)}">' in html


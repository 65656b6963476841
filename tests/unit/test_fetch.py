"""The fetch layer: the address guard, limits, and failures returned as data."""

from __future__ import annotations

from typing import Any

import pytest
from newsfacts.fetch import FetchRefused, check_address, fetch


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost/", "http://10.1.2.3/", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://0.0.0.0/", "http://224.0.0.1/",
])
def test_guard_refuses_non_public_addresses(url: str) -> None:
    with pytest.raises(FetchRefused, match="non-public"):
        check_address(url, allow_private=False)


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://x/"])
def test_guard_refuses_other_schemes(url: str) -> None:
    with pytest.raises(FetchRefused, match="scheme"):
        check_address(url, allow_private=False)


def test_loopback_is_refused_unless_allowed(demo_site: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", "false")
    refused = fetch(demo_site.url("/articles/idlib-strike.html"))
    assert refused.refused and "non-public" in (refused.error or "")
    assert demo_site.requests == []  # refused before any byte was sent
    monkeypatch.setenv("NEWSFACTS_ALLOW_PRIVATE_NETWORKS", "true")
    ok = fetch(demo_site.url("/articles/idlib-strike.html"))
    assert ok.ok and ok.status == 200 and b"<html" in ok.body.lower() and ok.encoding == "utf-8"


def test_size_cap_and_content_type(demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch) -> None:
    demo_site.add_page("/big.html", b"<html>" + b"x" * 50_000 + b"</html>", "text/html")
    demo_site.add_page("/photo.jpg", b"\xff\xd8\xff", "image/jpeg")
    monkeypatch.setenv("NEWSFACTS_FETCH_MAX_BYTES", "10000")
    big = fetch(demo_site.url("/big.html"))
    assert not big.ok and "cap" in (big.error or "")
    photo = fetch(demo_site.url("/photo.jpg"))
    assert not photo.ok and photo.error == "unexpected content type image/jpeg"


def test_server_errors_are_retried_then_reported(demo_site: Any, allow_loopback: None) -> None:
    demo_site.add_fault("/flaky.html", "500", times=1)
    demo_site.add_page("/flaky.html", b"<html><p>ok</p></html>", "text/html")
    recovered = fetch(demo_site.url("/flaky.html"))
    assert recovered.ok
    assert demo_site.count("/flaky.html") == 2
    demo_site.add_fault("/down.html", "500")
    down = fetch(demo_site.url("/down.html"))
    assert not down.ok and down.error == "HTTP 500" and down.status == 500


def test_timeout_and_refused_connection_are_plain_errors(
    demo_site: Any, allow_loopback: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSFACTS_FETCH_READ_TIMEOUT", "0.3")
    monkeypatch.setenv("NEWSFACTS_FETCH_RETRIES", "0")
    demo_site.add_fault("/slow.html", ("slow", 3.0))
    slow = fetch(demo_site.url("/slow.html"))
    assert not slow.ok and slow.error is not None and "timeout" in slow.error
    closed = fetch("http://127.0.0.1:9/nothing")
    assert not closed.ok and closed.error is not None and "refused" in closed.error
